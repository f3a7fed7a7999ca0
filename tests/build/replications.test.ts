import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../e2e/browser.ts';
import { createStaticServer, listen } from '../../scripts/lib/static-server.ts';
import { CSV_SEPARATOR } from '../../src/open-data/open-data.ts';
import { SEARCH_FACETS } from '../../src/search/search-facets.ts';
import { builtPages, sectionOf } from '../built-pages.ts';
import { parseCsv } from './csv.ts';

/**
 * Repeats of practices as readers see them. The sources report none yet, so the real content plus two
 * fixture repeats (tests/fixtures/replications/) is built by the production pipeline, with its search
 * index: Лесосибирск repeated Krasnoyarsk's «Яркие берега», Абакан repeated Lesosibirsk's resource centre.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'practices-replications-'));
const dist = `${join(work, 'dist')}/`;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const card = (id: string) => read(`practices/${id}/index.html`);
const municipality = (id: string) => read(`municipalities/${id}/index.html`);
/** What a reader reads: inline tags dropped, other tags parted by a space, no-break spaces kept. */
const text = (html: string) =>
	html
		.replace(/<\/?(?:a|abbr|strong|em)\b[^>]*>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/[ \t\r\n]+/g, ' ');
const build = (command: string[]) =>
	spawnSync(process.execPath, command, {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: join(work, 'content'), ASTRO_CACHE_DIR: join(work, 'cache') },
		encoding: 'utf8',
	});

let server: Server;
let pagefind: {
	options: (o: object) => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (term: string | null, o?: object) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
};

beforeAll(async () => {
	cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
	cpSync(join(root, 'tests/fixtures/replications/content'), join(work, 'content'), { recursive: true });
	for (const step of [[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], [join(root, 'scripts/search-index.ts'), dist]]) {
		const run = build(step);
		if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
	}
	server = createStaticServer(dist);
	const url = await listen(server, 0);
	pagefind = await import(pathToFileURL(`${dist}pagefind/pagefind.js`).href);
	await pagefind.options({ basePath: `${url}pagefind/` });
});
afterAll(async () => {
	await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
	rmSync(work, { recursive: true, force: true });
});

describe('«Опыт повторили» on a practice card', () => {
	it('shows who repeated it, when, what came of it, its figures, contacts and period, with the source', () => {
		const repeats = sectionOf(card('krasnoyarsk/yarkie-berega'), 'replications-heading');
		expect(repeats).toContain('<h2 id="replications-heading">Опыт повторили</h2>');
		expect(repeats).toMatch(/<h3><a href="\/municipalities\/lesosibirsk\/">Лесосибирск<\/a>, 2024&nbsp;г\.\s*<\/h3>/);
		const words = text(repeats);
		expect(words).toContain('Тестовый повтор — по образцу Красноярска жители благоустроили берег Енисея');
		expect(words).toContain('Период: май 2024\u00a0г. — сентябрь 2024\u00a0г.');
		expect(words).toMatch(/3 участка благоустроено участков берега 2024 год · источник: отчёт/);
		expect(words).toContain('Тестовый отдел администрации города Лесосибирска, тел. +7 000 000-00-00');
		expect(repeats).toContain('<a href="/sources/testovyy-otchet-o-povtore/">Тестовый отчёт о повторе практик</a>');
		expect(words).toContain('Источник: Тестовый отчёт о повторе практик. Редакция базы (тестовые данные), март 2025\u00a0г.');
		// The section prints with the card; only the invitation to report another repeat stays on screen.
		expect(repeats).not.toMatch(/<section[^>]*class="no-print"/);
		expect(repeats).toMatch(/<p class="no-print" data-pagefind-ignore>\s*Ваш муниципалитет тоже повторил эту практику\?/);
	});

	it('on a card with no repeat, invites to report one through the issue form and the editor instead of an empty heading', () => {
		const html = card('krasnoyarsk/fabrika-narodnykh-initsiativ');
		const invitation = sectionOf(html, 'replications-heading');
		expect(invitation).toMatch(/<section[^>]*class="no-print"/);
		expect(invitation).not.toContain('class="card-list replications"');
		expect(text(invitation)).toMatch(
			/Опыт повторили Пока никто не сообщил, что повторил эту практику\. Если ваш муниципалитет перенял этот опыт, расскажите, что из этого вышло: заполните форму «Мы повторили практику» на GitHub или, если вы редактор базы, добавьте запись в веб-редакторе\. Редакция сверит сведения с источником\./,
		);
		const form = new URL(invitation.match(/href="(https:\/\/github\.com\/[^"]+)"/)?.[1]?.replaceAll('&amp;', '&') ?? '');
		expect(form.pathname).toMatch(/\/issues\/new$/);
		expect(form.searchParams.get('template')).toBe('my-povtorili-praktiku.yml');
		expect(form.searchParams.get('practice')).toBe('krasnoyarsk/fabrika-narodnykh-initsiativ');
		expect(invitation).toContain('href="/admin/#/collections/replications/new?practice=krasnoyarsk%2Ffabrika-narodnykh-initsiativ"');
		expect(existsSync(join(dist, '.github'))).toBe(false);
		expect(existsSync(join(root, '.github/ISSUE_TEMPLATE', form.searchParams.get('template') ?? ''))).toBe(true);
	});
});

describe('repeats on the municipalities’ pages', () => {
	it('lists on the page of the one that repeated a practice «Что мы повторили», with whose practice it was', () => {
		const ours = sectionOf(municipality('abakan'), 'replicated-by-us');
		expect(ours).toContain('<h2 id="replicated-by-us">Что мы повторили</h2>');
		expect(ours).toContain('<a href="/practices/lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ/">');
		expect(text(ours)).toContain('Чей опыт: Лесосибирск · 2025\u00a0г.');
		expect(text(ours)).toContain('в Абакане открыли ресурсный центр');
		expect(sectionOf(municipality('abakan'), 'replicated-ours')).toBe('');
	});

	it('lists on the page of the one whose practice it was «Наш опыт повторили», with where it was repeated', () => {
		const repeated = sectionOf(municipality('krasnoyarsk'), 'replicated-ours');
		expect(repeated).toContain('<h2 id="replicated-ours">Наш опыт повторили</h2>');
		expect(repeated).toContain('<a href="/practices/krasnoyarsk/yarkie-berega/">');
		expect(repeated).toContain('Где повторили: <a href="/municipalities/lesosibirsk/">Лесосибирск</a>');
		expect(sectionOf(municipality('krasnoyarsk'), 'replicated-by-us')).toBe('');
	});

	it('shows both on a municipality that repeated one practice and whose own was repeated', () => {
		const html = municipality('lesosibirsk');
		expect(text(sectionOf(html, 'replicated-by-us'))).toContain('Чей опыт: Красноярск · 2024\u00a0г.');
		expect(text(sectionOf(html, 'replicated-ours'))).toContain('Где повторили: Абакан · 2025\u00a0г.');
	});

	it('shows neither on a municipality with no repeat', () => {
		const html = municipality('lipetsk');
		expect(html).not.toContain('Что мы повторили');
		expect(html).not.toContain('Наш опыт повторили');
	});
});

describe('repeats in the catalogue and search', () => {
	it('counts them in the catalogue and marks them on list items', () => {
		const catalogue = read('practices/index.html');
		expect(text(catalogue)).toMatch(/\d+\u00a0практик[аи]?, из них 2 повторяли в других городах/);
		expect(catalogue).toMatch(/<a href="\/practices\/replicated\/"[^>]*>\s*Повторяли в других городах\s*<\/a> <span class="count">\(2\)<\/span>/);
		const item = catalogue.slice(catalogue.indexOf('href="/practices/krasnoyarsk/yarkie-berega/"'));
		expect(text(item.slice(0, item.indexOf('</li>')))).toContain('Опыт повторили: Лесосибирск (2024)');
	});

	it('has a catalogue page of the practices others repeated, narrowed by region and topic, with working links', () => {
		const replicated = read('practices/replicated/index.html');
		expect(replicated).toContain('<h1>Практики: повторяли в других городах</h1>');
		const listed = [...replicated.matchAll(/<h2>\s*<a href="\/practices\/([^"]+)\/">/g)].map((m) => m[1]).sort();
		expect(listed).toEqual(['krasnoyarsk/yarkie-berega', 'lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ']);
		expect(replicated).toMatch(/<a href="\/practices\/replicated\/region\/krasnoyarskiy-kray\/"[^>]*>\s*Красноярский край\s*<\/a> <span class="count">\(2\)<\/span>/);
		expect(replicated).toMatch(/<a href="\/practices\/"[^>]*>\s*Все практики\s*<\/a>/);
		const broken = builtPages([], dist)
			.filter((page) => page.startsWith('practices/replicated/'))
			.flatMap((page) => [...read(page).matchAll(/\shref="(\/[^"#?]*)/g)].map((m) => m[1] ?? '').filter((href) => !existsSync(join(dist, href, href.endsWith('/') ? 'index.html' : ''))));
		expect(broken).toEqual([]);
	});

	it('offers the facet «Повторяли в других городах» in search, which finds exactly the repeated practices', async () => {
		const filters = await pagefind.filters();
		expect(filters[SEARCH_FACETS.replicated]).toEqual({ да: 2 });
		const found = await pagefind.search(null, { filters: { [SEARCH_FACETS.replicated]: 'да' } });
		const urls = (await Promise.all(found.results.map((r) => r.data()))).map((d) => new URL(d.url).pathname).sort();
		expect(urls).toEqual(['/practices/krasnoyarsk/yarkie-berega/', '/practices/lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ/']);
	});
});

describe('repeats in open data', () => {
	const json = () => JSON.parse(read('data/practices.json')) as { practices: Record<string, unknown>[] };

	it('gives each practice its repeats in practices.json, as their files have them', () => {
		const practices = json().practices;
		const yarkie = practices.find((p) => p['id'] === 'krasnoyarsk/yarkie-berega');
		expect(yarkie?.['replications']).toEqual([
			{
				id: 'lesosibirsk-krasnoyarsk-yarkie-berega',
				municipality: 'lesosibirsk',
				year: 2024,
				outcome: 'Тестовый повтор — по образцу Красноярска жители благоустроили берег Енисея и провели на нём первый городской праздник.',
				source: 'testovyy-otchet-o-povtore',
				results: [{ measure: 'благоустроено участков берега', value: 3, unit: 'участка', qualifier: 'точно', year: 2024, planned: false, source: 'testovyy-otchet-o-povtore' }],
				contacts: [{ organisation: 'Тестовый отдел администрации города Лесосибирска', phone: '+7 000 000-00-00' }],
				period: { start: '2024-05', end: '2024-09' },
			},
		]);
		expect(practices.find((p) => p['id'] === 'krasnoyarsk/fabrika-narodnykh-initsiativ')?.['replications']).toEqual([]);
	});

	it('describes the repeats in the JSON Schema, and every record with them validates', () => {
		const schema = JSON.parse(read('data/practice.schema.json')) as { properties: Record<string, { items?: { required?: string[] } }>; required: string[] };
		expect(schema.required).toContain('replications');
		expect(schema.properties['replications']?.items?.required).toEqual(['municipality', 'year', 'outcome', 'source', 'id']);
		const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
		for (const practice of json().practices) expect(validate(practice), String(practice['id'])).toBe(true);
		const yarkie = json().practices.find((p) => p['id'] === 'krasnoyarsk/yarkie-berega');
		expect(validate({ ...yarkie, replications: [{ id: 'x', municipality: 'lesosibirsk', year: 2024, source: 'testovyy-otchet-o-povtore' }] })).toBe(false);
	});

	it('writes who repeated each practice, when and what came of it into practices.csv', () => {
		const [header, ...rows] = parseCsv(read('data/practices.csv').slice(1), CSV_SEPARATOR);
		const column = header?.indexOf('опыт повторили') ?? -1;
		expect(column).toBeGreaterThan(0);
		const yarkie = rows.find((r) => r[0] === 'krasnoyarsk/yarkie-berega');
		expect(yarkie?.[column]).toBe('Лесосибирск (2024): Тестовый повтор — по образцу Красноярска жители благоустроили берег Енисея и провели на нём первый городской праздник.');
		expect(read('data/index.html')).toContain('опыт повторили');
	});
});

describe('repeats in the browser', () => {
	const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	const paths = ['/practices/krasnoyarsk/yarkie-berega/', '/practices/krasnoyarsk/fabrika-narodnykh-initsiativ/', '/municipalities/lesosibirsk/', '/municipalities/krasnoyarsk/', '/municipalities/abakan/', '/practices/', '/practices/replicated/'];

	it('shows them with no accessibility violation (axe-core, WCAG 2.2 AA), prints a card’s repeats and leaves the invitation off paper', async () => {
		const site = await openSite(dist);
		try {
			// axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses.
			const page = await site.browser.newPage({ bypassCSP: true });
			const found: string[] = [];
			for (const path of paths) {
				await page.goto(new URL(path.slice(1), site.url).href);
				await page.addScriptTag({ content: axeSource });
				const violations = await page.evaluate(
					async () =>
						(await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })).violations,
				);
				found.push(...violations.map((v) => `${path} ${v.id}`));
			}
			expect(found).toEqual([]);

			await page.emulateMedia({ media: 'print' });
			await page.goto(new URL('practices/krasnoyarsk/yarkie-berega/', site.url).href);
			expect(await page.locator('#replications-heading').isVisible()).toBe(true);
			expect(await page.getByText('Тестовый повтор — по образцу Красноярска').isVisible()).toBe(true);
			expect(await page.getByText('Ваш муниципалитет тоже повторил эту практику?').isVisible()).toBe(false);
			await page.goto(new URL('practices/krasnoyarsk/fabrika-narodnykh-initsiativ/', site.url).href);
			expect(await page.locator('#replications-heading').isVisible()).toBe(false);
			await page.emulateMedia({ media: 'screen' });
			expect(await page.getByText('Пока никто не сообщил, что повторил эту практику.').isVisible()).toBe(true);
		} finally {
			await site.close();
		}
	}, 120_000);
});
