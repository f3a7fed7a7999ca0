import { createHash } from 'node:crypto';
import type { CatalogFilter } from '../lib/catalog.ts';
import { catalogFacets } from './catalog-view.ts';
import { needsView } from './needs.ts';
import { memoize } from '../lib/memo.ts';
import type { MunicipalityEntry, PracticeView, SiteData } from './site.ts';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is copied instead of rendered. A key covers everything the
 * page shows: its own entry, the entries it names, and the small collections (regions, topics,
 * associations, events, sources, needs, glossary) whose names appear everywhere. Municipalities are
 * many, so a page depends only on those it shows.
 */

type Digestible = { id: string; digest?: string | number; data: unknown; body?: string | undefined };

const hash = (parts: unknown): string => createHash('sha1').update(JSON.stringify(parts)).digest('base64url');
/** The content store's digest of an entry: changes whenever its file does. */
const digestOf = (entry: Digestible | undefined): string | number => (entry ? (entry.digest ?? hash([entry.data, entry.body])) : '');

/** One digest of every small collection; an edit to any of them re-renders every keyed page. */
const smallCollections = memoize((data: SiteData): string => {
	const lists: Digestible[][] = [data.regions, data.topics, data.associations, data.events, data.sources, data.needs, data.glossary];
	return hash(lists.map((list) => list.map((e) => [e.id, digestOf(e)])));
});

/** What a practice shows in a list: its own entry and its owner's name. */
const listed = (data: SiteData, view: PracticeView) => [view.id, digestOf(view.entry), digestOf(data.municipalityById.get(view.owner))];

export function practiceCardKey(data: SiteData, view: PracticeView, related: readonly PracticeView[]): string {
	const municipalities = [...new Set([...view.municipalities, view.owner])].map((id) => digestOf(data.municipalityById.get(id)));
	return hash(['card', smallCollections(data), digestOf(view.entry), municipalities, related.map((r) => listed(data, r))]);
}

export function municipalityPageKey(data: SiteData, municipality: MunicipalityEntry, practices: readonly PracticeView[], shown: number): string {
	// «Что ищет» shows other municipalities' practices that answer its needs; «Чем может помочь», needs of others.
	const { byMunicipality, answers, helpsWith } = needsView(data);
	const needs = (byMunicipality.get(municipality.id) ?? []).map((n) => (answers.get(n) ?? []).map((a) => [listed(data, a.practice), a.reasons]));
	const helps = (helpsWith.get(municipality.id) ?? []).map((h) => [h.need.text, h.need.municipality, digestOf(data.municipalityById.get(h.need.municipality)), h.practices.map((p) => listed(data, p))]);
	return hash(['municipality', smallCollections(data), digestOf(municipality), practices.length, practices.slice(0, shown).map((p) => listed(data, p)), needs, helps]);
}

export function catalogPageKey(data: SiteData, filter: CatalogFilter, shown: readonly PracticeView[], total: number, page: number, pages: number): string {
	const facets = catalogFacets(data, filter);
	// A link's target depends on the municipality's total (hasCatalogPages), its label on the count here.
	const links = facets.municipalities.shown.map((m) => [m.id, digestOf(m), facets.municipalityCounts.get(m.id), data.practicesBy.municipalities.get(m.id)?.length]);
	return hash([
		'catalog',
		smallCollections(data),
		filter,
		digestOf(filter.municipality ? data.municipalityById.get(filter.municipality) : undefined),
		total,
		page,
		pages,
		shown.map((p) => listed(data, p)),
		[...facets.topicCounts],
		[...facets.regionCounts],
		links,
		facets.municipalities.total,
	]);
}
