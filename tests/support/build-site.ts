import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBuildLock } from './build-lock.ts';

/**
 * The one way tests build a site. The global setup builds the real content into `dist/` once per run; a test
 * that needs other content or settings asks for a fixture site, which is built once per run however many test
 * files ask for it, and kept under `node_modules/.cache/test-builds/<key>/` (content, Astro's cache, the site).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

/** The real site, as the global setup builds it. */
export const DIST = join(root, 'dist/');
/** The real content. */
export const CONTENT = join(root, 'content/');
/** Folders of the fixture sites of this run; the global setup empties it, so no build outlives the code it was built from. */
export const TEST_BUILDS = join(root, 'node_modules/.cache/test-builds/');

export interface BuildRun {
	ok: boolean;
	/** What the build printed, stdout then stderr. */
	output: string;
	stdout: string;
}

export interface BuildOptions {
	/** The content folder (`CONTENT_DIR`); the real content when left out. */
	contentDir?: string;
	/** Where the site goes (`--outDir`); `dist/` when left out. */
	outDir?: string;
	/** Astro's cache (`ASTRO_CACHE_DIR`): its own for each content, or the pages of another would be copied. */
	cacheDir?: string;
	/** Settings a deployment gives in the environment (`CMS_*`, `COMPENDIUM_PART_SIZE`). */
	env?: Readonly<Record<string, string>>;
	/** Then index it with Pagefind, as `npm run build` does. */
	searchIndex?: boolean;
}

function run(args: string[], options: BuildOptions): BuildRun {
	const env = { ...process.env, ...options.env };
	if (options.contentDir) env['CONTENT_DIR'] = options.contentDir;
	if (options.cacheDir) env['ASTRO_CACHE_DIR'] = options.cacheDir;
	const done = withBuildLock(() =>
		spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
	);
	return { ok: done.status === 0, output: `${done.stdout}\n${done.stderr}`, stdout: done.stdout };
}

/** Runs `astro build` (then the Pagefind index, as `npm run build` does, when `searchIndex`); never throws on a failed build. */
export function runBuild(options: BuildOptions = {}): BuildRun {
	const built = run([astro, 'build', ...(options.outDir ? ['--outDir', options.outDir] : [])], options);
	if (!built.ok || !options.searchIndex) return built;
	const indexed = run([join(root, 'scripts/search-index.ts'), options.outDir ?? DIST], options);
	return { ok: indexed.ok, output: `${built.output}\n${indexed.output}`, stdout: built.stdout + indexed.stdout };
}

/** Builds, or throws with what the build printed. */
export function build(options: BuildOptions = {}): BuildRun {
	const done = runBuild(options);
	if (!done.ok) throw new Error(`build failed:\n${done.output}`);
	return done;
}

/** A copy of the real content with the `content/` folders of these fixture sets laid over it. */
export function contentWith(target: string, overlays: readonly string[] = []): string {
	rmSync(target, { recursive: true, force: true });
	cpSync(CONTENT, target, { recursive: true });
	for (const overlay of overlays) cpSync(join(root, 'tests/fixtures', overlay, 'content'), target, { recursive: true });
	return target;
}

export interface FixtureSite {
	/** Fixture sets under `tests/fixtures/<name>/content/` laid over the real content. */
	overlays?: readonly string[];
	env?: Readonly<Record<string, string>>;
	searchIndex?: boolean;
}

/**
 * The real content plus the fixture practices (every construct of a text, photos) and repeats, with its
 * search index: shared by the build tests of practice texts and of repeats, which read different pages.
 */
export const WITH_FIXTURES: FixtureSite = { overlays: ['rich-practices', 'replications'], searchIndex: true };

/**
 * The real content as another deployment builds it: the editor for a self-hosted GitLab (`CMS_*`) and
 * compendia in volumes of at most 2 practices, as a topic with thousands is split at 100. Shared by the
 * editor's sign-in test and the compendium parts' test, which read different pages.
 */
export const OTHER_DEPLOYMENT: FixtureSite = {
	env: {
		CMS_BACKEND: 'gitlab',
		CMS_REPO: 'sovet-mo/praktiki/baza',
		CMS_BRANCH: 'main',
		CMS_APP_ID: 'test-app-id',
		CMS_BASE_URL: 'https://gitlab.sovet-mo.example',
		CMS_AUTH_URL: '',
		COMPENDIUM_PART_SIZE: '2',
	},
};

/** The key of a fixture site: its settings and the files of its fixture sets. */
function keyOf(site: FixtureSite): string {
	const hash = createHash('sha256').update(
		JSON.stringify([site.overlays ?? [], site.env ?? {}, site.searchIndex ?? false]),
	);
	for (const overlay of site.overlays ?? []) {
		const folder = join(root, 'tests/fixtures', overlay, 'content');
		const files = globSync('**/*', { cwd: folder, withFileTypes: true }).filter((entry) => entry.isFile());
		for (const file of files.map((entry) => join(entry.parentPath, entry.name)).sort())
			hash.update(relative(folder, file)).update(readFileSync(file));
	}
	return hash.digest('hex').slice(0, 16);
}

/**
 * The built fixture site, as its `dist/` folder (with a trailing slash): built on the first call of a run,
 * then read by every test file that asks for the same site. The build lock is held from the look for it to
 * its end, so a test file running beside another that builds the same site waits for it instead of building it over.
 */
export function fixtureSite(site: FixtureSite): string {
	return withBuildLock(() => buildFixtureSite(site));
}

function buildFixtureSite(site: FixtureSite): string {
	const folder = join(TEST_BUILDS, keyOf(site));
	const dist = join(folder, 'dist/');
	const marker = join(folder, 'built.json');
	if (existsSync(marker)) return dist;
	mkdirSync(folder, { recursive: true });
	rmSync(dist, { recursive: true, force: true });
	const contentDir = contentWith(join(folder, 'content'), site.overlays);
	build({
		contentDir,
		outDir: dist,
		cacheDir: join(folder, 'cache'),
		...(site.env ? { env: site.env } : {}),
		...(site.searchIndex ? { searchIndex: true } : {}),
	});
	writeFileSync(marker, JSON.stringify(site, null, '\t'));
	return dist;
}

/** Forgets the fixture sites of the last run (their Astro caches stay, as `node_modules/.astro/` does for `dist/`). */
export function forgetFixtureSites(): void {
	if (!existsSync(TEST_BUILDS)) return;
	for (const marker of globSync('*/built.json', { cwd: TEST_BUILDS })) rmSync(join(TEST_BUILDS, marker));
}
