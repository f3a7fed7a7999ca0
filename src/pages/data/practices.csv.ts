import type { APIRoute } from 'astro';
import { siteData } from '../../site/site-data.ts';
import { toCsv } from '../../open-data/open-data.ts';
import { cardPath, practiceColumns, publishedPhotos } from '../../open-data/published-practices.ts';
import { absolute } from '../../site/urls.ts';

/** One row per practice, for Excel and other spreadsheets. */
export const GET: APIRoute = async ({ site, url }) => {
	const data = await siteData();
	const columns = practiceColumns(data);
	const rows = await Promise.all(
		data.practices.map(async (view) => {
			const address = absolute(cardPath(view), site, url);
			const photos = await publishedPhotos(view, site, url);
			return columns.map(([, cell]) => cell(view, address, photos));
		}),
	);
	return new Response(toCsv([columns.map(([header]) => header), ...rows]), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
