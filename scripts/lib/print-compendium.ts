import type { Page } from 'playwright-core';

/** A compendium as headless Chromium printed it. */
export interface PrintedCompendium {
	/** The PDF, as «Сохранить как PDF» would save it. */
	pdf: Buffer;
	/** From the start of loading until Paged.js has laid out the last page, ms. */
	layoutMs: number;
	/** Printing the laid-out pages to PDF, ms. */
	printMs: number;
	/** Pages Paged.js laid out. */
	pages: number;
	/** What the page logged as errors, and the scripts' uncaught errors (a CSP refusal shows here). */
	errors: string[];
}

/**
 * Opens a compendium page (src/pages/compendium/), waits for Paged.js to lay it out (`<html
 * data-paged="ready">`, src/compendium/paged-preview.ts) and prints it to PDF with the page size its
 * CSS asks for, as a reader's «Печать / сохранить в PDF» would. Tests and `scripts/bench-compendium.ts`
 * both print through here; `browser` is a browser or one of its contexts.
 */
export async function printCompendium(
	browser: { newPage(): Promise<Page> },
	url: string,
	timeoutMs = 600_000,
): Promise<PrintedCompendium> {
	const page = await browser.newPage();
	await page.setViewportSize({ width: 1280, height: 900 });
	page.setDefaultTimeout(timeoutMs);
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	try {
		const start = Date.now();
		await page.goto(url);
		await page.waitForSelector('html[data-paged="ready"], html[data-paged="failed"]', { timeout: timeoutMs });
		const layoutMs = Date.now() - start;
		const state = await page.evaluate(() => document.documentElement.dataset['paged']);
		if (state !== 'ready') throw new Error(`Paged.js не разложил ${url} по страницам: ${errors.join('; ')}`);
		const pages = await page.locator('.pagedjs_page').count();
		const printStart = Date.now();
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		return { pdf, layoutMs, printMs: Date.now() - printStart, pages, errors };
	} finally {
		await page.close();
	}
}
