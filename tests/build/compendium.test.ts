import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../e2e/browser.ts';
import { DIST } from '../built-pages.ts';
import { printCompendium } from '../../scripts/lib/print-compendium.ts';
import { readPdf } from '../pdf-text.ts';
import { expectPrintedCompendium } from '../compendium-pdf.ts';

/**
 * Every compendium of the site printed to PDF in headless Chromium as a reader would print it (Paged.js
 * lays it out, then «Сохранить как PDF»), and the PDF read back with pdf.js: contents with page numbers
 * that match, running heads, page numbers, Cyrillic text in embedded fonts (see tests/compendium-pdf.ts).
 */
const compendia = (kind: string) => readdirSync(join(DIST, 'compendium', kind)).map((id) => `compendium/${kind}/${id}/`);
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
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
	it.each([...compendia('topics'), ...compendia('regions'), ...compendia('events')])('%s prints with correct contents', async (path) => {
		const printed = await printCompendium(site.browser, site.url + path);
		expect(printed.errors).toEqual([]);
		const pdf = await readPdf(new Uint8Array(printed.pdf));
		expectPrintedCompendium(html(path), pdf, printed.pages);
		pageCounts.push(`${path.replace('compendium/', '')} ${pdf.pages.length}`);
	});
});

describe('where compendia are offered', () => {
	it('every topic with practices links to its compendium, which prints them all', () => {
		const topics = readdirSync(join(DIST, 'topics')).filter((id) => existsSync(join(DIST, 'topics', id, 'index.html')));
		for (const id of topics) {
			const page = html(`topics/${id}`);
			const count = Number(page.match(/<h2>(\d+)\u00a0практи/)?.[1] ?? 0);
			if (count === 0) {
				expect(page, id).not.toContain('Сборник для печати');
				continue;
			}
			expect(page, id).toMatch(new RegExp(`<a href="/compendium/topics/${id}/"[^>]*>Сборник для печати</a>`));
			expect(html(`compendium/topics/${id}`).match(/<article class="compendium-practice/g)?.length, id).toBe(count);
		}
	});

	it('keeps compendia out of the search index and the sitemap', () => {
		const sitemap = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join(DIST, f), 'utf8')).join('');
		expect(sitemap).toContain('/topics/');
		expect(sitemap).not.toContain('/compendium/');
		const page = html(compendia('topics')[0]!);
		expect(page).not.toContain('data-pagefind-body');
		expect(page).toContain('<meta name="robots" content="noindex">');
	});

	it('loads Paged.js from the site itself, only on compendium pages', () => {
		const scripts = (page: string) => [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
		const own = scripts(html(compendia('topics')[0]!));
		expect(own.length).toBeGreaterThan(0);
		for (const src of own) expect(src.startsWith('/_astro/'), src).toBe(true);
		const bundle = own.map((src) => readFileSync(join(DIST, src), 'utf8')).join('');
		expect(bundle).toContain('pagedjs_page');
		expect(scripts(html('topics/blagoustroystvo')).some((src) => own.includes(src))).toBe(false);
	});
});
