/** Site paths, all with a trailing slash, relative to the site's base path. */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Prefixes a root-relative path with the deployment base (`/` locally, `/repo/` on GitHub Pages). */
export function withBase(path: string): string {
	return `${base}${path.replace(/^\//, '')}`;
}

export const practicePath = (id: string) => withBase(`practices/${id}/`);
export const municipalityPath = (id: string) => withBase(`municipalities/${id}/`);
export const regionPath = (id: string) => withBase(`regions/${id}/`);
export const regionMunicipalitiesPath = (id: string, page = 1) =>
	withBase(`regions/${id}/municipalities/${page > 1 ? `${page}/` : ''}`);
export const topicPath = (id: string) => withBase(`topics/${id}/`);
export const associationPath = (id: string) => withBase(`associations/${id}/`);
export const eventPath = (id: string) => withBase(`events/${id}/`);
export const sourcePath = (id: string) => withBase(`sources/${id}/`);
export const glossaryPath = (id: string) => withBase(`glossary/#${id}`);
/** The RSS feed of a page's selection: `rss.xml` beside the page (`/topics/tos/rss.xml`). */
export const feedPath = (pagePath: string) => `${pagePath}rss.xml`;

/** Absolute address of a site path: on the public site if its address is known, else where it is built. */
export function absolute(path: string, site: URL | undefined, fallback: URL): string {
	return new URL(path, site ?? fallback).href;
}
