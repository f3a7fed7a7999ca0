import { getCollection, type CollectionEntry } from 'astro:content';
import { yearOf } from '../lib/format-date.ts';

export type PracticeEntry = CollectionEntry<'practices'>;
export type MunicipalityEntry = CollectionEntry<'municipalities'>;

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
}

const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name, 'ru');

async function load() {
	const [practices, municipalities, regions, topics, associations, events, sources, needs, glossary] = await Promise.all([
		getCollection('practices'),
		getCollection('municipalities'),
		getCollection('regions'),
		getCollection('topics'),
		getCollection('associations'),
		getCollection('events'),
		getCollection('sources'),
		getCollection('needs'),
		getCollection('glossary'),
	]);
	const index = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
	const municipalityById = index(municipalities);
	const regionById = index(regions);
	const associationById = index(associations);

	const ownerName = (owner: string) =>
		municipalityById.get(owner)?.data.name ?? regionById.get(owner)?.data.name ?? associationById.get(owner)?.data.shortName ?? associationById.get(owner)?.data.name ?? owner;

	const views: PracticeView[] = practices.map((entry) => {
		const owner = entry.id.split('/')[0] ?? entry.id;
		const regionsOf = new Set(entry.data.regions);
		for (const m of entry.data.municipalities) {
			const region = municipalityById.get(m)?.data.region;
			if (region) regionsOf.add(region);
		}
		const resultYears = entry.data.results.filter((r) => !r.planned).map((r) => r.year);
		const { start, end } = entry.data.period;
		const year = start ? yearOf(start) : resultYears.length ? Math.max(...resultYears) : undefined;
		const years = new Set(resultYears);
		if (start) years.add(yearOf(start));
		if (end) years.add(yearOf(end));
		return {
			entry,
			id: entry.id,
			owner,
			ownerName: ownerName(owner),
			regions: [...regionsOf],
			topics: entry.data.topics,
			municipalities: entry.data.municipalities,
			year,
			years: [...years].sort(),
		};
	});
	// Newest first, then by title, so every list has a stable order.
	views.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.entry.data.title.localeCompare(b.entry.data.title, 'ru'));

	// Group once here, so a page looks its practices up instead of scanning the whole corpus.
	const group = (field: 'municipalities' | 'regions' | 'topics') => {
		const groups = new Map<string, PracticeView[]>();
		for (const view of views) {
			for (const id of view[field]) {
				const list = groups.get(id);
				if (list) list.push(view);
				else groups.set(id, [view]);
			}
		}
		return groups;
	};

	return {
		practices: views,
		practicesBy: { municipalities: group('municipalities'), regions: group('regions'), topics: group('topics') },
		practiceById: new Map(views.map((v) => [v.id, v])),
		municipalities: municipalities.sort(byName),
		municipalityById,
		regions: regions.sort(byName),
		regionById,
		topics: topics.sort((a, b) => a.data.order - b.data.order),
		topicById: index(topics),
		associations: associations.sort(byName),
		associationById,
		events: events.sort((a, b) => (b.data.start ?? '').localeCompare(a.data.start ?? '') || a.data.title.localeCompare(b.data.title, 'ru')),
		eventById: index(events),
		sources: sources.sort((a, b) => a.data.title.localeCompare(b.data.title, 'ru')),
		sourceById: index(sources),
		needs,
		glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'ru')),
		ownerName,
	};
}

export type SiteData = Awaited<ReturnType<typeof load>>;
let cached: Promise<SiteData> | undefined;

/** All content, indexed, loaded once per build and shared by every page. */
export function siteData(): Promise<SiteData> {
	cached ??= load();
	return cached;
}

/** Practices that name a given id in a given field, newest first. */
export function practicesWith(data: SiteData, field: 'municipalities' | 'regions' | 'topics', id: string): PracticeView[] {
	return data.practicesBy[field].get(id) ?? [];
}
