import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { releaseBuildLock } from './support/build-lock.ts';
import { build, forgetFixtureSites } from './support/build-site.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the site and its search index once for the whole suite (as `npm run build` does): build tests read `dist/`, content tests read collections.
 * Fixture sites (support/build-site.ts) are forgotten, so each is built again, once, by the first test that asks for it.
 * `astro build` writes the content store to the cache dir (`node_modules/.astro/`), while `astro:content`
 * under vitest reads `.astro/data-store.json`; copying it across is the bridge, without which
 * collections are silently empty in tests.
 */
export default function setup() {
	releaseBuildLock();
	forgetFixtureSites();
	if (process.env['SKIP_BUILD'] !== '1') build({ searchIndex: true });
	// ASTRO_CACHE_DIR moves the build's cache (astro.config.mjs), so worktrees sharing node_modules keep their own.
	const cacheDir = process.env['ASTRO_CACHE_DIR']
		? `${process.env['ASTRO_CACHE_DIR'].replace(/\/$/, '')}/`
		: `${root}node_modules/.astro/`;
	const built = `${cacheDir}data-store.json`;
	if (!existsSync(built)) throw new Error(`Нет ${built}: сборка не записала хранилище содержимого`);
	mkdirSync(`${root}.astro`, { recursive: true });
	copyFileSync(built, `${root}.astro/data-store.json`);
}
