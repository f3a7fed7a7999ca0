import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite } from './browser.ts';
import { builtPages } from '../support/html.ts';
import { DIST } from '../support/build-site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Folder names below the first that are part of a route; any other is a value of a route parameter. */
const ROUTE_WORDS = new Set(['topic', 'region', 'topics', 'events', 'regions', 'municipalities']);

/** The route a built page comes from, parameters as `*`: `practices/region/x/topic/y/index.html` gives `practices/region/*` + `/topic/*`. */
const routeOf = (page: string) =>
	page
		.split('/')
		.slice(0, -1)
		.map((part, i) => (i === 0 || ROUTE_WORDS.has(part) ? part : '*'))
		.join('/') || page;

/** A built page's address: `practices/x/y/index.html` → `/practices/x/y/`. */
const urlPathOf = (page: string) => `/${page.replace(/index\.html$/, '')}`;

/**
 * The pages axe reads, as URL paths: every practice card, because each holds its own author's text, and of every
 * other route the page with the most markup and the one with the least (a long list, an empty one), since the
 * rest of a route's pages are the same template over other data. All 176 pages took 76 s of a 7-minute suite.
 * The editor at /admin/ is Decap CMS's own interface, not pages we render.
 */
function pagesToCheck(): string[] {
	const byRoute = Map.groupBy(builtPages(['admin']), routeOf);
	const size = (page: string) => statSync(join(DIST, page)).size;
	const chosen = [...byRoute].flatMap(([route, pages]) => {
		if (route === 'practices/*/*') return pages;
		const sorted = pages.toSorted((a, b) => size(a) - size(b) || a.localeCompare(b));
		return [...new Set([sorted[0], sorted.at(-1)])].filter((page) => page !== undefined);
	});
	return chosen.sort().map(urlPathOf);
}

let site: Awaited<ReturnType<typeof openSite>>;
/** Two tabs: axe runs in the page's renderer process, so two of them keep both cores busy. */
let tabs: Page[];
beforeAll(async () => {
	site = await openSite();
	// axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses.
	tabs = await Promise.all([0, 1].map(() => site.browser.newPage({ bypassCSP: true })));
});
afterAll(() => site?.close());

/** axe's violations on a page, once `ready` says its content is there. */
async function violations(page: Page, path: string, ready?: () => Promise<unknown>) {
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
	const paths = pagesToCheck();

	it('checks every card and both ends of every other route', () => {
		const cards = builtPages().filter((page) => routeOf(page) === 'practices/*/*');
		expect(cards.length).toBeGreaterThan(15);
		for (const card of cards) expect(paths).toContain(urlPathOf(card));
		for (const path of ['/', '/search/', '/needs/', '/data/', '/404.html', '/practices/'])
			expect(paths, path).toContain(path);
		expect(new Set(builtPages(['admin']).map(routeOf)).size).toBeGreaterThan(20);
	});

	it('finds no violations on those pages', async () => {
		const queue = [...paths];
		const found: string[] = [];
		await Promise.all(
			tabs.map(async (tab) => {
				for (let path = queue.shift(); path !== undefined; path = queue.shift())
					for (const v of await violations(tab, path)) found.push(`${path} ${v}`);
			}),
		);
		expect(found.sort()).toEqual([]);
	}, 600_000);

	it('finds no violations on the search page with results, facets and the relaxed note', async () => {
		const [tab] = tabs as [Page];
		const found = await violations(tab, `/search/?q=${encodeURIComponent('как провести праздник во дворе')}`, () =>
			tab.waitForSelector('#search-relaxed:not([hidden])'),
		);
		expect(found).toEqual([]);
	});
});
