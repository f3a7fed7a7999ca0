import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCollection } from 'astro:content';
import { builtPages, DIST as dist } from '../built-pages.ts';

const pages = builtPages().map((page) => join(dist, page));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('built site', () => {
	it('has a page for every practice, at /practices/<owner>/<slug>/', async () => {
		for (const practice of await getCollection('practices')) {
			const html = read(`practices/${practice.id}/index.html`);
			expect(html).toContain(practice.data.title.replace(/«/g, '«'));
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
			for (const entry of await getCollection(collection)) expect(existsSync(join(dist, folder, entry.id, 'index.html')), `${folder}/${entry.id}`).toBe(true);
		}
	});

	it('has the home, catalogue, glossary, search and 404 pages', () => {
		for (const path of ['index.html', 'practices/index.html', 'glossary/index.html', 'search/index.html', '404.html']) {
			expect(existsSync(join(dist, path)), path).toBe(true);
		}
	});

	it('marks every page as Russian', () => {
		for (const page of pages) expect(readFileSync(page, 'utf8'), page).toMatch(/<html lang="ru"/);
	});

	it('has no broken internal links', () => {
		const broken: string[] = [];
		for (const page of pages) {
			const html = readFileSync(page, 'utf8');
			for (const [, href] of html.matchAll(/\shref="(\/[^"#?]*)/g)) {
				const target = join(dist, decodeURIComponent(href ?? ''));
				const ok = href?.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target);
				if (!ok) broken.push(`${page.slice(dist.length)} → ${href}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('makes filtered catalogue pages that work without JavaScript', () => {
		const html = read('practices/region/krasnoyarskiy-kray/topic/initsiativy-zhiteley/index.html');
		expect(html).toContain('Красноярский край');
		expect(html).toContain('/practices/krasnoyarsk/fabrika-narodnykh-initsiativ/');
		expect(html).not.toContain('/practices/lipetskaya-oblast/');
		// A municipality with no more practices than its own page lists has no catalogue pages:
		// the region's catalogue sends the reader to that page, which lists them all.
		expect(existsSync(join(dist, 'practices/municipality/lesosibirsk/index.html'))).toBe(false);
		const region = read('practices/region/krasnoyarskiy-kray/index.html');
		expect(region).toContain('href="/municipalities/lesosibirsk/#practices"');
		const municipality = read('municipalities/lesosibirsk/index.html');
		expect(municipality).toContain('id="practices"');
		for (const slug of ['obshchestvennaya-palata', 'obshchestvennyy-sovet-po-zhkh', 'resursnyy-tsentr-obshchestvennykh-initsiativ', 'vzaimodeystvie-s-nko']) {
			expect(municipality).toContain(`/practices/lesosibirsk/${slug}/`);
		}
	});

	it('writes the figures of a practice with their units and sources', () => {
		const html = read('practices/krasnoyarsk/yarkie-berega/index.html');
		expect(html).toMatch(/более&nbsp;234\u00a0000 <span class="results__unit"[^>]*>человек<\/span>/);
		expect(html).toContain('/sources/asdg-anketa-krasnoyarsk-2023/');
	});

	it('ships content pages with no script but the inline accessibility switch, under 2 KB', () => {
		for (const path of ['index.html', 'practices/index.html', 'practices/krasnoyarsk/yarkie-berega/index.html', 'municipalities/krasnoyarsk/index.html', 'glossary/index.html']) {
			const scripts = [...read(path).matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
			expect(scripts.map((m) => m[1]).filter((attrs) => /src=/.test(attrs ?? '')), path).toEqual([]);
			expect(scripts.reduce((n, m) => n + Buffer.byteLength(m[0]), 0), path).toBeLessThanOrEqual(2048);
			expect(scripts.some((m) => m[2]?.includes('a11y'))).toBe(true);
		}
	});

	it('builds a Russian search index over practice cards and municipality pages only', async () => {
		const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
		const practices = (await getCollection('practices')).length;
		const municipalities = (await getCollection('municipalities')).length;
		expect(Object.keys(entry.languages)).toEqual(['ru']);
		expect(entry.languages['ru']?.page_count).toBe(practices + municipalities);
	});
});
