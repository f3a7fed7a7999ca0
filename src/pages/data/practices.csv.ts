import type { APIRoute } from 'astro';
import { siteData } from '../../data/site.ts';
import { toCsv } from '../../lib/open-data.ts';
import { absolute, cardPath, practiceColumns } from '../../data/open-data.ts';

/** One row per practice, for Excel and other spreadsheets. */
export const GET: APIRoute = async ({ site, url }) => {
	const data = await siteData();
	const columns = practiceColumns(data);
	const rows = data.practices.map((view) => {
		const address = absolute(cardPath(view), site, url);
		return columns.map(([, cell]) => cell(view, address));
	});
	return new Response(toCsv([columns.map(([header]) => header), ...rows]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
