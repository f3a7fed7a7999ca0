import type { APIRoute } from 'astro';
import { withBase } from '../site/urls.ts';

/** robots.txt: the web editor is not for search engines; the sitemap index that @astrojs/sitemap writes. */
export const GET: APIRoute = ({ site, url }) => {
	const sitemap = new URL(withBase('sitemap-index.xml'), site ?? url).href;
	return new Response(`User-agent: *\nDisallow: ${withBase('admin/')}\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
