import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from './browser.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
	site = await openSite();
});
afterAll(() => site?.close());

describe('RSS feed', () => {
	it('parses as XML in the browser, with an item for each practice that links to its card', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}data/`);
		const feed = await page.evaluate(async () => {
			const response = await fetch('/rss.xml');
			const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
			return {
				type: response.headers.get('content-type'),
				error: xml.querySelector('parsererror')?.textContent ?? null,
				version: xml.documentElement.getAttribute('version'),
				items: [...xml.querySelectorAll('item')].map((item) => ({
					title: item.querySelector('title')?.textContent ?? '',
					link: item.querySelector('link')?.textContent ?? '',
					date: item.querySelector('pubDate')?.textContent ?? '',
				})),
			};
		});
		expect(feed.error).toBeNull();
		expect(feed.version).toBe('2.0');
		const { count } = JSON.parse(readFileSync(`${dist}data/practices.json`, 'utf8')) as { count: number };
		expect(feed.items.length).toBe(Math.min(50, count));
		for (const item of feed.items) {
			expect(item.title.length).toBeGreaterThan(0);
			expect(Number.isNaN(Date.parse(item.date)), item.date).toBe(false);
			const path = new URL(item.link).pathname;
			expect(path).toMatch(/^\/practices\/[^/]+\/[^/]+\/$/);
			expect(existsSync(`${dist}${path.slice(1)}index.html`), path).toBe(true);
		}
		await page.close();
	});

	it('is offered to feed readers from every page', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}practices/krasnoyarsk/yarkie-berega/`);
		expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(
			'/rss.xml',
		);
		await page.close();
	});
});
