/**
 * The built files the search index reads, as a glob over dist/ for Pagefind's `addDirectory`: practice
 * cards and municipality pages. Catalogue pages share the `practices/<a>/<b>/` shape; Pagefind indexes
 * only the pages that mark their content with `data-pagefind-body` (cards, and municipality pages with
 * content of their own) and skips the rest, so that attribute is what decides.
 */
export const SEARCHABLE_GLOB = '{practices/*/*/index.html,municipalities/*/index.html}';
