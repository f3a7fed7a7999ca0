// Not type-checked: ../../pagefind/pagefind.js exists only in the built site.
/**
 * Pagefind's API with relaxed search. The search page points Pagefind's Component UI here
 * (`bundle-path="/search/engine/"`), so every search it makes goes through `relaxedSearch`.
 * The index and Pagefind itself stay in /pagefind/, where the build writes them.
 *
 * Facets are narrowed and counted here (facets.js), from /pagefind/facets.json, and never by Pagefind:
 * its count of facet values grows with the number of results times the number of pages (see facets.js).
 * Pagefind searches without filters, and never loads its own filter files.
 *
 * Facets load after the first results. The Component UI asks for every facet's values before its first
 * search; here its first question gets no facets, and the facet file loads once the first results are
 * shown (or at once when a search asks for a facet, from a shared link), and `FILTERS_READY` on `window`
 * tells the page to search again so the facet pane fills in.
 */
import * as pagefind from '../../pagefind/pagefind.js';
import { relaxedSearch } from './relax.js';
import { asksFilters, countValues, decodeFacets, FACETS_FILE, narrow } from './facets.js';

export { debouncedSearch, destroy, filters, init, mergeIndex, options, preload } from '../../pagefind/pagefind.js';

/** The event the page hears when facet values have loaded. */
export const FILTERS_READY = 'search-filters-ready';

/** @param {string | null} term @param {any} [searchOptions] */
export const search = (term, searchOptions) => relaxedSearch(pagefind.search, term, searchOptions);

/** How long to wait for the list to ask for a result's text before the facets load anyway. */
const NO_TEXT_ASKED_MS = 1000;

/**
 * Calls `then` once the texts the result list asked for (each shown result's `data()`) have loaded, so
 * facet files never compete with what the reader is waiting for; at once when nothing was found.
 * @param {{ data: () => Promise<unknown> }[]} results @param {() => void} then
 */
function afterFirstShown(results, then) {
	let pending = 0;
	let done = false;
	const finish = () => {
		if (done) return;
		done = true;
		setTimeout(then, 0);
	};
	if (!results.length) return finish();
	const fallback = setTimeout(finish, NO_TEXT_ASKED_MS);
	for (const result of results) {
		const data = result.data;
		result.data = () => {
			clearTimeout(fallback);
			pending++;
			const loaded = data.call(result);
			loaded.finally(() => --pending || finish());
			return loaded;
		};
	}
}

/** @param {any} [instanceOptions] */
export function createInstance(instanceOptions) {
	const basePath = new URL('../../pagefind/', import.meta.url).pathname;
	const instance = pagefind.createInstance({ basePath, ...instanceOptions });
	const own = instance.search;
	/** @type {Promise<import('./facets.js').Facets> | undefined} */
	let loading;
	/** @type {import('./facets.js').Facets | undefined} */
	let facets;
	const loadFacets = () => {
		loading ??= fetch(`${basePath}${FACETS_FILE}`)
			.then((response) => {
				if (!response.ok) throw new Error(`${FACETS_FILE}: ${response.status}`);
				return response.json();
			})
			.then((file) => {
				facets = decodeFacets(file);
				globalThis.dispatchEvent?.(new Event(FILTERS_READY));
				return facets;
			});
		return loading;
	};
	/** Pagefind's search without its filters, narrowed and counted here once the facet file is in. */
	const faceted = async (/** @type {string | null} */ term, /** @type {any} */ searchOptions = {}) => {
		const { filters, ...rest } = searchOptions;
		const response = await own(term, rest);
		return response && facets ? narrow(response, filters, facets) : response;
	};
	return {
		...instance,
		filters: async () => (facets ? countValues(Array.from(facets.pages.keys(), (id) => ({ id })), facets) : {}),
		search: async (/** @type {string | null} */ term, /** @type {any} */ searchOptions) => {
			if (asksFilters(searchOptions?.filters)) await loadFacets();
			const response = await relaxedSearch(faceted, term, searchOptions, (results) => (facets ? countValues(results, facets) : {}));
			if (response && !facets) afterFirstShown(response.results, loadFacets);
			return response;
		},
	};
}
