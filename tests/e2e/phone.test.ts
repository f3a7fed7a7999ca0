import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSite } from './browser.ts';

/** An official reading the base on a phone: 360×640, in the usual version and the one for the visually impaired. */
const PHONE = { width: 360, height: 640 };
const MODES = ['usual', 'visually impaired'] as const;
type Mode = (typeof MODES)[number];
const CARD = 'practices/krasnoyarsk/yarkie-berega/';
/** The header may take at most this much of the first screen; on a phone it is meant to be one row of about 56 px. */
const HEADER_MAX = 120;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
	site = await openSite();
});
afterAll(() => site?.close());

async function phone(
	mode: Mode,
	options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {},
): Promise<{ page: Page; context: BrowserContext }> {
	const context = await site.browser.newContext({ viewport: PHONE, ...options });
	if (mode === 'visually impaired') await context.addInitScript(() => localStorage.setItem('a11y', 'on'));
	return { page: await context.newPage(), context };
}

const headerHeight = (page: Page) =>
	page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
/** Search fields a reader sees on the page. */
const visibleSearchFields = (page: Page) => page.locator('input[type="search"]:visible').count();

/** Types a query into the search page's field as a person does, key by key, and waits for its first result. */
async function typeQuery(page: Page, query: string) {
	await page.locator('pagefind-input input').click();
	await page.keyboard.type(query, { delay: 30 });
	await page.locator('pagefind-results .search-result a').first().waitFor({ timeout: 10_000 });
}
/**
 * Where the first result's title ends, once drawn. The page searches again when the facet values arrive and
 * Pagefind draws the list anew, so it is asked until it is there.
 */
async function firstResultBottom(page: Page): Promise<number> {
	let bottom = Infinity;
	await expect
		.poll(
			async () =>
				(bottom = await page.evaluate(
					() =>
						document.querySelector('pagefind-results .search-result__title')?.getBoundingClientRect().bottom ??
						Infinity,
				)),
			{ timeout: 10_000 },
		)
		.toBeLessThan(Infinity);
	return bottom;
}

describe.each(MODES)('on a phone, %s version', (mode) => {
	it.each([
		['home', ''],
		['card', CARD],
		['search', 'search/'],
	])('the %s page has a header of one row that leaves the screen to the page', async (_name, path) => {
		const { page, context } = await phone(mode);
		await page.goto(site.url + path);
		expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);
		// The title and the buttons share one row: the buttons sit beside the title, not under it.
		const row = await page.evaluate(() => {
			const box = (el: Element) => el.getBoundingClientRect();
			const brand = box(document.querySelector('.site-header__brand')!);
			return [...document.querySelectorAll('.site-header__toggle')].map((toggle) => ({
				top: box(toggle).top - brand.top,
				left: box(toggle).left - brand.right,
				bottom: box(toggle).bottom,
			}));
		});
		expect(row.length).toBe(path === 'search/' ? 1 : 2);
		for (const toggle of row) {
			expect(Math.abs(toggle.top)).toBeLessThan(20);
			expect(toggle.left).toBeGreaterThanOrEqual(0);
		}
		// The navigation and the switch for the visually impaired wait behind «Меню».
		expect(await page.locator('nav[aria-label="Основная навигация"]').isVisible()).toBe(false);
		await context.close();
	});

	it('shows the first result of a typed query on the first screen, under one search field', async () => {
		const { page, context } = await phone(mode);
		await page.goto(`${site.url}search/`);
		expect(await visibleSearchFields(page)).toBe(1);
		await typeQuery(page, 'благоустройство дворов');
		expect(await firstResultBottom(page)).toBeLessThanOrEqual(PHONE.height);
		expect(await visibleSearchFields(page)).toBe(1);
		// The sort order and the facets wait behind one line above the results.
		expect(await page.locator('#search-sort').isVisible()).toBe(false);
		await page.locator('.search-refine__toggle').click();
		expect(await page.locator('#search-sort').isVisible()).toBe(true);
		// Open, the panel stays within the screen's width.
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
			0,
		);
		await context.close();
	});

	it('passes axe with the menu open, and on the search page with results', async () => {
		const { page, context } = await phone(mode, { bypassCSP: true });
		const violations = async () => {
			await page.addScriptTag({ content: axeSource });
			return page.evaluate(async () =>
				(
					await (
						window as unknown as {
							axe: {
								run: (
									c: Document,
									o: object,
								) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
							};
						}
					).axe.run(document, {
						runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
					})
				).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			);
		};
		await page.goto(site.url + CARD);
		await page.locator('.site-header__menu summary').click();
		expect(await violations()).toEqual([]);
		await page.goto(`${site.url}search/?q=${encodeURIComponent('как провести праздник во дворе')}`);
		await page.waitForSelector('#search-relaxed:not([hidden])');
		await page.locator('.search-refine__toggle').click();
		expect(await violations()).toEqual([]);
		await context.close();
	});
});

describe('the header on a phone', () => {
	it('opens the menu and the search form without JavaScript, and searches from any page', async () => {
		const { page, context } = await phone('usual', { javaScriptEnabled: false });
		await page.goto(site.url + CARD);
		const nav = page.locator('nav[aria-label="Основная навигация"]');
		await page.locator('.site-header__menu summary').click();
		expect(await nav.isVisible()).toBe(true);
		expect(await nav.locator('a').count()).toBe(5);
		// One panel at a time: opening the search closes the menu.
		await page.locator('.site-header__search summary').click();
		expect(await nav.isVisible()).toBe(false);
		await page.locator('#site-search-q').fill('ТОС');
		await page.locator('#site-search-q').press('Enter');
		await page.waitForURL(/\/search\/\?q=%D0%A2%D0%9E%D0%A1/);
		await context.close();
	});

	it('takes a query from any page to the search page, whose results are on the first screen at once', async () => {
		const { page, context } = await phone('usual');
		await page.goto(site.url + CARD);
		await page.locator('.site-header__search summary').click();
		// The field has focus as soon as its panel opens.
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
		await page.keyboard.type('народный бюджет');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=/);
		await page.locator('pagefind-results .search-result a').first().waitFor({ timeout: 10_000 });
		expect(await page.locator('pagefind-input input').inputValue()).toBe('народный бюджет');
		expect(await firstResultBottom(page)).toBeLessThanOrEqual(PHONE.height);
		expect(await visibleSearchFields(page)).toBe(1);
		await context.close();
	});

	it('is used from the keyboard: the menu opens with Enter and closes with Escape, back on its button', async () => {
		const { page, context } = await phone('usual');
		await page.goto(site.url);
		const menu = page.locator('.site-header__menu');
		await menu.locator('summary').focus();
		await page.keyboard.press('Enter');
		expect(await menu.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
		// The switch for the visually impaired is the first thing in the menu, then the links.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('a11y-toggle');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Практики');
		await page.keyboard.press('Escape');
		expect(await menu.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
		await context.close();
	});
});

describe('the search field', () => {
	it('keeps the text typed clear of its «Очистить поле» button', async () => {
		for (const mode of MODES) {
			const { page, context } = await phone(mode);
			await page.goto(`${site.url}search/`);
			await page.locator('pagefind-input input').fill('как вовлечь жителей в благоустройство дворов');
			const clear = page.locator('pagefind-input .pf-input-clear');
			await clear.waitFor({ state: 'visible' });
			expect(await clear.getAttribute('aria-label')).toBeNull();
			expect((await clear.textContent())?.trim()).toBe('Очистить поле');
			const gap = await page.evaluate(() => {
				const input = document.querySelector('pagefind-input input')!;
				const button = document.querySelector('pagefind-input .pf-input-clear')!;
				const style = getComputedStyle(input);
				const textEnd =
					input.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
				return button.getBoundingClientRect().left - textEnd;
			});
			expect(gap, mode).toBeGreaterThanOrEqual(0);
			await clear.click();
			expect(await page.locator('pagefind-input input').inputValue()).toBe('');
			await context.close();
		}
	});
});

describe('on a wide screen', () => {
	it('keeps the header of two rows, with the search form, the switch and the links in sight', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(site.url + CARD);
		expect(await page.locator('#site-search-q').isVisible()).toBe(true);
		expect(await page.locator('#a11y-toggle').isVisible()).toBe(true);
		expect(await page.locator('nav[aria-label="Основная навигация"] a').first().isVisible()).toBe(true);
		expect(await page.locator('.site-header__toggle').first().isVisible()).toBe(false);
		await page.goto(`${site.url}search/?q=${encodeURIComponent('ТОС')}`);
		// The search page's own field is its only one; the sort order and the facets stand open beside the results.
		expect(await visibleSearchFields(page)).toBe(1);
		expect(await page.locator('#search-sort').isVisible()).toBe(true);
		await page.close();
	});
});
