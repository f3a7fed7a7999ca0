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
