/**
 * Pages handed to the search index while Astro renders them, so Pagefind (a separate process) indexes
 * on the second core instead of reading every file again after the last page is written. The
 * integration (`pagefind-index.ts`) opens the index and registers it here; the middleware passes each
 * searchable page's HTML. Both run in the build's one process, so `globalThis` is where they meet.
 */
export interface LiveIndex {
	/**
	 * Queues a page for indexing; `sourcePath` is its file under dist/, which Pagefind turns into the
	 * URL. Returns a promise to wait for when Pagefind has fallen behind, so pages waiting for it do
	 * not pile up in memory; `undefined` otherwise.
	 */
	add(sourcePath: string, html: string): Promise<unknown> | undefined;
}

const KEY = Symbol.for('municipal-practices.live-index');
type Registry = { [KEY]?: LiveIndex | undefined };

export function setLiveIndex(index: LiveIndex | undefined): void {
	(globalThis as Registry)[KEY] = index;
}

export function liveIndex(): LiveIndex | undefined {
	return (globalThis as Registry)[KEY];
}

/** Catalogue folders under practices/ that share the `practices/<a>/<b>/` shape with practice cards. */
const CATALOGUE_PREFIXES = new Set(['region', 'topic', 'municipality']);

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
