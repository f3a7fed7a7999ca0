/**
 * The facets of search: the URL parameter of each and the filter name Pagefind shows to the reader.
 * Pages set filters by these names; the search page maps them to and from the URL. There is no
 * municipality facet: with one value per municipality (18,000 at 20,000 practices) it was the largest
 * file the first query loaded and made every search count it, 2.4 s instead of 0.27 s; a municipality's
 * name finds its practices as a query word, and its page lists them.
 */
export const SEARCH_FACETS = {
	topic: 'Тема',
	region: 'Регион',
	kind: 'Вид муниципалитета',
	year: 'Год',
	status: 'Статус',
	replicated: 'Повторяли в других городах',
} as const;
export type SearchFacet = keyof typeof SEARCH_FACETS;

/** The one value of the «Повторяли в других городах» facet, set on the cards of practices another municipality repeated. */
export const REPLICATED_VALUE = 'да';

/** Pagefind filters `{ Тема: [...] }` from URL parameters `?topic=…&topic=…`. */
export function filtersFromParams(params: URLSearchParams): Record<string, string[]> {
	const filters: Record<string, string[]> = {};
	for (const [param, name] of Object.entries(SEARCH_FACETS)) {
		const values = params.getAll(param).filter(Boolean);
		if (values.length) filters[name] = values;
	}
	return filters;
}

/** URL parameters for a query, its filters and sort order; empty parts are left out. */
export function paramsFromState(term: string, filters: Record<string, unknown>, sort: string): URLSearchParams {
	const params = new URLSearchParams();
	if (term.trim()) params.set('q', term.trim());
	for (const [param, name] of Object.entries(SEARCH_FACETS)) {
		const value = filters[name];
		const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
		for (const v of values) params.append(param, String(v));
	}
	if (sort) params.set('sort', sort);
	return params;
}

/** How many facet values and orders other than relevance are chosen: what «Фильтры и порядок» says it holds. */
export function chosenCount(filters: Record<string, unknown>, sort: string): number {
	const values = Object.values(filters).reduce<number>(
		(n, value) => n + (Array.isArray(value) ? value.length : typeof value === 'string' ? 1 : 0),
		0,
	);
	return values + (sort ? 1 : 0);
}

/** Pagefind sort option for the `sort` URL parameter. */
export function sortOption(sort: string | null): Record<string, 'asc' | 'desc'> {
	if (sort === 'year-desc') return { year: 'desc' };
	if (sort === 'year-asc') return { year: 'asc' };
	return {};
}
