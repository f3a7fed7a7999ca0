import { createHash } from 'node:crypto';
import { catalogFacets } from '../catalog/catalog-pages.ts';
import type { CatalogFilter } from '../catalog/catalog.ts';
import { needsView } from '../needs/needs-view.ts';
import { memoize } from './memo.ts';
import { repositoryFrom } from '../replications/replications.ts';
import type { MunicipalityEntry, PracticeView, ReplicationEntry, SiteData } from './site-data.ts';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code
 * are unchanged since the last build is copied from the last build instead of rendered. A key covers
 * what the page shows: its own entries by digest, what it derives from others (names, statuses, counts,
 * needs' answers), and the small collections (regions, topics, associations, events, sources, needs,
 * glossary) whose names and titles appear on almost every page. Municipalities are many, so a page
 * depends only on those it names. `tests/build/rebuild.test.ts` rebuilds after edits of each kind and
 * compares every page with a clean build.
 */

type Entry = { id: string; digest?: string | number; data: unknown; body?: string | undefined };

const hash = (parts: unknown): string => createHash('sha1').update(JSON.stringify(parts)).digest('base64url');
/** The content store's digest of an entry: it changes whenever the entry's file does. */
const digestOf = (entry: Entry | undefined): string | number =>
	entry ? (entry.digest ?? hash([entry.data, entry.body])) : '';

/** One digest of the small collections and of the build's settings a page shows; an edit to any re-renders every keyed page. */
const siteKey = memoize((data: SiteData): string => {
	const lists: Entry[][] = [
		data.regions,
		data.topics,
		data.associations,
		data.events,
		data.sources,
		data.needs,
		data.glossary,
	];
	// The card's link to the form «Мы повторили практику» names the repository, which the build's environment sets.
	return hash([lists.map((list) => list.map((e) => [e.id, digestOf(e)])), repositoryFrom(process.env)]);
});

/** A repeat as lists show it: its own file and the name of who repeated. */
const repeatKey = (data: SiteData, r: ReplicationEntry) => [
	r.id,
	digestOf(r),
	digestOf(data.municipalityById.get(r.data.municipality)),
];

/** What a practice shows wherever it is listed: its entry, what is derived from others (owner, regions, status), its repeats. */
export function listedKey(data: SiteData, view: PracticeView) {
	const repeats = (data.replicationsBy.practices.get(view.id) ?? []).map((r) => repeatKey(data, r));
	return [view.id, digestOf(view.entry), view.ownerName, view.regions, view.statusText, view.year, repeats];
}

const municipalityNames = (data: SiteData, ids: readonly string[]) =>
	ids.map((id) => [id, digestOf(data.municipalityById.get(id))]);

/** A practice's card: the practice, every municipality it names, its repeats and «Похожие практики». */
export function practiceCardKey(data: SiteData, view: PracticeView, related: readonly PracticeView[]): string {
	const p = view.entry.data;
	return hash([
		'card',
		siteKey(data),
		listedKey(data, view),
		municipalityNames(data, [...p.municipalities, ...p.participants]),
		related.map((r) => listedKey(data, r)),
	]);
}

/** A municipality's page: its entry, its practices and those it took part in, repeats both ways, needs and what answers them. */
export function municipalityPageKey(data: SiteData, municipality: MunicipalityEntry): string {
	const id = municipality.id;
	const listed = (views: readonly PracticeView[] | undefined) => (views ?? []).map((v) => listedKey(data, v));
	const { byMunicipality, answers, helpsWith } = needsView(data);
	const needs = (byMunicipality.get(id) ?? []).map((n) =>
		(answers.get(n) ?? []).map((a) => [listedKey(data, a.practice), a.reasons]),
	);
	const helps = (helpsWith.get(id) ?? []).map((h) => [
		h.need.text,
		h.need.municipality,
		digestOf(data.municipalityById.get(h.need.municipality)),
		listed(h.practices),
	]);
	const repeatedPractice = (r: ReplicationEntry) => {
		const view = data.practiceById.get(r.data.practice);
		return view && listedKey(data, view);
	};
	const repeated = (data.replicationsBy.municipalities.get(id) ?? []).map((r) => [
		repeatKey(data, r),
		repeatedPractice(r),
	]);
	const repeatedOurs = (data.replicationsBy.carriers.get(id) ?? []).map((r) => [
		repeatKey(data, r),
		data.practiceById.get(r.data.practice)?.entry.data.title,
	]);
	return hash([
		'municipality',
		siteKey(data),
		digestOf(municipality),
		listed(data.practicesBy.municipalities.get(id)),
		listed(data.practicesBy.participants.get(id)),
		needs,
		helps,
		repeated,
		repeatedOurs,
	]);
}

/** A catalogue page: the practices it lists and the counts and links of its filters. */
export function catalogPageKey(
	data: SiteData,
	filter: CatalogFilter,
	matching: readonly PracticeView[],
	shown: readonly PracticeView[],
	page: number,
	pages: number,
): string {
	const facets = catalogFacets(data, filter);
	// A municipality link's target depends on its total (hasCatalogPages), its label on the count here.
	const links = facets.municipalities.shown.map((m) => [
		m.id,
		digestOf(m),
		facets.municipalityCounts.get(m.id),
		data.practicesBy.municipalities.get(m.id)?.length,
	]);
	const place = filter.municipality ? digestOf(data.municipalityById.get(filter.municipality)) : '';
	return hash([
		'catalog',
		siteKey(data),
		filter,
		place,
		matching.length,
		page,
		pages,
		shown.map((p) => listedKey(data, p)),
		[...facets.topicCounts],
		[...facets.regionCounts],
		facets.replicatedCount,
		links,
		facets.municipalities.total,
	]);
}

/**
 * A page about a topic, region, association, event or source, a region's list of municipalities, or a
 * compendium: everything it may show of the practices and municipalities it names. Few such pages exist,
 * so the key takes all of them rather than the part each page shows.
 */
export function subjectPageKey(
	data: SiteData,
	kind: string,
	subject: Entry,
	practices: readonly PracticeView[],
	municipalities: readonly MunicipalityEntry[] = [],
	extra: unknown = null,
): string {
	const named = new Set(practices.flatMap((p) => [...p.entry.data.municipalities, ...p.entry.data.participants]));
	return hash([
		kind,
		siteKey(data),
		subject.id,
		digestOf(subject),
		practices.map((p) => listedKey(data, p)),
		municipalityNames(data, [...named]),
		municipalities.map((m) => [m.id, digestOf(m), data.practicesBy.municipalities.get(m.id)?.length ?? 0]),
		extra,
	]);
}

/** A feed beside a page (`rss.xml`): its channel and the practices it may list. */
export function feedKey(data: SiteData, channel: unknown, practices: readonly PracticeView[]): string {
	return hash(['feed', siteKey(data), channel, practices.map((p) => listedKey(data, p))]);
}
