import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from './browser.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
	site = await openSite();
});
afterAll(() => site?.close());

describe('Content-Security-Policy', () => {
	it('is set on content pages with only what Pagefind needs beyond the site itself', async () => {
		const page = await site.browser.newPage();
		for (const path of ['', 'practices/krasnoyarsk/yarkie-berega/', 'search/']) {
			await page.goto(site.url + path);
			const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
			expect(csp, path).toContain("default-src 'self'");
			expect(csp).toContain("worker-src 'self' blob:");
			expect(csp).toContain("img-src 'self' data:");
			expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
			expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
		}
		await page.close();
	});

	it('lets search work under it, with no violations reported', async () => {
		const page = await site.browser.newPage();
		const violations: string[] = [];
		page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
		await page.goto(`${site.url}search/?q=${encodeURIComponent('ТОС')}`);
		await expect.poll(() => page.locator('pagefind-results a').count(), { timeout: 10_000 }).toBeGreaterThan(0);
		expect(violations).toEqual([]);
		await page.close();
	});

	it('gives the editor alone the allowances Decap CMS needs', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}admin/`);
		const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
		expect(csp).toContain("'unsafe-eval'");
		expect(csp).toContain('https://api.github.com');
		await page.close();
	});
});

describe('links to other sites', () => {
	it('open without giving them access to the page or its address', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}practices/krasnoyarsk/inzhenerno-tekhnicheskoe-tvorchestvo/`);
		const external = await page.$$eval('a[href^="http"]', (links) => links.map((a) => a.getAttribute('rel')));
		expect(external.length).toBeGreaterThan(0);
		for (const rel of external) expect(rel).toBe('noopener noreferrer');
		await page.close();
	});
});
