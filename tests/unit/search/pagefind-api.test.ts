import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withRelaxedSearch, type PagefindInstance } from '../../../src/search/engine/pagefind-api.ts';
import { encodeFacets, FACETS_FILE } from '../../../src/search/engine/facet-index.ts';
import { FILTERS_READY } from '../../../src/search/engine/search-events.ts';
import type { SearchOptions } from '../../../src/search/engine/relaxed-search.ts';

/** Pages as word lists with their filters; a page matches when it has every word of the query. */
const PAGES: Record<string, { words: string[]; filters: Record<string, string[]> }> = {
	dvor: { words: ['праздник', 'двор'], filters: { Тема: ['Благоустройство'] } },
	prazdnik: { words: ['праздник'], filters: { Тема: ['Культура'] } },
	tos: { words: ['двор', 'тос'], filters: { Тема: ['Благоустройство', 'ТОС'] } },
	park: { words: ['двор', 'парк'], filters: { Тема: ['Благоустройство'] } },
};

/** A Pagefind instance over PAGES that records what it was asked; `data()` of a result resolves when `release` is called. */
function fakePagefind() {
	const asked: SearchOptions[] = [];
	const pending: (() => void)[] = [];
	const instance = {
		search: async (term: string | null, options: SearchOptions = {}) => {
			asked.push(options);
			const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
			const results = Object.entries(PAGES)
				.filter(([, page]) => words.every((w) => page.words.includes(w)))
				.map(([id, page]) => ({
					id,
					score: page.words.length,
					data: () =>
						new Promise<{ url: string; filters: Record<string, string[]> }>((resolve) =>
							pending.push(() => resolve({ url: `/${id}/`, filters: page.filters })),
						),
				}));
			return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
		},
	} as unknown as PagefindInstance;
	return { instance, asked, release: () => pending.splice(0).forEach((resolve) => resolve()) };
}

let fetched: string[];
let events: string[];
beforeEach(() => {
	fetched = [];
	events = [];
	const file = encodeFacets(Object.entries(PAGES).map(([id, page]) => [id, page.filters]));
	vi.stubGlobal('fetch', async (url: string) => {
		fetched.push(url);
		return new Response(JSON.stringify(file));
	});
	vi.stubGlobal('dispatchEvent', (event: Event) => events.push(event.type));
});
afterEach(() => vi.unstubAllGlobals());

describe('the engine the Component UI loads', () => {
	it('shows the first results without facets, loads the facet file once their texts are in, then narrows and counts from it', async () => {
		const { instance, asked, release } = fakePagefind();
		const engine = withRelaxedSearch(Promise.resolve(instance), '/base/pagefind/');
		expect(await engine.filters()).toEqual({});

		const first = await engine.search('двор');
		expect(first?.results.map((r) => r.id)).toEqual(['dvor', 'tos', 'park']);
		expect(first?.filters).toEqual({});
		// The list asks for the texts of the results it shows; the facet file waits for them.
		const texts = Promise.all(first!.results.map((r) => r.data()));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(fetched).toEqual([]);
		release();
		await texts;
		await vi.waitFor(() => expect(events).toEqual([FILTERS_READY]));
		expect(fetched).toEqual([`/base/pagefind/${FACETS_FILE}`]);

		const narrowed = await engine.search('двор', { filters: { Тема: ['ТОС'] } });
		expect(narrowed?.results.map((r) => r.id)).toEqual(['tos']);
		expect(narrowed?.filters?.['Тема']).toEqual({ Благоустройство: 1, Культура: 0, ТОС: 1 });
		expect(narrowed?.totalFilters?.['Тема']).toEqual({ Благоустройство: 3, Культура: 0, ТОС: 1 });
		expect(await engine.filters()).toEqual({ Тема: { Благоустройство: 3, Культура: 1, ТОС: 1 } });
		// Pagefind never sees a filter: it would load its own filter files and count them itself.
		expect(asked.every((options) => options.filters === undefined)).toBe(true);
		expect(fetched).toHaveLength(1);
	});

	it('loads the facet file before the first search when that search asks for a facet, as a shared link does', async () => {
		const { instance } = fakePagefind();
		const engine = withRelaxedSearch(Promise.resolve(instance), '/pagefind/');
		const response = await engine.search('двор', { filters: { Тема: ['ТОС'] } });
		expect(fetched).toEqual([`/pagefind/${FACETS_FILE}`]);
		expect(response?.results.map((r) => r.id)).toEqual(['tos']);
	});

	it('relaxes a query that finds little and counts the facets of the merged results from the facet file', async () => {
		const { instance } = fakePagefind();
		const engine = withRelaxedSearch(Promise.resolve(instance), '/pagefind/');
		await engine.search('парк', { filters: { Тема: ['Благоустройство'] } });
		const response = await engine.search('как провести праздник во двор');
		expect(response?.relaxed).toEqual({ words: ['провести', 'праздник', 'двор'], dropped: ['как', 'во'], exact: 0 });
		expect(response?.results[0]?.id).toBe('dvor');
		expect(response?.filters?.['Тема']).toEqual({ Благоустройство: 3, Культура: 1, ТОС: 1 });
	});
});
