import type { APIRoute } from 'astro';
import { siteData } from '../../../site/site-data.ts';
import { catalogFeeds } from '../../../catalog/catalog-pages.ts';
import { practiceFeed } from '../../../open-data/feed.ts';

/**
 * A feed for each catalogue selection of a topic within a region or municipality:
 * /practices/region/<r>/topic/<t>/rss.xml. Single selections are followed by their own pages' feeds.
 */
export async function getStaticPaths() {
	return catalogFeeds(await siteData());
}

export const GET: APIRoute = async (context) => {
	const { channel, practices } = context.props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	return practiceFeed(context, await siteData(), channel, practices);
};
