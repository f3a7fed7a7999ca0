import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openSite } from './browser.ts';

/** One URL of every kind of page a reader meets. */
const PAGES = [
	['home', ''],
	['practice card', 'practices/krasnoyarsk/yarkie-berega/'],
	['practice card of a region', 'practices/lipetskaya-oblast/budushchee-moego-rayona/'],
	['catalogue', 'practices/'],
	['filtered catalogue', 'practices/region/krasnoyarskiy-kray/topic/initsiativy-zhiteley/'],
	['municipality', 'municipalities/krasnoyarsk/'],
	['municipalities', 'municipalities/'],
	['region', 'regions/lipetskaya-oblast/'],
	['topic', 'topics/initsiativy-zhiteley/'],
	['association', 'associations/asdg/'],
	['event', 'events/forum-gorodskikh-soobshchestv-2023/'],
	['source', 'sources/asdg-anketa-krasnoyarsk-2023/'],
	['glossary', 'glossary/'],
	['how to contribute', 'contribute/'],
	['404', 'no-such-page/'],
] as const;

let site: Awaited<ReturnType<typeof openSite>>;
let browser: Browser;
beforeAll(async () => {
	site = await openSite();
	browser = site.browser;
});
afterAll(() => site?.close());

describe('every kind of page in a browser', () => {
	it.each(PAGES)('%s has no sideways scroll at 320 px', async (_kind, path) => {
		const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
		await page.goto(site.url + path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		await page.close();
		expect(overflow).toBe(0);
	});

	it.each(PAGES)('%s shows its heading, navigation and search form with JavaScript off', async (_kind, path) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url + path);
		expect((await page.locator('h1').innerText()).trim().length).toBeGreaterThan(3);
		expect(await page.locator('nav[aria-label="Основная навигация"] a').count()).toBeGreaterThanOrEqual(5);
		expect(await page.locator('form[role="search"] input[name="q"]').count()).toBeGreaterThanOrEqual(1);
		await context.close();
	});

	it.each(PAGES)('%s loads without console errors or failed requests', async (_kind, path) => {
		const page = await browser.newPage();
		const problems: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error' && !(path.startsWith('no-such') && m.text().includes('404'))) problems.push(m.text());
		});
		page.on('response', (r) => {
			if (r.status() >= 400 && !r.url().endsWith('/no-such-page/')) problems.push(`${r.status()} ${r.url()}`);
		});
		page.on('requestfailed', (r) => problems.push(`failed ${r.url()}`));
		await page.goto(site.url + path, { waitUntil: 'networkidle' });
		await page.close();
		expect(problems).toEqual([]);
	});
});

describe('search from the header', () => {
	it('sends the query to the search page and finds the practice', async () => {
		const page = await browser.newPage();
		await page.goto(site.url);
		await page.locator('#site-search-q').fill('праздник во дворе');
		await page.locator('#site-search-q').press('Enter');
		await page.waitForURL(/\/search\/\?q=/);
		await expect
			.poll(() => page.locator('pagefind-results').innerText(), { timeout: 10_000 })
			.toContain('Фабрика народных инициатив');
		await page.close();
	});
});

describe('printing a practice card', () => {
	it('hides the site chrome and keeps the content', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}practices/krasnoyarsk/yarkie-berega/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.site-footer').isVisible()).toBe(false);
		expect(await page.locator('h1').isVisible()).toBe(true);
		expect(await page.locator('#results-heading').isVisible()).toBe(true);
		await page.close();
	});
});
