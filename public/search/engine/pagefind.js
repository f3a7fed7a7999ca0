// Not type-checked: ../../pagefind/pagefind.js exists only in the built site.
/**
 * Pagefind's API with relaxed search. The search page points Pagefind's Component UI here
 * (`bundle-path="/search/engine/"`), so every search it makes goes through `relaxedSearch`.
 * The index and Pagefind itself stay in /pagefind/, where the build writes them.
 *
 * Facets load after the first results. The Component UI asks for every facet's values before its first
 * search, and at 20,000 practices those files are the largest part of the download and make each search
 * count them. Here its first question gets no facets; they load once the first results are shown, and
 * `FILTERS_READY` on `window` tells the page to search again so the facet pane fills in.
 */
import * as pagefind from '../../pagefind/pagefind.js';
import { relaxedSearch } from './relax.js';

export { debouncedSearch, destroy, filters, init, mergeIndex, options, preload } from '../../pagefind/pagefind.js';

/** The event the page hears when facet values have loaded. */
export const FILTERS_READY = 'search-filters-ready';

/** @param {string | null} term @param {any} [searchOptions] */
export const search = (term, searchOptions) => relaxedSearch(pagefind.search, term, searchOptions);

/** Results whose texts load before the facets: the first screen of the result list. */
const FIRST_SCREEN = 5;

/**
 * Calls `then` once the list has loaded the texts of its first results (each result's `data()`), so
 * facet files never compete with what the reader is waiting for; at once when nothing was found.
 * @param {{ data: () => Promise<unknown> }[]} results @param {() => void} then
 */
function afterFirstShown(results, then) {
	let waiting = Math.min(results.length, FIRST_SCREEN);
	if (!waiting) return void setTimeout(then, 0);
	for (const result of results.slice(0, FIRST_SCREEN)) {
		const data = result.data;
		result.data = () => {
			const loaded = data.call(result);
			loaded.finally(() => --waiting || setTimeout(then, 0));
			return loaded;
		};
	}
}

/** @param {any} [instanceOptions] */
export function createInstance(instanceOptions) {
	const instance = pagefind.createInstance({ basePath: new URL('../../pagefind/', import.meta.url).pathname, ...instanceOptions });
	const own = instance.search;
	/** @type {Promise<Record<string, Record<string, number>>> | undefined} */
	let facets;
	const loadFacets = () => {
		if (facets) return;
		facets = instance.filters();
		facets.then(() => globalThis.dispatchEvent?.(new Event(FILTERS_READY)));
	};
	return {
		...instance,
		filters: () => facets ?? Promise.resolve({}),
		search: async (/** @type {string | null} */ term, /** @type {any} */ searchOptions) => {
			const response = await relaxedSearch(own, term, searchOptions);
			if (response && !facets) afterFirstShown(response.results, loadFacets);
			return response;
		},
	};
}
