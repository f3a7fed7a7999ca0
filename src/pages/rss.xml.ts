import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { siteData } from '../site/collections.ts';
import { firstDayOf } from '../open-data/open-data.ts';
import { withBase } from '../site/urls.ts';
import { absolute, cardPath } from '../open-data/collections.ts';

/** Practices in the feed: the most recently added or confirmed. */
const FEED_SIZE = 50;

/** New and updated practices: ordered by the date their facts were last confirmed. */
export const GET: APIRoute = async ({ site, url }) => {
	const data = await siteData();
	const recent = [...data.practices]
		.sort((a, b) => b.entry.data.lastConfirmed.localeCompare(a.entry.data.lastConfirmed) || a.id.localeCompare(b.id))
		.slice(0, FEED_SIZE);
	return rss({
		title: 'База муниципальных практик: новые и обновлённые практики',
		description: 'Практики муниципалитетов России: что сделано, каких результатов достигли, как повторить.',
		site: absolute(withBase(''), site, url),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>ru</language><atom:link href="${absolute(withBase('rss.xml'), site, url)}" rel="self" type="application/rss+xml"/>`,
		items: recent.map((view) => ({
			title: `${view.entry.data.title} — ${view.ownerName}`,
			link: absolute(cardPath(view), site, url),
			description: view.entry.data.summary,
			pubDate: firstDayOf(view.entry.data.lastConfirmed),
			categories: view.topics.map((id) => data.topicById.get(id)?.data.name ?? id),
		})),
	});
};
