/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

/**
 * Test files run side by side, two at a time on a 2-core machine (vitest's default would be one less than the
 * cores, that is one). Builds never overlap: every build a test starts goes through tests/support/build-site.ts,
 * which holds a lock over it (tests/support/build-lock.ts).
 */
const maxWorkers = Math.max(2, availableParallelism());

export default getViteConfig({
	test: {
		testTimeout: 60_000,
		hookTimeout: 180_000,
		maxWorkers,
		projects: [
			{
				// Pure modules and schemas: no build, seconds (`npm run test:unit`).
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				// Everything that reads the built site or the content store: built once by the global setup.
				extends: true,
				test: {
					name: 'site',
					include: ['tests/{content,build,search,e2e}/**/*.test.ts'],
					exclude: ['tests/build/dev-safety.test.ts'],
					globalSetup: ['tests/global-setup.ts'],
				},
			},
			{
				// `astro dev` writes its content store over the one the `site` tests read (.astro/data-store.json):
				// a project of one file at a time runs after the others have finished.
				extends: true,
				test: {
					name: 'dev-server',
					include: ['tests/build/dev-safety.test.ts'],
					fileParallelism: false,
				},
			},
		],
	},
});
