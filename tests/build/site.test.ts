import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST as dist } from '../support/build-site.ts';
import { builtPage, builtPages, hrefsOf, textOf } from '../support/html.ts';
import { astroContent } from '../support/astro-content.ts';

const { getCollection } = await astroContent();

const pages = builtPages();
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('built site', () => {
	it('has a page for every practice, at /practices/<owner>/<slug>/', async () => {
		for (const practice of await getCollection('practices')) {
			expect(textOf(builtPage(`practices/${practice.id}/`).querySelector('h1')), practice.id).toBe(practice.data.title);
		}
	});

	it('has a page for every municipality, region, topic, association and event', async () => {
		for (const [collection, folder] of [
			['municipalities', 'municipalities'],
			['regions', 'regions'],
			['topics', 'topics'],
			['associations', 'associations'],
			['events', 'events'],
			['sources', 'sources'],
		] as const) {
			for (const entry of await getCollection(collection))
				expect(existsSync(join(dist, folder, entry.id, 'index.html')), `${folder}/${entry.id}`).toBe(true);
		}
	});

	it('has the home, catalogue, glossary, search and 404 pages', () => {
		for (const path of ['index.html', 'practices/index.html', 'glossary/index.html', 'search/index.html', '404.html']) {
			expect(existsSync(join(dist, path)), path).toBe(true);
		}
	});

	it('marks every page as Russian', () => {
		for (const page of pages) expect(builtPage(page).querySelector('html')?.getAttribute('lang'), page).toBe('ru');
	});

	it('has no broken internal links', () => {
		const broken: string[] = [];
		for (const page of pages) {
			for (const link of hrefsOf(builtPage(page))) {
				if (!link.startsWith('/')) continue;
				const href = link.replace(/[#?].*$/, '');
				const target = join(dist, decodeURIComponent(href));
				const ok = href.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target);
				if (!ok) broken.push(`${page} → ${href}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('makes filtered catalogue pages that work without JavaScript', () => {
		const html = builtPage('practices/region/krasnoyarskiy-kray/topic/initsiativy-zhiteley/');
		expect(textOf(html)).toContain('Красноярский край');
		expect(hrefsOf(html)).toContain('/practices/krasnoyarsk/fabrika-narodnykh-initsiativ/');
		expect(hrefsOf(html).filter((href) => href.startsWith('/practices/lipetskaya-oblast/'))).toEqual([]);
		// A municipality with no more practices than its own page lists has no catalogue pages:
		// the region's catalogue sends the reader to that page, which lists them all.
		expect(existsSync(join(dist, 'practices/municipality/lesosibirsk/index.html'))).toBe(false);
		expect(hrefsOf(builtPage('practices/region/krasnoyarskiy-kray/'))).toContain(
			'/municipalities/lesosibirsk/#practices',
		);
		const municipality = builtPage('municipalities/lesosibirsk/');
		expect(municipality.querySelector('#practices')).not.toBeNull();
		for (const slug of [
			'obshchestvennaya-palata',
			'obshchestvennyy-sovet-po-zhkh',
			'resursnyy-tsentr-obshchestvennykh-initsiativ',
			'vzaimodeystvie-s-nko',
		]) {
			expect(hrefsOf(municipality)).toContain(`/practices/lesosibirsk/${slug}/`);
		}
	});

	it('lists the figures of a practice on its card, each linked to its source', async () => {
		// How a figure is written (qualifier, unit, year) is ResultList's: tests/unit/components/result-list.test.ts.
		const practice = (await getCollection('practices')).find((p) => p.id === 'krasnoyarsk/yarkie-berega')!;
		const items = builtPage('practices/krasnoyarsk/yarkie-berega/').querySelectorAll('ul.results > li');
		expect(items).toHaveLength(practice.data.results.length);
		expect(items.map((li) => li.querySelector('.results__note a')?.getAttribute('href'))).toEqual(
			practice.data.results.map((r) => `/sources/${r.source}/`),
		);
	});

	it('ships content pages with no script but the inline accessibility switch, under 2 KB', () => {
		for (const path of [
			'index.html',
			'practices/index.html',
			'practices/krasnoyarsk/yarkie-berega/index.html',
			'municipalities/krasnoyarsk/index.html',
			'glossary/index.html',
		]) {
			const scripts = builtPage(path).querySelectorAll('script');
			expect(
				scripts.filter((script) => script.hasAttribute('src')),
				path,
			).toEqual([]);
			expect(
				scripts.reduce((n, script) => n + Buffer.byteLength(script.outerHTML), 0),
				path,
			).toBeLessThanOrEqual(2048);
			expect(scripts.some((script) => script.rawText.includes('a11y'))).toBe(true);
		}
	});

	it('builds a Russian search index over practice cards and municipality pages only', async () => {
		const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		const practices = (await getCollection('practices')).length;
		const municipalities = (await getCollection('municipalities')).length;
		expect(Object.keys(entry.languages)).toEqual(['ru']);
		expect(entry.languages['ru']?.page_count).toBe(practices + municipalities);
	});
});
