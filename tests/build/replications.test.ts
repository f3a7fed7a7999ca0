import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../e2e/browser.ts';
import { createStaticServer, listen } from '../../scripts/lib/static-server.ts';
import { CSV_SEPARATOR } from '../../src/open-data/open-data.ts';
import { SEARCH_FACETS } from '../../src/search/search-facets.ts';
import { fixtureSite, WITH_FIXTURES } from '../support/build-site.ts';
import { builtPage, builtPages, hrefsOf, sectionOf, textOf, type HTMLElement } from '../support/html.ts';
import { parseCsv } from './csv.ts';

/**
 * Repeats of practices as readers see them. The sources report none yet, so the real content plus two
 * fixture repeats (tests/fixtures/replications/) is built by the production pipeline, with its search
 * index: Лесосибирск repeated Krasnoyarsk's «Яркие берега», Абакан repeated Lesosibirsk's resource centre.
 * The same build holds the fixture practice texts (support/build-site.ts). What each repeat's entry says
 * is ReplicationList's, tested without a build (tests/unit/components/replication-list.test.ts); here,
 * where the site shows which repeats.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = fixtureSite(WITH_FIXTURES);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const card = (id: string) => builtPage(`practices/${id}/`, dist);
const municipality = (id: string) => builtPage(`municipalities/${id}/`, dist);
const hrefs = (element: HTMLElement | undefined) => (element ? hrefsOf(element) : []);

let server: Server;
let pagefind: {
	options: (o: object) => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (term: string | null, o?: object) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
};

beforeAll(async () => {
	server = createStaticServer(dist);
	const url = await listen(server, 0);
	pagefind = await import(pathToFileURL(`${dist}pagefind/pagefind.js`).href);
	await pagefind.options({ basePath: `${url}pagefind/` });
});
afterAll(async () => {
	await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

describe('«Опыт повторили» on a practice card', () => {
	it('lists who repeated it under its heading, with the source, in print too', () => {
		const repeats = sectionOf(card('krasnoyarsk/yarkie-berega'), 'replications-heading');
		expect(textOf(repeats?.querySelector('h2#replications-heading'))).toBe('Опыт повторили');
		const entries = repeats?.querySelectorAll('ul.replications > li') ?? [];
		expect(entries.map((li) => textOf(li.querySelector('h3')))).toEqual(['Лесосибирск, 2024\u00a0г.']);
		expect(textOf(entries[0])).toContain('Тестовый повтор — по образцу Красноярска жители благоустроили берег Енисея');
		expect(hrefs(entries[0])).toContain('/sources/testovyy-otchet-o-povtore/');
		// The section prints with the card; only the invitation to report another repeat stays on screen.
		expect(repeats?.classList.contains('no-print')).toBe(false);
		const invitation = repeats?.querySelectorAll('p.no-print[data-pagefind-ignore]') ?? [];
		expect(invitation.map(textOf).some((p) => p.startsWith('Ваш муниципалитет тоже повторил эту практику?'))).toBe(
			true,
		);
	});

	it('on a card with no repeat, invites to report one through the issue form and the editor instead of an empty heading', () => {
		const invitation = sectionOf(card('krasnoyarsk/fabrika-narodnykh-initsiativ'), 'replications-heading');
		expect(invitation?.classList.contains('no-print')).toBe(true);
		expect(invitation?.querySelector('ul.replications')).toBeNull();
		expect(textOf(invitation)).toMatch(
			/Опыт повторили Пока никто не сообщил, что повторил эту практику\. Если ваш муниципалитет перенял этот опыт, расскажите, что из этого вышло: заполните форму «Мы повторили практику» на GitHub или, если вы редактор базы, добавьте запись в веб-редакторе\. Редакция сверит сведения с источником\./,
		);
		const form = new URL(hrefs(invitation).find((href) => href.startsWith('https://github.com/')) ?? '');
		expect(form.pathname).toMatch(/\/issues\/new$/);
		expect(form.searchParams.get('template')).toBe('my-povtorili-praktiku.yml');
		expect(form.searchParams.get('practice')).toBe('krasnoyarsk/fabrika-narodnykh-initsiativ');
		expect(hrefs(invitation)).toContain(
			'/admin/#/collections/replications/new?practice=krasnoyarsk%2Ffabrika-narodnykh-initsiativ',
		);
		expect(existsSync(join(dist, '.github'))).toBe(false);
		expect(existsSync(join(root, '.github/ISSUE_TEMPLATE', form.searchParams.get('template') ?? ''))).toBe(true);
	});
});

describe('repeats on the municipalities’ pages', () => {
	const listed = (section: HTMLElement | undefined) =>
		section?.querySelectorAll('li.replication h3 a').map((a) => a.getAttribute('href'));

	it('lists on the page of the one that repeated a practice «Что мы повторили», with whose practice it was', () => {
		const ours = sectionOf(municipality('abakan'), 'replicated-by-us');
		expect(textOf(ours?.querySelector('h2#replicated-by-us'))).toBe('Что мы повторили');
		expect(listed(ours)).toEqual(['/practices/lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ/']);
		expect(textOf(ours)).toContain('Чей опыт: Лесосибирск · 2025\u00a0г.');
		expect(sectionOf(municipality('abakan'), 'replicated-ours')).toBeUndefined();
	});

	it('lists on the page of the one whose practice it was «Наш опыт повторили», with where it was repeated', () => {
		const repeated = sectionOf(municipality('krasnoyarsk'), 'replicated-ours');
		expect(textOf(repeated?.querySelector('h2#replicated-ours'))).toBe('Наш опыт повторили');
		expect(listed(repeated)).toEqual(['/practices/krasnoyarsk/yarkie-berega/']);
		expect(textOf(repeated)).toContain('Где повторили: Лесосибирск');
		expect(hrefs(repeated)).toContain('/municipalities/lesosibirsk/');
		expect(sectionOf(municipality('krasnoyarsk'), 'replicated-by-us')).toBeUndefined();
	});

	it('shows both on a municipality that repeated one practice and whose own was repeated', () => {
		const page = municipality('lesosibirsk');
		expect(textOf(sectionOf(page, 'replicated-by-us'))).toContain('Чей опыт: Красноярск · 2024\u00a0г.');
		expect(textOf(sectionOf(page, 'replicated-ours'))).toContain('Где повторили: Абакан · 2025\u00a0г.');
	});

	it('shows neither on a municipality with no repeat', () => {
		const page = textOf(municipality('lipetsk'));
		expect(page).not.toContain('Что мы повторили');
		expect(page).not.toContain('Наш опыт повторили');
	});
});

describe('repeats in the catalogue and search', () => {
	/** A facet link of a catalogue page, with the count beside it. */
	const facet = (page: HTMLElement, href: string) => {
		const link = page.querySelector(`a[href="${href}"]`);
		return (
			link &&
			`${textOf(link)} ${textOf(link.nextElementSibling?.classList.contains('count') ? link.nextElementSibling : null)}`.trim()
		);
	};

	it('counts them in the catalogue and marks them on list items', () => {
		const catalogue = builtPage('practices/', dist);
		expect(textOf(catalogue)).toMatch(/\d+\u00a0практик[аи]?, из них 2 повторяли в других городах/);
		expect(facet(catalogue, '/practices/replicated/')).toBe('Повторяли в других городах (2)');
		const item = catalogue.querySelector('a[href="/practices/krasnoyarsk/yarkie-berega/"]')?.closest('li');
		expect(textOf(item)).toContain('Опыт повторили: Лесосибирск (2024)');
	});

	it('has a catalogue page of the practices others repeated, narrowed by region and topic, with working links', () => {
		const replicated = builtPage('practices/replicated/', dist);
		expect(textOf(replicated.querySelector('h1'))).toBe('Практики: повторяли в других городах');
		const listed = replicated
			.querySelectorAll('h2 > a[href^="/practices/"]')
			.map((a) => a.getAttribute('href'))
			.sort();
		expect(listed).toEqual([
			'/practices/krasnoyarsk/yarkie-berega/',
			'/practices/lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ/',
		]);
		expect(facet(replicated, '/practices/replicated/region/krasnoyarskiy-kray/')).toBe('Красноярский край (2)');
		expect(replicated.querySelectorAll('a[href="/practices/"]').map(textOf)).toContain('Все практики');
		const broken = builtPages([], dist)
			.filter((page) => page.startsWith('practices/replicated/'))
			.flatMap((page) =>
				hrefsOf(builtPage(page, dist))
					.filter((href) => href.startsWith('/'))
					.map((href) => href.replace(/[#?].*$/, ''))
					.filter((href) => !existsSync(join(dist, href, href.endsWith('/') ? 'index.html' : ''))),
			);
		expect(broken).toEqual([]);
	});

	it('offers the facet «Повторяли в других городах» in search, which finds exactly the repeated practices', async () => {
		const filters = await pagefind.filters();
		expect(filters[SEARCH_FACETS.replicated]).toEqual({ да: 2 });
		const found = await pagefind.search(null, { filters: { [SEARCH_FACETS.replicated]: 'да' } });
		const urls = (await Promise.all(found.results.map((r) => r.data()))).map((d) => new URL(d.url).pathname).sort();
		expect(urls).toEqual([
			'/practices/krasnoyarsk/yarkie-berega/',
			'/practices/lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ/',
		]);
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
				outcome:
					'Тестовый повтор — по образцу Красноярска жители благоустроили берег Енисея и провели на нём первый городской праздник.',
				source: 'testovyy-otchet-o-povtore',
				results: [
					{
						measure: 'благоустроено участков берега',
						value: 3,
						unit: 'участка',
						qualifier: 'точно',
						year: 2024,
						planned: false,
						source: 'testovyy-otchet-o-povtore',
					},
				],
				contacts: [{ organisation: 'Тестовый отдел администрации города Лесосибирска', phone: '+7 000 000-00-00' }],
				period: { start: '2024-05', end: '2024-09' },
			},
		]);
		expect(practices.find((p) => p['id'] === 'krasnoyarsk/fabrika-narodnykh-initsiativ')?.['replications']).toEqual([]);
	});

	it('describes the repeats in the JSON Schema, and every record with them validates', () => {
		const schema = JSON.parse(read('data/practice.schema.json')) as {
			properties: Record<string, { items?: { required?: string[] } }>;
			required: string[];
		};
		expect(schema.required).toContain('replications');
		expect(schema.properties['replications']?.items?.required).toEqual([
			'municipality',
			'year',
			'outcome',
			'source',
			'id',
		]);
		const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
		for (const practice of json().practices) expect(validate(practice), String(practice['id'])).toBe(true);
		const yarkie = json().practices.find((p) => p['id'] === 'krasnoyarsk/yarkie-berega');
		expect(
			validate({
				...yarkie,
				replications: [{ id: 'x', municipality: 'lesosibirsk', year: 2024, source: 'testovyy-otchet-o-povtore' }],
			}),
		).toBe(false);
	});

	it('writes who repeated each practice, when and what came of it into practices.csv', () => {
		const [header, ...rows] = parseCsv(read('data/practices.csv').slice(1), CSV_SEPARATOR);
		const column = header?.indexOf('опыт повторили') ?? -1;
		expect(column).toBeGreaterThan(0);
		const yarkie = rows.find((r) => r[0] === 'krasnoyarsk/yarkie-berega');
		expect(yarkie?.[column]).toBe(
			'Лесосибирск (2024): Тестовый повтор — по образцу Красноярска жители благоустроили берег Енисея и провели на нём первый городской праздник.',
		);
		expect(textOf(builtPage('data/', dist))).toContain('опыт повторили');
	});
});

describe('repeats in the browser', () => {
	const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	const paths = [
		'/practices/krasnoyarsk/yarkie-berega/',
		'/practices/krasnoyarsk/fabrika-narodnykh-initsiativ/',
		'/municipalities/lesosibirsk/',
		'/municipalities/krasnoyarsk/',
		'/municipalities/abakan/',
		'/practices/',
		'/practices/replicated/',
	];

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
						(
							await (
								window as unknown as {
									axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> };
								}
							).axe.run(document, {
								runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
							})
						).violations,
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
