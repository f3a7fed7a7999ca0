import type { APIRoute } from 'astro';
import { siteData } from '../../site/site-data.ts';
import { DATA_LICENCE } from '../../open-data/open-data.ts';
import { cardPath, dataPath, publishedPractice } from '../../open-data/published-practices.ts';
import { absolute } from '../../site/urls.ts';

/** Every practice with every field, newest first. */
export const GET: APIRoute = async ({ site, url }) => {
	const data = await siteData();
	const body = {
		$schema: absolute(dataPath('practice.schema.json'), site, url),
		licence: DATA_LICENCE,
		count: data.practices.length,
		practices: await Promise.all(
			data.practices.map((view) => publishedPractice(view, absolute(cardPath(view), site, url), site, url)),
		),
	};
	return new Response(JSON.stringify(body, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
