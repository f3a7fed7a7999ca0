// Not type-checked: ../../pagefind/pagefind.js exists only in the built site.
/**
 * Pagefind's API with relaxed search. The search page points Pagefind's Component UI here
 * (`bundle-path="/search/engine/"`), so every search it makes goes through `relaxedSearch`.
 * The index and Pagefind itself stay in /pagefind/, where the build writes them.
 */
import * as pagefind from '../../pagefind/pagefind.js';
import { relaxedSearch } from './relax.js';

export { debouncedSearch, destroy, filters, init, mergeIndex, options, preload } from '../../pagefind/pagefind.js';

/** @param {string | null} term @param {any} [searchOptions] */
export const search = (term, searchOptions) => relaxedSearch(pagefind.search, term, searchOptions);

/** @param {any} [instanceOptions] */
export function createInstance(instanceOptions) {
	const instance = pagefind.createInstance({ basePath: new URL('../../pagefind/', import.meta.url).pathname, ...instanceOptions });
	const own = instance.search;
	return { ...instance, search: (/** @type {string | null} */ term, /** @type {any} */ searchOptions) => relaxedSearch(own, term, searchOptions) };
}
