import { feedKey } from '../site/cache-keys.ts';
import { catalogIndex, catalogPath, type CatalogFilter } from './catalog.ts';
import type { FeedChannel } from '../open-data/feed.ts';
import { PRACTICE_PREVIEW, topBy } from '../site/listing.ts';
import { municipalityPath, withBase } from '../site/urls.ts';
import type { MunicipalityEntry, PracticeView, SiteData } from '../site/site-data.ts';

/**
 * Whether a municipality has catalogue pages of its own. Its own page lists its newest
 * `PRACTICE_PREVIEW` practices, which is all of them for almost every municipality; only those with
 * more get catalogue pages, so 18,000 municipalities do not add 18,000 pages that repeat their own.
 */
export function hasCatalogPages(practiceCount: number): boolean {
	return practiceCount > PRACTICE_PREVIEW;
}

/** Where a municipality's practices are listed in full: its catalogue pages, or its own page. */
export function municipalityPracticesPath(data: SiteData, id: string): string {
	return hasCatalogPages(data.practicesBy.municipalities.get(id)?.length ?? 0)
		? catalogPath({ municipality: id })
		: `${municipalityPath(id)}#practices`;
}

/** Municipality links a catalogue page shows: those with the most practices, so no page grows with the corpus. */
export const MUNICIPALITY_LINKS = 30;

/**
 * What the filters beside a catalogue page show. Counts for each facet take the other facet's
 * selection into account; within a municipality, topic links lead to its region's topic pages, so
 * they count the region's practices. Each set is computed once, for the first page that needs it.
 */
export function catalogFacets(data: SiteData, filter: CatalogFilter) {
	const catalog = catalogIndex(data.practices);
	const selectedRegion =
		filter.region ?? (filter.municipality ? data.municipalityById.get(filter.municipality)?.data.region : undefined);
	const { replicated } = filter;
	const topicCounts = catalog.counts({ region: selectedRegion, replicated }, 'topics');
	const regionCounts = catalog.counts({ topic: filter.topic, replicated }, 'regions');
	const municipalityCounts = catalog.counts(
		{ region: selectedRegion, topic: filter.topic, replicated },
		'municipalities',
	);
	// A municipality has no «repeated» selection of its own (see CatalogIndex): its page lists its repeats.
	const replicatedCount = filter.municipality ? 0 : catalog.items({ ...filter, replicated: true }).length;
	const municipalities = catalog.memo(
		`municipality-links:${selectedRegion}|${filter.topic}|${replicated ? 'r' : ''}`,
		() => {
			const withPractices = [...municipalityCounts.keys()]
				.map((id) => data.municipalityById.get(id))
				.filter((m): m is MunicipalityEntry => m?.data.region === selectedRegion);
			const shown = topBy(
				withPractices,
				MUNICIPALITY_LINKS,
				(m) => municipalityCounts.get(m.id) ?? 0,
				(a, b) => a.data.name.localeCompare(b.data.name, 'ru'),
			);
			return { total: withPractices.length, shown };
		},
	);
	return { selectedRegion, topicCounts, regionCounts, municipalityCounts, municipalities, replicatedCount };
}

/** A catalogue selection in words: «Красноярск, тема «ТОС»», «тема «ТОС», повторяли в других городах», or empty for the whole catalogue. */
export function catalogHeading(data: SiteData, filter: CatalogFilter): string {
	const topicName = filter.topic ? data.topicById.get(filter.topic)?.data.name : undefined;
	const placeName = filter.municipality
		? data.municipalityById.get(filter.municipality)?.data.name
		: filter.region
			? data.regionById.get(filter.region)?.data.name
			: undefined;
	return [placeName, topicName && `тема «${topicName}»`, filter.replicated && 'повторяли в других городах']
		.filter(Boolean)
		.join(', ');
}

/** The catalogue groups that have pages: every selection, but municipalities with few practices (see `hasCatalogPages`). */
export function catalogGroups(data: SiteData) {
	return [...catalogIndex(data.practices).groups.values()].filter(
		(g) => !g.filter.municipality || hasCatalogPages(g.items.length),
	);
}

/** The feeds of catalogue selections of a topic within a place, beside their catalogue pages (`catalogFeedPath`). */
export function catalogFeeds(data: SiteData): {
	params: { filter: string };
	props: { channel: FeedChannel; practices: readonly PracticeView[] };
	cacheKey: string;
}[] {
	return catalogGroups(data)
		.filter(({ filter }) => filter.topic && (filter.region || filter.municipality) && !filter.replicated)
		.map(({ filter, items }) => {
			const heading = catalogHeading(data, filter);
			const channel = {
				title: `Практики: ${heading}`,
				description: `Новые и обновлённые практики в Базе муниципальных практик. Практики: ${heading}.`,
				page: catalogPath(filter),
			};
			return {
				params: { filter: catalogPath(filter).replace(withBase('practices/'), '').replace(/\/$/, '') },
				props: { channel, practices: items },
				cacheKey: feedKey(data, channel, items),
			};
		});
}
