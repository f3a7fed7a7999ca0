import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite } from './browser.ts';
import { builtPages } from '../support/html.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every built page as a URL path. The editor at /admin/ is Decap CMS's own interface, not pages we render. */
const pagePaths = () => builtPages(['admin']).map((page) => `/${page.replace(/index\.html$/, '')}`);

let site: Awaited<ReturnType<typeof openSite>>;
let page: Page;
beforeAll(async () => {
	site = await openSite();
	// axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses.
	page = await site.browser.newPage({ bypassCSP: true });
});
afterAll(() => site?.close());

/** axe's violations on a page, once `ready` says its content is there. */
async function violations(path: string, ready?: () => Promise<unknown>) {
	await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
	await ready?.();
	await page.addScriptTag({ content: axeSource });
	const result = await page.evaluate(
		async (tags) =>
			(
				await (
					window as unknown as {
						axe: {
							run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
						};
					}
				).axe.run(document, { runOnly: { type: 'tag', values: tags } })
			).violations,
		TAGS,
	);
	return result.map(
		(v) =>
			`${v.id}: ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`,
	);
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
	const paths = pagePaths();

	it('checks every built page', () => {
		expect(paths.length).toBeGreaterThan(100);
	});

	// 176 pages took 214–432 s on this shared 2-core machine as its load varied, one axe run at a time.
	it('finds no violations on any page', async () => {
		const found: string[] = [];
		for (const path of paths) for (const v of await violations(path)) found.push(`${path} ${v}`);
		expect(found).toEqual([]);
	}, 600_000);

	it('finds no violations on the search page with results, facets and the relaxed note', async () => {
		const found = await violations(`/search/?q=${encodeURIComponent('как провести праздник во дворе')}`, () =>
			page.waitForSelector('#search-relaxed:not([hidden])'),
		);
		expect(found).toEqual([]);
	});
});
