import type { APIRoute } from 'astro';
import { siteData } from '../site/site-data.ts';
import { practiceFeed } from '../open-data/feed.ts';
import { withBase } from '../site/urls.ts';

/** New and updated practices of the whole base. */
export const GET: APIRoute = async (context) => {
	const data = await siteData();
	return practiceFeed(
		context,
		data,
		{
			title: 'База муниципальных практик: новые и обновлённые практики',
			description: 'Практики муниципалитетов России: что сделано, каких результатов достигли, как повторить.',
			page: withBase(''),
		},
		data.practices,
	);
};
