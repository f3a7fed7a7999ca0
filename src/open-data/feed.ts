import rss from '@astrojs/rss';
import type { PracticeView, SiteData } from '../site/site-data.ts';
import { absolute, practicePath } from '../site/urls.ts';
import { firstDayOf } from './open-data.ts';

/** Practices in a feed: the most recently added or confirmed. A feed never grows with the corpus. */
export const FEED_SIZE = 50;

/** Newest first by the date a practice's facts were last confirmed, then by id, so every build agrees. */
const byConfirmed = (a: PracticeView, b: PracticeView) =>
	b.entry.data.lastConfirmed.localeCompare(a.entry.data.lastConfirmed) || a.id.localeCompare(b.id);

/** The `FEED_SIZE` practices a feed shows, newest first. */
export function latestConfirmed(practices: readonly PracticeView[]): PracticeView[] {
	return [...practices].sort(byConfirmed).slice(0, FEED_SIZE);
}

/** What a feed is about: its title and description in Russian, and the page it follows (a site path). */
export interface FeedChannel {
	title: string;
	description: string;
	page: string;
}

/**
 * An RSS 2.0 feed of new and updated practices of a selection (a topic, a region, a municipality, an
 * association, a catalogue filter or the whole base), built with @astrojs/rss.
 */
export function practiceFeed(
	context: { site: URL | undefined; url: URL },
	data: SiteData,
	channel: FeedChannel,
	practices: readonly PracticeView[],
): Promise<Response> {
	const { site, url } = context;
	return rss({
		title: channel.title,
		description: channel.description,
		site: absolute(channel.page, site, url),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>ru</language><atom:link href="${absolute(url.pathname, site, url)}" rel="self" type="application/rss+xml"/>`,
		items: latestConfirmed(practices).map((view) => ({
			title: `${view.entry.data.title} — ${view.ownerName}`,
			link: absolute(practicePath(view.id), site, url),
			description: view.entry.data.summary,
			pubDate: firstDayOf(view.entry.data.lastConfirmed),
			categories: view.topics.map((id) => data.topicById.get(id)?.data.name ?? id),
		})),
	});
}
