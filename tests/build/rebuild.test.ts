import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build as buildSite, contentWith } from '../support/build-site.ts';

/**
 * A rebuild never ships a stale page. Astro keeps the content store (with each practice text rendered
 * once, by digest) and the pages of the last build (`experimental.incrementalBuild`, copied when their
 * `cacheKey` is unchanged) in `cacheDir`; after each kind of edit, a build on the warm cache must give
 * the same HTML as a clean build of the same content. The edits reach other pages: a practice's title
 * that other cards list as related, its text, a municipality's name, a repeat, a topic's name, a need;
 * a practice added, renamed, moved to another municipality and deleted. Each step is built and compared
 * on its own, and the edits that show on nearly every page come last, so that they hide no stale page.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'practices-rebuild-'));
const content = join(work, 'content');

/** Builds into `outDir` with the cache in `cache`; returns how many pages were copied from the last build. */
function build(cache: string, outDir: string): number {
	const run = buildSite({ contentDir: content, outDir, cacheDir: join(work, cache) });
	return run.stdout.match(/\((?:cached|restored)\)/g)?.length ?? 0;
}

function edit(file: string, from: string, to: string): void {
	const path = join(content, file);
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`${file} no longer holds «${from}»: update the test`);
	writeFileSync(path, text.replace(from, to));
}

function move(from: string, to: string): void {
	if (!existsSync(join(content, from))) throw new Error(`${from} is gone: update the test`);
	mkdirSync(dirname(join(content, to)), { recursive: true });
	renameSync(join(content, from), join(content, to));
}

/** Every HTML page of a built site, by path. */
function pages(dist: string): Map<string, string> {
	const files = readdirSync(dist, { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.html'))
		.sort();
	return new Map(files.map((f) => [f, readFileSync(join(dist, f), 'utf8')]));
}

interface Step {
	warm: Map<string, string>;
	clean: Map<string, string>;
	copied: number;
}
const steps: Record<'edits' | 'added' | 'moved' | 'sitewide', Step> = {} as never;
let firstPages = 0;
let storeAfterFirstBuild = false;

/**
 * The warm builds write to one folder, as `npm run build` does: the output folder is part of the code
 * Astro hashes for each route (`astro:assets` names it), so another folder would re-render every page.
 */
const warmDist = join(work, 'dist');

/** Rebuilds on the warm cache, then builds the same content from nothing. */
function rebuild(name: keyof typeof steps): void {
	const copied = build('cache', warmDist);
	const warm = pages(warmDist);
	build(`${name}-clean-cache`, join(work, `${name}-clean`));
	steps[name] = { warm, clean: pages(join(work, `${name}-clean`)), copied };
}

const added = 'practices/krasnoyarsk/novaya-praktika-dlya-proverki.mdx';

beforeAll(() => {
	contentWith(content);
	build('cache', warmDist);
	firstPages = pages(warmDist).size;
	storeAfterFirstBuild = existsSync(join(work, 'cache', 'data-store.json'));

	// Edits of what exists: a title and a text, a municipality's name.
	edit('practices/krasnoyarsk/50-tysyach-derevev.mdx', 'title: ', 'title: Переименовано — ');
	edit('practices/krasnoyarsk/yarkie-berega.mdx', '## Решение\n\n', '## Решение\n\nДобавлено при правке. ');
	edit('municipalities/lesosibirsk.yaml', 'name: Лесосибирск', 'name: Лесосибирск-переименованный');
	// A new repeat, citing a source the base already has (a new source would show on every page).
	mkdirSync(join(content, 'replications'), { recursive: true });
	writeFileSync(
		join(content, 'replications/abakan-lesosibirsk-resursnyy-tsentr-obshchestvennykh-initsiativ.yaml'),
		readFileSync(
			join(
				root,
				'tests/fixtures/replications/content/replications/abakan-lesosibirsk-resursnyy-tsentr-obshchestvennykh-initsiativ.yaml',
			),
			'utf8',
		).replace(/^source: .*$/m, 'source: asdg-anketa-lesosibirsk-2020'),
	);
	rebuild('edits');

	// A practice added, and another renamed (a new file name is a new address).
	writeFileSync(
		join(content, added),
		readFileSync(join(content, 'practices/krasnoyarsk/dvizhenie-post-1-partnerstvo-s-krasnodonom.mdx'), 'utf8')
			.replace(/^title: .*$/m, 'title: Новая практика для проверки повторной сборки')
			.replace(
				/^summary: [\s\S]*?^municipalities:/m,
				'summary: Практика, добавленная тестом между двумя сборками, чтобы проверить, что новая карточка и списки появляются.\nmunicipalities:',
			),
	);
	move(
		'practices/krasnoyarsk/dvizhenie-post-1-partnerstvo-s-krasnodonom.mdx',
		'practices/krasnoyarsk/post-1-pereimenovano.mdx',
	);
	rebuild('added');

	// The added practice moved to another municipality, and the renamed one deleted.
	move(added, 'practices/lesosibirsk/novaya-praktika-dlya-proverki.mdx');
	edit(
		'practices/lesosibirsk/novaya-praktika-dlya-proverki.mdx',
		'municipalities: [krasnoyarsk]',
		'municipalities: [lesosibirsk]',
	);
	rmSync(join(content, 'practices/krasnoyarsk/post-1-pereimenovano.mdx'));
	rebuild('moved');

	// Last, as they re-render nearly every page: a topic's name and a need show almost everywhere.
	edit('topics/tos.yaml', 'name: ', 'name: Тема-2 ');
	edit(
		'needs/krasnoyarsk-2024.yaml',
		'text: Развивать «Яркие берега»',
		'text: Изменённая потребность — развивать «Яркие берега»',
	);
	rebuild('sitewide');
}, 1_200_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a rebuild on the warm cache', () => {
	it('starts from the content store the first build left in the cache', () => {
		expect(storeAfterFirstBuild).toBe(true);
	});

	it('copies the pages an edit does not touch instead of rendering them', () => {
		expect(steps.edits.copied, `${steps.edits.copied} of ${firstPages} pages copied`).toBeGreaterThan(firstPages / 3);
		expect(steps.added.copied, `${steps.added.copied} of ${firstPages} pages copied`).toBeGreaterThan(firstPages / 3);
		expect(steps.moved.copied, `${steps.moved.copied} of ${firstPages} pages copied`).toBeGreaterThan(firstPages / 3);
	});

	it('shows each edit on the pages that repeat it', () => {
		const { warm } = steps.edits;
		expect(warm.get('practices/krasnoyarsk/50-tysyach-derevev/index.html')).toContain('Переименовано — ');
		expect(warm.get('practices/krasnoyarsk/yarkie-berega/index.html')).toContain('Добавлено при правке.');
		expect(warm.get('practices/lesosibirsk/obshchestvennaya-palata/index.html')).toContain(
			'Лесосибирск-переименованный',
		);
		expect(warm.get('practices/lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ/index.html')).toContain(
			'Абакан',
		);
		expect(steps.sitewide.warm.get('index.html')).toContain('Тема-2 ');
		expect(steps.sitewide.warm.get('needs/index.html')).toContain('Изменённая потребность');
	});

	it('adds, renames, moves and deletes cards', () => {
		expect(steps.added.warm.has('practices/krasnoyarsk/novaya-praktika-dlya-proverki/index.html')).toBe(true);
		expect(steps.added.warm.has('practices/krasnoyarsk/post-1-pereimenovano/index.html')).toBe(true);
		expect(steps.added.warm.has('practices/krasnoyarsk/dvizhenie-post-1-partnerstvo-s-krasnodonom/index.html')).toBe(
			false,
		);
		expect(steps.moved.warm.has('practices/lesosibirsk/novaya-praktika-dlya-proverki/index.html')).toBe(true);
		expect(steps.moved.warm.has('practices/krasnoyarsk/novaya-praktika-dlya-proverki/index.html')).toBe(false);
		expect(steps.moved.warm.has('practices/krasnoyarsk/post-1-pereimenovano/index.html')).toBe(false);
	});

	it.each(['edits', 'added', 'moved', 'sitewide'] as const)(
		'after the %s, writes the same pages, byte for byte, as a clean build',
		(name) => {
			const { warm, clean } = steps[name];
			expect([...warm.keys()]).toEqual([...clean.keys()]);
			const differing = [...warm].filter(([path, html]) => clean.get(path) !== html).map(([path]) => path);
			expect(differing).toEqual([]);
		},
	);
});
