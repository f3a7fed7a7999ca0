/**
 * Facet values of every indexed page, to narrow and count search results here rather than in Pagefind.
 * Once its filter files are loaded, Pagefind counts every facet value at every search, and its count is
 * quadratic: for each page of each value it scans the list of results (`get_filters` in
 * pagefind_core_search, `Vec::contains`), twice per search. At 20,000 practices that was 0.7 s for 3,344
 * results and 2 s for 12,491, in the one worker every later search waits for. Here each result's values
 * are looked up once. The file is written by scripts/search-index.ts from Pagefind's own fragments, so the
 * values are exactly the ones Pagefind would count. Runs in the browser (bundled into /search/engine/pagefind.js)
 * and in Node (the build writes the file with it).
 */
import type { Counts } from './relaxed-search.ts';

export type { Counts };

/** The file beside Pagefind's index. */
export const FACETS_FILE = 'facets.json';

/**
 * As written: filter names, each filter's values, and the pages as one string, `id:values ...`, where
 * values are each filter's value numbers (comma-separated) in the order of `names`, separated by dots.
 */
export interface FacetsFile {
	names: string[];
	values: string[][];
	pages: string;
}

/**
 * Decoded, every value of every filter has one number (`numbers`, the filters' values in order), and a
 * page is the list of its values' numbers: counting is then adding into one array, with little garbage.
 */
export interface Facets {
	names: string[];
	values: string[][];
	numbers: Map<string, Map<string, number>>;
	pages: Map<string, number[]>;
}

/**
 * The file for pages' filters as Pagefind's fragments give them.
 * @param pages page id (Pagefind's result id) and its filters
 */
export function encodeFacets(pages: Iterable<[string, Record<string, string[]>]>): FacetsFile {
	const list = [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const names = [...new Set(list.flatMap(([, filters]) => Object.keys(filters)))].sort();
	const values = names.map((name) => [...new Set(list.flatMap(([, filters]) => filters[name] ?? []))].sort());
	const numbers = values.map((of) => new Map(of.map((value, i) => [value, i])));
	const encoded = list.map(
		([id, filters]) =>
			`${id}:${names.map((name, f) => (filters[name] ?? []).map((value) => numbers[f]?.get(value)).join(',')).join('.')}`,
	);
	return { names, values, pages: encoded.join(' ') };
}

export function decodeFacets(file: FacetsFile): Facets {
	const numbers: Facets['numbers'] = new Map();
	const offsets: number[] = [];
	let next = 0;
	file.names.forEach((name, f) => {
		offsets.push(next);
		numbers.set(name, new Map((file.values[f] ?? []).map((value) => [value, next++])));
	});
	const pages: Facets['pages'] = new Map();
	for (const entry of file.pages ? file.pages.split(' ') : []) {
		const colon = entry.lastIndexOf(':');
		const own: number[] = [];
		entry
			.slice(colon + 1)
			.split('.')
			.forEach((group, f) => {
				if (group) for (const n of group.split(',')) own.push((offsets[f] ?? 0) + Number(n));
			});
		pages.set(entry.slice(0, colon), own);
	}
	return { names: file.names, values: file.values, numbers, pages };
}

/**
 * Whether a page passes Pagefind's `filters` option, read as Pagefind reads it (pagefind_core_search's
 * filter module): values of a filter and filters together must all hold, unless `any` says otherwise;
 * `none` and `not` negate; an empty list asks nothing.
 * @param own the page's values
 */
export function pageMatches(own: number[] | undefined, filters: unknown, facets: Facets): boolean {
	return check(own, filters, facets) ?? true;
}

/** Whether `filters` asks for anything, so that a search must wait for the facet file. */
export function asksFilters(filters: unknown): boolean {
	return check(undefined, filters, undefined) !== undefined;
}

/** Whether the page passes; undefined when the filters ask nothing. */
function check(own: number[] | undefined, filters: unknown, facets: Facets | undefined): boolean | undefined {
	const has = (name: string, value: unknown) => {
		const number = typeof value === 'string' ? facets?.numbers.get(name)?.get(value) : undefined;
		return number !== undefined && Boolean(own?.includes(number));
	};
	// Undefined when nothing is asked.
	const collapse = (checks: (boolean | undefined)[], any: boolean): boolean | undefined => {
		const asked = checks.filter((c) => c !== undefined);
		return asked.length === 0 ? undefined : any ? asked.some(Boolean) : asked.every(Boolean);
	};
	const negated = (key: string) => key === 'none' || key === 'not';
	const isAny = (key: string) => key === 'any' || key === 'none';
	const isGroup = (key: string) => ['any', 'all', 'none', 'not'].includes(key);
	const byValue = (name: string, value: unknown, any: boolean): boolean | undefined => {
		if (typeof value === 'string') return has(name, value);
		let checks: (boolean | undefined)[] = [];
		if (Array.isArray(value))
			checks = value.map((v) =>
				typeof v === 'string' ? has(name, v) : v && typeof v === 'object' ? byValue(name, v, false) : undefined,
			);
		else if (value && typeof value === 'object')
			checks = Object.entries(value).map(([key, inner]) => {
				if (!isGroup(key)) return undefined;
				const check = byValue(name, inner, isAny(key));
				return check === undefined ? undefined : negated(key) ? !check : check;
			});
		return collapse(checks, any);
	};
	const byObject = (object: unknown, any: boolean): boolean | undefined => {
		if (!object || typeof object !== 'object' || Array.isArray(object)) return undefined;
		const checks = Object.entries(object).map(([key, value]) => {
			let check: boolean | undefined;
			if (isGroup(key) && Array.isArray(value))
				check = collapse(
					value.map((v) => byObject(v, false)),
					isAny(key),
				);
			else if (isGroup(key) && value && typeof value === 'object') check = byObject(value, isAny(key));
			else check = byValue(key, value, false);
			return check === undefined ? undefined : negated(key) ? !check : check;
		});
		return collapse(checks, any);
	};
	return byObject(filters, false);
}

/** How many of the pages have each value of each filter, zeros included, as Pagefind counts them. */
export function countValues(results: Iterable<{ id: string }>, facets: Facets): Counts {
	const tally = new Uint32Array(facets.values.reduce((n, of) => n + of.length, 0));
	for (const { id } of results) {
		const own = facets.pages.get(id);
		if (own) for (const n of own) tally[n] = (tally[n] ?? 0) + 1;
	}
	const counts: Counts = {};
	let n = 0;
	facets.names.forEach((name, f) => {
		const of: Record<string, number> = {};
		for (const value of facets.values[f] ?? []) of[value] = tally[n++] ?? 0;
		counts[name] = of;
	});
	return counts;
}

/**
 * Pagefind's response to a search without filters, narrowed by `filters` and with the counts Pagefind
 * gives: `filters` over the narrowed results, `totalFilters` over all of them, which for a search with no
 * words (term `null`, where Pagefind's `unfilteredResultCount` is 0) Pagefind counts over no results.
 */
export function narrow<R extends { results: { id: string }[]; unfilteredResultCount?: number | undefined }>(
	response: R,
	filters: unknown,
	facets: Facets,
): R & { filters: Counts; totalFilters: Counts } {
	const total = countValues(response.unfilteredResultCount ? response.results : [], facets);
	if (!asksFilters(filters))
		return {
			...response,
			filters: response.unfilteredResultCount ? copy(total) : countValues(response.results, facets),
			totalFilters: total,
		};
	const results = response.results.filter((result) => pageMatches(facets.pages.get(result.id), filters, facets));
	return { ...response, results, filters: countValues(results, facets), totalFilters: total };
}

function copy(counts: Counts): Counts {
	return Object.fromEntries(Object.entries(counts).map(([name, values]) => [name, { ...values }]));
}
