import type { CollectionEntry } from 'astro:content';
import { yearOf } from './format-date.ts';
import { statusText, statusYear } from './status.ts';

export type PracticeEntry = CollectionEntry<'practices'>;

/** A practice with what pages derive from it, computed once per build. */
export interface PracticeView {
	entry: PracticeEntry;
	id: string;
	/** Folder of the entry: the municipality, region or association that runs it. */
	owner: string;
	/** Name of the owner for headings and lists: «Красноярск», «Липецкая область». */
	ownerName: string;
	/** Regions of the practice and of all its municipalities. */
	regions: string[];
	topics: string[];
	municipalities: string[];
	/** Year the practice started, or of its latest result, for sorting; `undefined` if unknown. */
	year: number | undefined;
	/** Every year the sources place the practice in: its start and end and the years of its results. */
	years: number[];
	/** The year its status is known for (see `statusYear`). */
	statusYear: number | undefined;
	/** Its status with that year, as every page shows it: «действует (по данным на 2020 г.)». */
	statusText: string;
	/** Whether another municipality has repeated it (see `SiteData['replicationsBy']`). */
	replicated: boolean;
}

/** What a practice's view looks up in the other collections. */
export interface ViewLookups {
	municipalityRegion: (id: string) => string | undefined;
	sourcePublished: (id: string) => string | undefined;
	ownerName: (owner: string) => string;
	replicated: (practice: string) => boolean;
}

/**
 * The view of one practice: its regions with those of its municipalities, its years, and the year its status
 * is known for. Pure, so the open-data CSV can be made from files without building the site.
 */
export function practiceView(
	entry: Pick<PracticeEntry, 'id' | 'data'> & Partial<PracticeEntry>,
	lookups: ViewLookups,
): PracticeView {
	const owner = entry.id.split('/')[0] ?? entry.id;
	const regionsOf = new Set(entry.data.regions);
	for (const m of entry.data.municipalities) {
		const region = lookups.municipalityRegion(m);
		if (region) regionsOf.add(region);
	}
	const resultYears = entry.data.results.filter((r) => !r.planned).map((r) => r.year);
	const { start, end } = entry.data.period;
	const year = start ? yearOf(start) : resultYears.length ? Math.max(...resultYears) : undefined;
	const years = new Set(resultYears);
	if (start) years.add(yearOf(start));
	if (end) years.add(yearOf(end));
	const statusSource = entry.data.statusSource ?? entry.data.sources[0]?.source;
	const knownIn = statusYear(entry.data.statusAsOf, statusSource ? lookups.sourcePublished(statusSource) : undefined);
	return {
		entry: entry as PracticeEntry,
		id: entry.id,
		owner,
		ownerName: lookups.ownerName(owner),
		regions: [...regionsOf],
		topics: entry.data.topics,
		municipalities: entry.data.municipalities,
		year,
		years: [...years].sort(),
		statusYear: knownIn,
		statusText: statusText(entry.data.status, knownIn),
		replicated: lookups.replicated(entry.id),
	};
}
