import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../e2e/browser.ts';
import { DIST } from '../support/build-site.ts';
import { builtPage, textOf, type HTMLElement } from '../support/html.ts';
import { printCompendium } from '../../scripts/lib/print-compendium.ts';
import { readPdf } from '../pdf-text.ts';
import { expectPrintedCompendium } from '../compendium-pdf.ts';

/**
 * Every compendium of the site printed to PDF in headless Chromium as a reader would print it (Paged.js
 * lays it out, then «Сохранить как PDF»), and the PDF read back with pdf.js: contents with page numbers
 * that match, running heads, page numbers, Cyrillic text in embedded fonts (see tests/compendium-pdf.ts).
 */
const compendia = (kind: string) =>
	readdirSync(join(DIST, 'compendium', kind)).map((id) => `compendium/${kind}/${id}/`);
const html = (path: string) => builtPage(path);
/** The number of practices a topic's page heads its list with: «<h2>5 практик</h2>»; 0 if none. */
const practiceCount = (page: HTMLElement) =>
	Number(
		page
			.querySelectorAll('h2')
			.map((h2) => /^(\d+)\u00a0практи/.exec(textOf(h2))?.[1])
			.find(Boolean) ?? 0,
	);
const pageCounts: string[] = [];

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
	console.log(`Страниц в PDF: ${pageCounts.join('; ')}`);
});

// Several at a time (vitest's maxConcurrency, 5): each waits on Chromium's layout and pdf.js's reading in turn, which overlap.
describe.concurrent('compendia printed to PDF', () => {
	it.each([...compendia('topics'), ...compendia('regions'), ...compendia('events')])(
		'%s prints with correct contents',
		async (path) => {
			const printed = await printCompendium(site.browser, site.url + path);
			expect(printed.errors).toEqual([]);
			const pdf = await readPdf(new Uint8Array(printed.pdf));
			expectPrintedCompendium(html(path), pdf, printed.pages);
			pageCounts.push(`${path.replace('compendium/', '')} ${pdf.pages.length}`);
		},
	);
});

describe('where compendia are offered', () => {
	it('every topic with practices links to its compendium, which prints them all', () => {
		const topics = readdirSync(join(DIST, 'topics')).filter((id) => existsSync(join(DIST, 'topics', id, 'index.html')));
		for (const id of topics) {
			const page = html(`topics/${id}`);
			const count = practiceCount(page);
			if (count === 0) {
				expect(textOf(page), id).not.toContain('Сборник для печати');
				continue;
			}
			expect(textOf(page.querySelector(`a[href="/compendium/topics/${id}/"]`)), id).toBe('Сборник для печати');
			expect(html(`compendium/topics/${id}`).querySelectorAll('article.compendium-practice'), id).toHaveLength(count);
		}
	});

	it('keeps compendia out of the search index and the sitemap', () => {
		const sitemap = readdirSync(DIST)
			.filter((f) => /^sitemap-\d+\.xml$/.test(f))
			.map((f) => readFileSync(join(DIST, f), 'utf8'))
			.join('');
		expect(sitemap).toContain('/topics/');
		expect(sitemap).not.toContain('/compendium/');
		const page = html(compendia('topics')[0]!);
		expect(page.querySelector('[data-pagefind-body]')).toBeNull();
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
	});

	it('loads Paged.js from the site itself, only on compendium pages', () => {
		const scripts = (page: HTMLElement) =>
			page.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!);
		const own = scripts(html(compendia('topics')[0]!));
		expect(own.length).toBeGreaterThan(0);
		for (const src of own) expect(src.startsWith('/_astro/'), src).toBe(true);
		const bundle = own.map((src) => readFileSync(join(DIST, src), 'utf8')).join('');
		expect(bundle).toContain('pagedjs_page');
		expect(scripts(html('topics/blagoustroystvo')).some((src) => own.includes(src))).toBe(false);
	});
});
