/**
 * Pagefind's API with relaxed search. The search page points Pagefind's Component UI here
 * (`bundle-path="/search/engine/"`), so every search it makes goes through `relaxedSearch`. The build
 * bundles this module to /search/engine/pagefind.js (src/integrations/search-engine.ts): the Component UI
 * imports `<bundle-path>pagefind.js` and calls its `createInstance`, the only export it uses. The index
 * and Pagefind itself stay in /pagefind/, where the build writes them after `astro build`, and Pagefind is
 * loaded from there at run time.
 *
 * Facets are narrowed and counted here (facet-index.ts), from /pagefind/facets.json, and never by Pagefind:
 * its count of facet values grows with the number of results times the number of pages (see facet-index.ts).
 * Pagefind searches without filters, and never loads its own filter files.
 *
 * Facets load after the first results. The Component UI asks for every facet's values before its first
 * search; here its first question gets no facets, and the facet file loads once the first results are
 * shown (or at once when a search asks for a facet, from a shared link), and `FILTERS_READY` on `window`
 * tells the page to search again so the facet pane fills in.
 */
import {
	relaxedSearch,
	type Counts,
	type PagefindResponse,
	type PagefindResult,
	type SearchOptions,
} from './relaxed-search.ts';
import {
	asksFilters,
	countValues,
	decodeFacets,
	FACETS_FILE,
	narrow,
	type Facets,
	type FacetsFile,
} from './facet-index.ts';
import { FILTERS_READY } from './search-events.ts';

export { FILTERS_READY };

/** One Pagefind instance, as Pagefind's `createInstance` gives it and the Component UI uses it. */
export interface PagefindInstance {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	destroy: () => Promise<void>;
	mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
	search: (term: string | null, options?: SearchOptions) => Promise<PagefindResponse | null>;
	debouncedSearch: (
		term: string,
		options?: SearchOptions,
		debounceTimeoutMs?: number,
	) => Promise<PagefindResponse | null>;
	preload: (term: string, options?: SearchOptions) => Promise<void>;
	filters: () => Promise<Counts>;
}

/** Pagefind's own module, /pagefind/pagefind.js, as far as this one uses it. */
interface PagefindModule {
	createInstance: (options: Record<string, unknown>) => PagefindInstance;
}

/**
 * Where the build writes Pagefind and the index, under the site's base path as `withBase` gives it. Read
 * here rather than through site/urls.ts: the home page's map bundles that module too, and a chunk the two
 * shared would be one more request on each page, and one more round trip before Pagefind starts loading.
 */
const PAGEFIND_PATH = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

let pagefindModule: Promise<PagefindModule> | undefined;
/** Pagefind's module, loaded once; it exists only in the built site, so the bundler must not look for it. */
const loadPagefind = () =>
	(pagefindModule ??= import(/* @vite-ignore */ `${PAGEFIND_PATH}pagefind.js`) as Promise<PagefindModule>);

/** How long to wait for the list to ask for a result's text before the facets load anyway. */
const NO_TEXT_ASKED_MS = 1000;

/**
 * Calls `then` once the texts the result list asked for (each shown result's `data()`) have loaded, so
 * facet files never compete with what the reader is waiting for; at once when nothing was found.
 */
function afterFirstShown(results: PagefindResult[], then: () => void): void {
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
			void loaded.finally(() => --pending || finish());
			return loaded;
		};
	}
}

/** Pagefind's `createInstance`, whose instance searches with relaxation and counts facets from the facet file. */
export function createInstance(instanceOptions: Record<string, unknown> = {}): PagefindInstance {
	const ready = loadPagefind().then((pagefind) =>
		pagefind.createInstance({ basePath: PAGEFIND_PATH, ...instanceOptions }),
	);
	return withRelaxedSearch(ready, PAGEFIND_PATH);
}

/**
 * A Pagefind instance (once `ready`) that relaxes a query finding little and narrows and counts facets from
 * the facet file in `basePath`, loaded after the first results are shown.
 */
export function withRelaxedSearch(ready: Promise<PagefindInstance>, basePath: string): PagefindInstance {
	let loading: Promise<Facets> | undefined;
	let facets: Facets | undefined;
	const loadFacets = () => {
		loading ??= fetch(`${basePath}${FACETS_FILE}`)
			.then((response) => {
				if (!response.ok) throw new Error(`${FACETS_FILE}: ${response.status}`);
				return response.json() as Promise<FacetsFile>;
			})
			.then((file) => {
				facets = decodeFacets(file);
				globalThis.dispatchEvent?.(new Event(FILTERS_READY));
				return facets;
			});
		return loading;
	};
	/** Pagefind's search without its filters, narrowed and counted here once the facet file is in. */
	const faceted = async (term: string | null, searchOptions: SearchOptions = {}) => {
		const { filters, ...rest } = searchOptions;
		const response = await (await ready).search(term, rest);
		return response && facets ? narrow(response, filters, facets) : response;
	};
	return {
		options: async (options) => (await ready).options(options),
		init: async () => (await ready).init(),
		destroy: async () => (await ready).destroy(),
		mergeIndex: async (indexPath, options) => (await ready).mergeIndex(indexPath, options),
		debouncedSearch: async (term, options, debounceTimeoutMs) =>
			(await ready).debouncedSearch(term, options, debounceTimeoutMs),
		preload: async (term, options) => (await ready).preload(term, options),
		filters: async () =>
			facets
				? countValues(
						Array.from(facets.pages.keys(), (id) => ({ id })),
						facets,
					)
				: {},
		search: async (term, searchOptions) => {
			if (asksFilters(searchOptions?.filters)) await loadFacets();
			const response = await relaxedSearch(faceted, term, searchOptions, (results) =>
				facets ? countValues(results, facets) : {},
			);
			if (response && !facets) afterFirstShown(response.results, loadFacets);
			return response;
		},
	};
}
