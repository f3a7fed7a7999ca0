import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSite } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: Awaited<ReturnType<typeof openSite>>;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
	site = await openSite();
});
afterAll(() => site?.close());

const mode = () => page.evaluate(() => document.documentElement.dataset['a11y'] ?? 'off');
const rootFontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

describe('version for the visually impaired', () => {
	beforeAll(async () => {
		// bypassCSP lets the test inject axe; the switch itself runs under the site's policy in the other tests.
		context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
		page = await context.newPage();
	});
	afterAll(() => context.close());

	it('is switched on from the keyboard and makes the text larger', async () => {
		await page.goto(site.url);
		const normal = await rootFontSize();
		await page.locator('#a11y-toggle').focus();
		await page.keyboard.press('Enter');
		expect(await mode()).toBe('on');
		expect(await page.locator('#a11y-toggle').getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('#a11y-toggle').innerText()).toContain('Обычная версия');
		expect(await rootFontSize()).toBeGreaterThan(normal * 1.3);
	});

	it('is remembered on the next page, and switched off again with the space bar', async () => {
		await page.goto(`${site.url}practices/krasnoyarsk/yarkie-berega/`);
		expect(await mode()).toBe('on');
		expect(await page.locator('#a11y-toggle').getAttribute('aria-pressed')).toBe('true');
		await page.locator('#a11y-toggle').focus();
		await page.keyboard.press('Space');
		await page.goto(`${site.url}glossary/`);
		expect(await mode()).toBe('off');
	});

	it('hides decorative images and keeps every page kind free of axe violations and sideways scroll', async () => {
		await page.goto(site.url);
		await page.locator('#a11y-toggle').click();
		expect(await page.locator('.site-header__logo').isVisible()).toBe(false);
		for (const path of [
			'',
			'practices/',
			'practices/krasnoyarsk/yarkie-berega/',
			'municipalities/krasnoyarsk/',
			'glossary/',
		]) {
			await page.goto(site.url + path);
			await page.addScriptTag({ content: axeSource });
			const violations = await page.evaluate(async () =>
				(
					await (
						window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> } }
					).axe.run(document, {
						runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
					})
				).violations.map((v) => v.id),
			);
			expect(violations, path).toEqual([]);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
				path,
			).toBe(0);
		}
	});

	it('keeps the layout intact with text at 200 %', async () => {
		// The 200 % text is injected as a style, which needs the policy bypassed.
		const zoomed = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
		for (const path of ['', 'practices/', 'practices/krasnoyarsk/yarkie-berega/', 'search/']) {
			await zoomed.goto(site.url + path);
			await zoomed.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			expect(
				await zoomed.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
				path,
			).toBe(0);
		}
		await zoomed.close();
	});

	it('is not shown when JavaScript is off, since it could not work', async () => {
		const noScript = await site.browser.newContext({ javaScriptEnabled: false });
		const plain = await noScript.newPage();
		await plain.goto(site.url);
		expect(await plain.locator('#a11y-toggle').isVisible()).toBe(false);
		await noScript.close();
	});
});
