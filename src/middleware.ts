import { defineMiddleware } from 'astro:middleware';
import { liveIndex, searchableSourcePath } from './lib/searchable-pages.ts';

/** During a build, hands every searchable page to the search index as it is rendered (see searchable-pages.ts). */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const index = liveIndex();
	if (!index) return response;
	const sourcePath = searchableSourcePath(context.url.pathname, import.meta.env.BASE_URL);
	if (!sourcePath) return response;
	const html = await response.text();
	await index.add(sourcePath, html);
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
