import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A rebuild never ships a stale page. Astro keeps the content store and its other caches between
 * builds (`cacheDir`); after an edit, a build on the warm cache must give the same HTML as a clean one.
 * The edits are the ones whose effect reaches other pages: a practice title that other cards list as
 * related, a municipality's name, a topic's name and a need.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'practices-rebuild-'));
const content = join(work, 'content');

function build(cache: string, outDir: string): void {
	const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, cache) },
		encoding: 'utf8',
	});
	if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}

function edit(file: string, from: string, to: string): void {
	const path = join(content, file);
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`${file} no longer holds «${from}»: update the test`);
	writeFileSync(path, text.replace(from, to));
}

/** Every HTML page of a built site, by path. */
function pages(dist: string): Map<string, string> {
	const files = readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort();
	return new Map(files.map((f) => [f, readFileSync(join(dist, f), 'utf8')]));
}

let warm: Map<string, string>;
let clean: Map<string, string>;
let storeAfterFirstBuild = false;

beforeAll(() => {
	cpSync(join(root, 'content'), content, { recursive: true });
	build('cache', join(work, 'first'));
	storeAfterFirstBuild = existsSync(join(work, 'cache', 'data-store.json'));
	edit('practices/lesosibirsk/vzaimodeystvie-s-nko.mdx', 'title: ', 'title: Переименовано — ');
	edit('municipalities/lesosibirsk.yaml', 'name: Лесосибирск', 'name: Лесосибирск-переименованный');
	edit('topics/tos.yaml', 'name: ', 'name: Тема-2 ');
	edit('needs/krasnoyarsk-2024.yaml', 'text: Развивать «Яркие берега»', 'text: Изменённая потребность — развивать «Яркие берега»');
	build('cache', join(work, 'warm'));
	build('clean-cache', join(work, 'clean'));
	warm = pages(join(work, 'warm'));
	clean = pages(join(work, 'clean'));
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a rebuild on the warm cache after an edit', () => {
	it('starts from the content store the first build left in the cache', () => {
		expect(storeAfterFirstBuild).toBe(true);
	});

	it('shows each edit on the pages that repeat it', () => {
		expect(warm.get('practices/lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ/index.html')).toContain('Переименовано — ');
		expect(warm.get('practices/lesosibirsk/obshchestvennaya-palata/index.html')).toContain('Лесосибирск-переименованный');
		expect(warm.get('index.html')).toContain('Тема-2 ');
		expect(warm.get('needs/index.html')).toContain('Изменённая потребность');
	});

	it('writes the same pages, byte for byte, as a clean build of the same content', () => {
		expect([...warm.keys()]).toEqual([...clean.keys()]);
		const differing = [...warm].filter(([path, html]) => clean.get(path) !== html).map(([path]) => path);
		expect(differing).toEqual([]);
	});
});
