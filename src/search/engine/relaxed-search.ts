/**
 * Relaxed search over Pagefind. Pagefind returns only pages that contain every word of a query, so a
 * natural question («как провести праздник во дворе») can find nothing although one word makes the
 * difference. When the full query finds fewer than MIN_RESULTS pages, this module tries again without
 * function words, then with each remaining word alone, and merges what it finds: pages that match more
 * of the words come first. Runs in the browser (bundled into /search/engine/pagefind.js) and in Node tests.
 */
import { isStopWord, words as wordsOf } from '../../site/russian-words.ts';

/** Fewer results than this and the query is relaxed. */
export const MIN_RESULTS = 3;

/** Results of a relaxed search are capped, and their filter counts computed from this many. */
const MAX_RELAXED = 30;

/**
 * Words whose forms Pagefind's Russian stemmer splits, rewritten to a form whose stem they all share.
 * - «-ый», «-ой» (or «-ыи», «-ои», typed without й): Pagefind folds й into и before stemming, so «народный» reaches the stemmer as «народныи»,
 *   an ending it does not know, and misses the pages with «народных» or «народная». Such a word is
 *   searched as «-ые» («народные»), whose stem every form shares: the stemmer does not care that
 *   «городскые» is misspelt.
 * - A noun in «-ив-» or «-ыв-» with an ending («инициатива»): its genitive plural («инициатив») looks
 *   like a gerund to the stemmer, which cuts it to «инициат», so the word is searched without its ending.
 * Other words pass as typed; Pagefind itself treats ё as е and й as и in the query and the index alike.
 */
const SHARED_STEMS: [RegExp, string][] = [
	[/(\p{L}{4,}[иы]в)(?:а|ы|е|у|ам|ами|ах|ом|о)(?!\p{L})/giu, '$1'],
	[/(\p{L}{2,})(?:ый|ой|ыи|ои)(?!\p{L})/giu, '$1ые'],
];

/** A query with each word in the form that finds every form of it (see SHARED_STEMS). */
export function withSharedStems(term: string): string {
	return SHARED_STEMS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), term);
}

/** Filter counts as Pagefind gives them: each filter's values and how many results have each. */
export type Counts = Record<string, Record<string, number>>;

/** A result of Pagefind's `search`; `data()` loads its fragment. */
export interface PagefindResult {
	id: string;
	score: number;
	words?: number[];
	data: () => Promise<PagefindFragment>;
}

/** A result's fragment: its address, and what this module reads, its filter values. */
export interface PagefindFragment {
	url: string;
	filters?: Record<string, string[]>;
}

/** What a relaxed search adds to Pagefind's response: the words searched, those left out, and how many results hold every word. */
export interface Relaxed {
	words: string[];
	dropped: string[];
	exact: number;
}

/** Pagefind's response to `search`, and what relaxation and facet counting add to it. */
export interface PagefindResponse<R extends PagefindResult = PagefindResult> {
	results: R[];
	unfilteredResultCount?: number;
	filters?: Counts;
	totalFilters?: Counts;
	timings?: unknown;
	relaxed?: Relaxed;
}

/** Pagefind's `search` options; `filters` is read by facet-index.ts, the rest goes to Pagefind as is. */
export interface SearchOptions {
	filters?: unknown;
	sort?: Record<string, string>;
	[option: string]: unknown;
}

/** Pagefind's own search of one instance, or one that narrows it. */
export type SearchFn<R extends PagefindResult = PagefindResult> = (
	term: string | null,
	options?: SearchOptions,
) => Promise<PagefindResponse<R> | null>;

/**
 * Searches like Pagefind's `search`, but relaxes a query that finds little.
 * A relaxed response carries `relaxed: { words, dropped, exact }` so the interface can say so;
 * `exact` is how many results contain every word of the query.
 * @param pagefindSearch Pagefind's own search of one instance.
 * @param count Filter counts of the merged results; by default read from each result's fragment.
 */
export async function relaxedSearch<R extends PagefindResult>(
	pagefindSearch: SearchFn<R>,
	term: string | null,
	options: SearchOptions = {},
	count: (results: R[]) => Promise<Counts> | Counts = countFilters,
): Promise<PagefindResponse<R> | null> {
	// A quoted phrase asks for exactly that phrase, so its words are not changed.
	const search: SearchFn<R> = (query, searchOptions) =>
		pagefindSearch(query === null || /^\s*".+"\s*$/.test(query) ? query : withSharedStems(query), searchOptions);
	const full = await search(term, options);
	// A quoted phrase asks for exactly that phrase.
	if (!full || term === null || /^\s*".+"\s*$/.test(term)) return full;

	const words = wordsOf(term);
	const content = words.filter((word) => !isStopWord(word));
	const dropped = words.filter(isStopWord);
	if (full.results.length >= MIN_RESULTS) {
		if (content.length === 0 || dropped.length === 0) return full;
		// Pagefind leaves out a word no page holds, so «жирафы на луне» found every page with «на». Asked
		// without its function words, such a query finds nothing, and that empty response is the answer.
		const withoutStopWords = await search(content.join(' '), options);
		return withoutStopWords?.results.length === 0 ? withoutStopWords : full;
	}
	if (content.length === 0 || (content.length === 1 && dropped.length === 0)) return full;

	const merged = new Map<string, { result: R; rank: number; score: number }>();
	const add = (results: R[], rank: number) => {
		for (const result of results) {
			const seen = merged.get(result.id);
			if (!seen) merged.set(result.id, { result, rank, score: result.score });
			else {
				seen.rank += rank;
				seen.score += result.score;
			}
		}
	};

	// Exact matches first, whatever else is found.
	add(full.results, 1000);
	if (dropped.length > 0 && content.length > 1) {
		const withoutStopWords = await search(content.join(' '), options);
		add(withoutStopWords?.results ?? [], 100);
	}
	if (content.length > 1 || merged.size < MIN_RESULTS) {
		for (const word of content) {
			const single = await search(word, options);
			add(single?.results ?? [], 1);
		}
	}
	if (merged.size === full.results.length) return full;

	const results = [...merged.values()]
		.sort((a, b) => b.rank - a.rank || b.score - a.score)
		.slice(0, MAX_RELAXED)
		.map((entry) => entry.result);
	return {
		...full,
		results,
		unfilteredResultCount: results.length,
		filters: await count(results),
		relaxed: { words: content, dropped, exact: full.results.length },
	};
}

/** Filter counts for a merged list, which Pagefind cannot compute for a union of searches. */
async function countFilters(results: PagefindResult[]): Promise<Counts> {
	const counts: Counts = {};
	const fragments = await Promise.all(results.map((result) => result.data()));
	for (const fragment of fragments) {
		for (const [name, values] of Object.entries(fragment.filters ?? {})) {
			const of = (counts[name] ??= {});
			for (const value of values) of[value] = (of[value] ?? 0) + 1;
		}
	}
	return counts;
}
