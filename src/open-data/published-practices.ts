import { feedKey } from '../site/cache-keys.ts';
import type { APIRoute } from 'astro';
import {
	absolute,
	associationPath,
	municipalityPath,
	practicePath,
	regionPath,
	topicPath,
	withBase,
} from '../site/urls.ts';
import type { PublishedPractice } from './open-data.ts';
export { practiceColumns } from './practice-csv.ts';
import { practicesWith, siteData, type PracticeView } from '../site/site-data.ts';
import { practiceFeed } from './feed.ts';
import { practicePhotos, type PracticePhoto } from '../practice-text/practice-photos.ts';

/** A practice's photos as open data gives them: with absolute addresses. */
export async function publishedPhotos(
	view: PracticeView,
	site: URL | undefined,
	fallback: URL,
): Promise<PracticePhoto[]> {
	return (await practicePhotos(view)).map((photo) => ({ ...photo, url: absolute(photo.url, site, fallback) }));
}

/** A practice as published in practices.json: every field of its file, its address, its text and photos, and its repeats (newest first). */
export async function publishedPractice(
	view: PracticeView,
	url: string,
	site: URL | undefined,
	fallback: URL,
): Promise<PublishedPractice> {
	const photos = await publishedPhotos(view, site, fallback);
	const replications = ((await siteData()).replicationsBy.practices.get(view.id) ?? []).map(
		({ id, data: { practice: _practice, ...fields } }) => ({ id, ...fields }),
	);
	// The year the status is known for is always given, taken from the first source where the file leaves it out.
	return {
		id: view.id,
		url,
		owner: view.owner,
		...view.entry.data,
		...(view.statusYear === undefined ? {} : { statusAsOf: view.statusYear }),
		text: view.entry.body ?? '',
		photos,
		replications,
	};
}

/** Site path of a practice's card, without the base (for `absolute`). */
export const cardPath = (view: PracticeView) => practicePath(view.id);
export const dataPath = (file: string) => withBase(`data/${file}`);

/** The pages that have a feed of their practices beside them, and what each feed is called. */
const FEED_PAGES = {
	topics: { path: topicPath, title: (name: string) => `Практики по теме «${name}»` },
	regions: { path: regionPath, title: (name: string) => `Практики: ${name}` },
	municipalities: { path: municipalityPath, title: (name: string) => `Практики: ${name}` },
	associations: { path: associationPath, title: (name: string) => `Практики ассоциации «${name}»` },
} as const;

/**
 * The `getStaticPaths` and `GET` of the feeds beside every topic, region, municipality or association
 * page (`/topics/<id>/rss.xml`): that page's practices, the latest `FEED_SIZE`.
 */
export function entityFeeds(collection: keyof typeof FEED_PAGES) {
	const { path, title } = FEED_PAGES[collection];
	return {
		getStaticPaths: async () => {
			const data = await siteData();
			return data[collection].map((entry) => ({
				params: { id: entry.id },
				props: { id: entry.id, name: entry.data.name },
				cacheKey: feedKey(data, [collection, entry.data.name], practicesWith(data, collection, entry.id)),
			}));
		},
		GET: (async (context) => {
			const { id, name } = context.props as { id: string; name: string };
			const data = await siteData();
			const channel = {
				title: title(name),
				description: `Новые и обновлённые практики в Базе муниципальных практик. ${title(name)}.`,
				page: path(id),
			};
			return practiceFeed(context, data, channel, practicesWith(data, collection, id));
		}) satisfies APIRoute,
	};
}
