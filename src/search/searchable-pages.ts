/**
 * Which built pages the search index reads: practice cards and municipality pages. Pagefind indexes
 * those among them that mark their content with `data-pagefind-body` (cards, and municipality pages
 * with content of their own) and ignores the rest.
 */

/** Catalogue folders under practices/ that share the `practices/<a>/<b>/` shape with practice cards. */
const CATALOGUE_PREFIXES = new Set(['region', 'topic', 'municipality']);

/** The files under dist/ that may be searchable, as a glob for Pagefind's `addDirectory`. */
export const SEARCHABLE_GLOB = '{practices/*/*/index.html,municipalities/*/index.html}';

/**
 * The file of a page that may be searchable (a practice card or a municipality page), relative to
 * dist/, or `undefined` for every other page. `pathname` includes the deployment base.
 */
export function searchableSourcePath(pathname: string, base: string): string | undefined {
	const path = decodeURI(pathname).slice(base.replace(/\/?$/, '/').length - 1).replace(/^\//, '');
	const parts = path.split('/').filter(Boolean);
	const isCard = parts.length === 3 && parts[0] === 'practices' && !CATALOGUE_PREFIXES.has(parts[1] as string);
	const isMunicipality = parts.length === 2 && parts[0] === 'municipalities';
	return isCard || isMunicipality ? `${parts.join('/')}/index.html` : undefined;
}
