import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite } from './browser.ts';
import { RESULTS_PAGE } from '../../src/search/search-page.ts';
import { FACETS_FILE } from '../../src/search/engine/facet-index.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
	site = await openSite();
});
afterAll(() => site?.close());

const summary = (page: Page) => page.locator('#search-summary').innerText();
const resultCount = async (page: Page) => Number((await summary(page)).replace(/\s/g, '').match(/^(\d+)/)?.[1] ?? 0);
const topicBox = (page: Page, name: string) => page.locator(`pagefind-filter-pane input[name="Тема"][value="${name}"]`);

describe('search page', () => {
	it('finds practices for a Russian query typed into the search box', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}search/`);
		await page.locator('pagefind-input input').fill('благоустройству дворов');
		await expect
			.poll(() => page.locator('pagefind-results').innerText(), { timeout: 10_000 })
			.toContain('Самый благоустроенный район');
		expect(decodeURIComponent(page.url())).toContain('q=благоустройству дворов'.replace(' ', '+'));
		await page.close();
	});

	it('narrows results by a facet, and Back from a result restores the query and the facet', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}search/?q=${encodeURIComponent('жителей')}`);
		await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBeGreaterThan(5);
		const before = await resultCount(page);

		await topicBox(page, 'Обратная связь и обращения жителей').check();
		await expect.poll(() => resultCount(page)).toBeLessThan(before);
		const narrowed = await resultCount(page);
		expect(narrowed).toBeGreaterThan(0);
		await expect.poll(() => decodeURIComponent(page.url())).toContain('topic=Обратная');

		await page.locator('pagefind-results a').first().click();
		await page.waitForURL(/\/practices\//);
		await page.goBack();
		await page.waitForURL(/\/search\//);
		await expect.poll(() => page.locator('pagefind-input input').inputValue(), { timeout: 10_000 }).toBe('жителей');
		await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(narrowed);
		await expect.poll(() => topicBox(page, 'Обратная связь и обращения жителей').isChecked()).toBe(true);
		await page.close();
	});

	// «праздник во дворе» is relaxed: its facets are counted from the merged results.
	it.each(['жителей', 'праздник во дворе'])(
		'asks for facet values only once the first results for «%s» are on screen, then fills the facet pane',
		async (query) => {
			const page = await site.browser.newPage();
			// For each request of the facet file: were results already shown? Pagefind's own loader asks for its facet files before the first search.
			const shownWhenAsked: boolean[] = [];
			await page.route(`**/pagefind/${FACETS_FILE}`, async (route) => {
				shownWhenAsked.push((await page.locator('pagefind-results a').count()) > 0);
				await route.continue();
			});
			// Facets are counted from that file, never by Pagefind, whose count grows with results times pages.
			const pagefindFilters: string[] = [];
			page.on('request', (request) => {
				if (request.url().endsWith('.pf_filter')) pagefindFilters.push(request.url());
			});
			await page.goto(`${site.url}search/`);
			await page.locator('pagefind-input input').fill(query);
			await expect
				.poll(() => page.locator('pagefind-filter-pane input[name="Тема"]').count(), { timeout: 10_000 })
				.toBeGreaterThan(0);
			expect(shownWhenAsked.length).toBeGreaterThan(0);
			expect(shownWhenAsked.every(Boolean)).toBe(true);
			expect(pagefindFilters).toEqual([]);
			await page.close();
		},
	);

	it('opens a shared link with the query and the facet already applied', async () => {
		const page = await site.browser.newPage();
		await page.goto(
			`${site.url}search/?q=${encodeURIComponent('жителей')}&region=${encodeURIComponent('Липецкая область')}`,
		);
		await expect
			.poll(() => page.locator('pagefind-results').innerText(), { timeout: 10_000 })
			.toContain('Будущее моего района');
		expect(await page.locator('pagefind-results').innerText()).not.toContain('Красноярск ·');
		await page.close();
	});

	it('says in one line when it shows results for part of the words, and which words on opening it', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}search/?q=${encodeURIComponent('как провести праздник во дворе')}`);
		await expect
			.poll(() => page.locator('#search-relaxed').innerText(), { timeout: 10_000 })
			.toContain('Найдено по части слов');
		// The note comes with the response; the result list renders right after it.
		await expect
			.poll(() => page.locator('pagefind-results').innerText(), { timeout: 10_000 })
			.toContain('Фабрика народных инициатив');
		expect(await page.locator('#search-relaxed-text').isVisible()).toBe(false);
		await page.locator('#search-relaxed summary').click();
		expect(await page.locator('#search-relaxed-text').innerText()).toMatch(
			/^Все слова запроса есть только в первых результатах \(\d+\), дальше — практики, где есть некоторые из слов: .*праздник/,
		);
		await page.close();
	});

	it('lists the first page of a long result list and the rest on «Показать ещё», keeping the count of them all', async () => {
		const page = await site.browser.newPage();
		// «практика» is on most indexed pages: more than two pages of results.
		await page.goto(`${site.url}search/?q=${encodeURIComponent('практика')}`);
		await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBeGreaterThan(RESULTS_PAGE);
		const total = await resultCount(page);
		const listed = page.locator('pagefind-results .pf-results > li');
		const more = page.locator('#search-more');
		await expect.poll(() => listed.count()).toBe(RESULTS_PAGE);
		expect(await more.innerText()).toContain(`из ${total}`);
		// Results render as they scroll into view, so the first one is found by its index.
		const firstLink = page.locator('pagefind-results [data-pf-result-index="0"] a');
		const first = await firstLink.getAttribute('href');
		// The page searches again when the facet values arrive; here they are in before «Показать ещё» (the next test holds them back).
		await page.locator('pagefind-filter-pane input').first().waitFor({ state: 'attached', timeout: 10_000 });

		await more.click();
		await expect.poll(() => listed.count()).toBe(Math.min(2 * RESULTS_PAGE, total));
		expect(await resultCount(page)).toBe(total);
		expect(await firstLink.getAttribute('href')).toBe(first);
		// Focus goes to the first of the added results, so a keyboard or screen reader user goes on from there.
		expect(
			await page.evaluate(() =>
				document.activeElement?.closest('[data-pf-result-index]')?.getAttribute('data-pf-result-index'),
			),
		).toBe(String(RESULTS_PAGE));
		if (total <= 2 * RESULTS_PAGE) expect(await more.isHidden()).toBe(true);
		await page.close();
	});

	it('suggests the glossary, the topics and the catalogue when nothing is found', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}search/?q=${encodeURIComponent('телепортация жирафов')}`);
		await expect.poll(() => page.locator('#search-empty').isVisible(), { timeout: 10_000 }).toBe(true);
		expect(await page.locator('#search-empty-topics a').count()).toBeGreaterThan(0);
		expect(await page.locator('#search-empty a[href$="/practices/"]').count()).toBe(1);
		await page.close();
	});

	it('agrees the count with its noun in Russian', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}search/?q=${encodeURIComponent('ТОС')}`);
		// A screen reader hears the whole sentence; on screen the query is left to the field just above.
		await expect
			.poll(() => page.locator('#search-summary').textContent(), { timeout: 10_000 })
			.toBe('2\u00a0результата по запросу «ТОС»');
		expect(await page.locator('#search-summary .visually-hidden').textContent()).toBe(' по запросу «ТОС»');
		await page.close();
	});

	it('sorts by year when asked, and keeps the order in the address', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}search/?q=${encodeURIComponent('жителей')}`);
		await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBeGreaterThan(5);
		await page.locator('#search-sort').selectOption('year-asc');
		await expect.poll(() => page.url()).toContain('sort=year-asc');
		await expect
			.poll(async () => (await page.locator('pagefind-results .meta').first().innerText()).match(/\d{4}/)?.[0])
			.toBe('2011');
		await page.close();
	});

	it('can be used with the keyboard alone, from the header form to a result', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url);
		// Skip link first; then the brand link; then the header search field (the switch for the visually impaired comes after it, as on screen).
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Перейти к содержанию');
		const stops: string[] = [];
		for (let i = 0; i < 2; i++) {
			await page.keyboard.press('Tab');
			stops.push(
				await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || ''),
			);
		}
		expect(stops).toEqual(['База муниципальных практик', 'site-search-q']);
		await page.keyboard.type('ТОС');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=/);
		await expect.poll(() => page.locator('pagefind-results a').count(), { timeout: 10_000 }).toBeGreaterThan(0);
		// The facet values load after the first results, and the page then searches again and redraws the
		// list; tabbing before that raced the redraw on a loaded machine. Tab once the page is settled.
		await page.locator('pagefind-filter-pane input').first().waitFor({ state: 'attached', timeout: 10_000 });

		// Tab from the search field through the page until a result link has focus, then open it. On a wide
		// screen the sort order and the facets stand to the left of the results, and come first.
		await page.locator('pagefind-input input').focus();
		let onResult = false;
		for (let i = 0; i < 40 && !onResult; i++) {
			await page.keyboard.press('Tab');
			onResult = await page.evaluate(() => Boolean(document.activeElement?.closest('pagefind-results')));
		}
		expect(onResult).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/practices\//);
		await page.close();
	});

	it('keeps a result focused from the keyboard when the facet values arrive late and the list is drawn anew', async () => {
		// Tall enough for the first results to be drawn at once (Pagefind draws a result as it scrolls into view).
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 1400 } });
		// The facet file is held back until a result has focus, as on a slow line.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(`**/pagefind/${FACETS_FILE}`, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${site.url}search/?q=${encodeURIComponent('жителей')}`);
		await expect
			.poll(() => page.locator('pagefind-results .search-result a').count(), { timeout: 10_000 })
			.toBeGreaterThan(2);
		expect(await page.locator('pagefind-filter-pane input').count()).toBe(0);

		// Tab from the field to the second result.
		await page.locator('pagefind-input input').focus();
		const resultIndex = () =>
			page.evaluate(
				() => document.activeElement?.closest('[data-pf-result-index]')?.getAttribute('data-pf-result-index') ?? null,
			);
		for (let i = 0; i < 40 && (await resultIndex()) !== '1'; i++) await page.keyboard.press('Tab');
		expect(await resultIndex()).toBe('1');
		const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		expect(href).toMatch(/\/practices\//);

		release();
		await expect.poll(() => page.locator('pagefind-filter-pane input').count(), { timeout: 10_000 }).toBeGreaterThan(0);
		// The page has searched again and Pagefind has drawn the list anew: the same result has focus again.
		await expect
			.poll(
				() => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.tagName),
				{ timeout: 10_000 },
			)
			.toBe(href);
		expect(await resultIndex()).toBe('1');
		// And the keyboard goes on from there, to the next result.
		await expect.poll(() => page.locator('pagefind-results .search-result a').count()).toBeGreaterThan(2);
		await page.keyboard.press('Tab');
		expect(await resultIndex()).toBe('2');
		await page.close();
	});

	it('keeps the results «Показать ещё» added, and the focus on them, when the facet values arrive after it', async () => {
		const page = await site.browser.newPage();
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(`**/pagefind/${FACETS_FILE}`, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${site.url}search/?q=${encodeURIComponent('практика')}`);
		const listed = page.locator('pagefind-results .pf-results > li');
		await expect.poll(() => listed.count(), { timeout: 10_000 }).toBe(RESULTS_PAGE);
		const total = await resultCount(page);
		expect(total).toBeGreaterThan(RESULTS_PAGE);
		await page.locator('#search-more').click();
		const focusedIndex = () =>
			page.evaluate(
				() => document.activeElement?.closest('[data-pf-result-index]')?.getAttribute('data-pf-result-index') ?? null,
			);
		await expect.poll(focusedIndex).toBe(String(RESULTS_PAGE));
		const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));

		release();
		await expect.poll(() => page.locator('pagefind-filter-pane input').count(), { timeout: 10_000 }).toBeGreaterThan(0);
		await expect
			.poll(
				() => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.tagName),
				{ timeout: 10_000 },
			)
			.toBe(href);
		expect(await focusedIndex()).toBe(String(RESULTS_PAGE));
		expect(await listed.count()).toBe(Math.min(2 * RESULTS_PAGE, total));
		await page.close();
	});
});
