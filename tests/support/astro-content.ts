import { withBuildLockAsync } from './build-lock.ts';

/**
 * `astro:content` for tests that read collections, imported while no test build runs: its runtime imports
 * `.astro/content-modules.mjs`, which every build rewrites, and test files run beside the build tests.
 */
export function astroContent(): Promise<typeof import('astro:content')> {
	return withBuildLockAsync(() => import('astro:content'));
}
