import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { oldOutputAside } from '../../../src/integrations/old-output.ts';

type Hooks = AstroIntegration['hooks'];
const logger = { debug: () => {} } as unknown as AstroIntegrationLogger;

/** Runs the integration's hooks over a project folder as `astro build` would, returning the output and cache folders. */
async function build(
	project: string,
	beforeBundling: (outDir: string) => void = () => {},
	settings: { outDir?: string; cacheDir?: string; vite?: object } = {},
) {
	const outDir = settings.outDir ?? join(project, 'dist');
	const cacheDir = settings.cacheDir ?? join(project, 'cache');
	mkdirSync(cacheDir, { recursive: true });
	const hooks = oldOutputAside().hooks as Required<
		Pick<Hooks, 'astro:config:done' | 'astro:build:start' | 'astro:build:done'>
	>;
	await (hooks['astro:config:done'] as (o: object) => unknown)({
		config: {
			root: pathToFileURL(`${project}/`),
			outDir: pathToFileURL(`${outDir}/`),
			cacheDir: pathToFileURL(`${cacheDir}/`),
			vite: settings.vite ?? {},
		},
	});
	await (hooks['astro:build:start'] as (o: object) => unknown)({ logger });
	beforeBundling(outDir);
	await (hooks['astro:build:done'] as (o: object) => unknown)({ logger });
	return { outDir, cacheDir };
}

function lastBuild(project: string) {
	mkdirSync(join(project, 'dist', 'practices', 'deleted'), { recursive: true });
	writeFileSync(join(project, 'dist', 'practices', 'deleted', 'index.html'), '<p>удалённая практика</p>');
}

describe('the last build’s output put aside', () => {
	it('leaves the build an empty output folder and nothing in the cache once it is done', async () => {
		const project = mkdtempSync(join(tmpdir(), 'old-output-'));
		lastBuild(project);
		let seen: boolean | undefined;
		const { outDir, cacheDir } = await build(project, (dir) => (seen = existsSync(dir)));
		expect(seen).toBe(false);
		expect(existsSync(outDir)).toBe(false);
		expect(readdirSync(cacheDir)).toEqual([]);
	});

	it('deletes what a stopped build left aside', async () => {
		const project = mkdtempSync(join(tmpdir(), 'old-output-'));
		mkdirSync(join(project, 'cache', 'old-output-1-1', 'practices'), { recursive: true });
		mkdirSync(join(project, 'cache', 'content-check'), { recursive: true });
		const { cacheDir } = await build(project);
		expect(readdirSync(cacheDir)).toEqual(['content-check']);
	});

	it('leaves an output folder holding .git, or a link to a folder, for Astro to empty', async () => {
		const withGit = mkdtempSync(join(tmpdir(), 'old-output-'));
		lastBuild(withGit);
		mkdirSync(join(withGit, 'dist', '.git'));
		expect(existsSync((await build(withGit)).outDir)).toBe(true);

		const linked = mkdtempSync(join(tmpdir(), 'old-output-'));
		mkdirSync(join(linked, 'published'));
		writeFileSync(join(linked, 'published', 'index.html'), '<p>сайт</p>');
		symlinkSync(join(linked, 'published'), join(linked, 'dist'), 'dir');
		const { outDir } = await build(linked);
		expect(readdirSync(outDir)).toEqual(['index.html']);
	});

	it('moves an output folder outside the project, as the benchmark builds into', async () => {
		const project = mkdtempSync(join(tmpdir(), 'old-output-'));
		const elsewhere = mkdtempSync(join(tmpdir(), 'old-output-elsewhere-'));
		lastBuild(elsewhere);
		let seen: boolean | undefined;
		await build(project, (dir) => (seen = existsSync(dir)), {
			outDir: join(elsewhere, 'dist'),
			cacheDir: join(elsewhere, 'cache'),
		});
		expect(seen).toBe(false);
		expect(readdirSync(join(elsewhere, 'cache'))).toEqual([]);
	});

	it('leaves to Astro an output folder that is the project or holds it, or one the config asks to keep', async () => {
		const project = mkdtempSync(join(tmpdir(), 'old-output-'));
		writeFileSync(join(project, 'package.json'), '{}');
		// With the cache elsewhere (ASTRO_CACHE_DIR), a rename would take the whole project away.
		await build(project, () => {}, { outDir: project, cacheDir: mkdtempSync(join(tmpdir(), 'old-output-cache-')) });
		expect(readdirSync(project)).toEqual(['package.json']);

		const above = mkdtempSync(join(tmpdir(), 'old-output-'));
		mkdirSync(join(above, 'site'));
		writeFileSync(join(above, 'site', 'package.json'), '{}');
		await build(join(above, 'site'), () => {}, {
			outDir: above,
			cacheDir: mkdtempSync(join(tmpdir(), 'old-output-cache-')),
		});
		expect(readdirSync(join(above, 'site'))).toContain('package.json');

		const kept = mkdtempSync(join(tmpdir(), 'old-output-'));
		lastBuild(kept);
		const { outDir } = await build(kept, () => {}, { vite: { build: { emptyOutDir: false } } });
		expect(readdirSync(outDir)).toEqual(['practices']);
	});
});
