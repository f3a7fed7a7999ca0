/**
 * Events the search engine (pagefind-api.ts) sends on `window` for the search page. Apart from the engine so
 * that the page's own script, which listens, does not bundle the engine the Component UI loads.
 */

/** The facet values have loaded: the page searches again so that the facet pane fills in. */
export const FILTERS_READY = 'search-filters-ready';
