import { catalogIndex, catalogPath, type CatalogFilter } from './catalog.ts';
import { PRACTICE_PREVIEW, topBy } from '../site/listing.ts';
import { municipalityPath } from '../site/urls.ts';
import type { MunicipalityEntry, SiteData } from '../site/collections.ts';

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
	return hasCatalogPages(data.practicesBy.municipalities.get(id)?.length ?? 0) ? catalogPath({ municipality: id }) : `${municipalityPath(id)}#practices`;
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
	const selectedRegion = filter.region ?? (filter.municipality ? data.municipalityById.get(filter.municipality)?.data.region : undefined);
	const topicCounts = catalog.counts({ region: selectedRegion }, 'topics');
	const regionCounts = catalog.counts({ topic: filter.topic }, 'regions');
	const municipalityCounts = catalog.counts({ region: selectedRegion, topic: filter.topic }, 'municipalities');
	const municipalities = catalog.memo(`municipality-links:${selectedRegion}|${filter.topic}`, () => {
		const withPractices = [...municipalityCounts.keys()]
			.map((id) => data.municipalityById.get(id))
			.filter((m): m is MunicipalityEntry => m?.data.region === selectedRegion);
		const shown = topBy(withPractices, MUNICIPALITY_LINKS, (m) => municipalityCounts.get(m.id) ?? 0, (a, b) => a.data.name.localeCompare(b.data.name, 'ru'));
		return { total: withPractices.length, shown };
	});
	return { selectedRegion, topicCounts, regionCounts, municipalityCounts, municipalities };
}
