import { memoize } from '../site/memo.ts';
import { feedPath, municipalityPath, regionPath, topicPath, withBase } from '../site/urls.ts';

/**
 * A selection in the catalogue: a place (region or municipality) and a topic, each optional, and whether
 * only practices other municipalities repeated are shown (with a region and a topic, not a municipality).
 */
export interface CatalogFilter {
	region?: string | undefined;
	municipality?: string | undefined;
	topic?: string | undefined;
	replicated?: boolean | undefined;
}

/** What the catalogue needs to know of a practice to filter it. */
export interface Filterable {
	topics: readonly string[];
	regions: readonly string[];
	municipalities: readonly string[];
	/** Another municipality repeated it. */
	replicated?: boolean;
}

/** The fields of a practice whose values the catalogue counts beside its filter links. */
export type FacetField = 'topics' | 'regions' | 'municipalities';

/** Practices per catalogue page; listing pages never grow with the corpus. */
export const CATALOG_PAGE_SIZE = 20;

/** Path of a catalogue page: `/practices/region/<r>/topic/<t>/2/`. Page 1 has no number. */
export function catalogPath(filter: CatalogFilter, page = 1): string {
	const parts: string[] = ['practices'];
	if (filter.replicated) parts.push('replicated');
	if (filter.municipality) parts.push('municipality', filter.municipality);
	else if (filter.region) parts.push('region', filter.region);
	if (filter.topic) parts.push('topic', filter.topic);
	if (page > 1) parts.push(String(page));
	return withBase(`${parts.join('/')}/`);
}

/**
 * The feed that follows a catalogue selection: a topic within a place has its own, beside its catalogue
 * page; a single topic, region or municipality is followed by the feed of its own page; no selection,
 * by the feed of the whole base.
 */
export function catalogFeedPath(filter: CatalogFilter): string {
	// A repeated practice is new to the feed of its selection anyway: the selection without the mark has the feed.
	if (filter.replicated) return catalogFeedPath({ ...filter, replicated: undefined });
	if (filter.topic && (filter.region || filter.municipality)) return feedPath(catalogPath(filter));
	if (filter.municipality) return feedPath(municipalityPath(filter.municipality));
	if (filter.region) return feedPath(regionPath(filter.region));
	if (filter.topic) return feedPath(topicPath(filter.topic));
	return withBase('rss.xml');
}

/** How many items of `items` have each value of a field: the counts shown beside filter links. */
export function countBy(items: readonly Filterable[], field: FacetField): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) for (const value of new Set(item[field])) counts.set(value, (counts.get(value) ?? 0) + 1);
	return counts;
}

/** Key of a selection, for maps: `region|municipality|topic|replicated`. */
export function filterKey(filter: CatalogFilter): string {
	return `${filter.region ?? ''}|${filter.municipality ?? ''}|${filter.topic ?? ''}|${filter.replicated ? 'r' : ''}`;
}

/** Every selection with its practices, in the order of `items`. */
export interface CatalogGroup<T> {
	filter: CatalogFilter;
	items: T[];
}

/**
 * The catalogue of a corpus, grouped in one pass: every selection that has at least one practice (all,
 * each topic, each region, each region with each of its topics, each municipality) with its practices,
 * and the counts beside filter links, computed once per selection they depend on. A page then costs
 * what it shows, not what the corpus holds. A municipality has a handful of practices at most, so it
 * gets no topic pages of its own: they would triple the number of pages and add nothing. The practices
 * others repeated get the same selections but a municipality's, so their pages grow with the repeats alone.
 */
export class CatalogIndex<T extends Filterable> {
	readonly groups = new Map<string, CatalogGroup<T>>();
	readonly #memo = new Map<string, unknown>();

	constructor(items: readonly T[]) {
		const add = (filter: CatalogFilter, item: T) => {
			const key = filterKey(filter);
			const group = this.groups.get(key);
			if (group) group.items.push(item);
			else this.groups.set(key, { filter, items: [item] });
		};
		this.groups.set(filterKey({}), { filter: {}, items: [] });
		for (const item of items) {
			for (const mark of item.replicated ? [{}, { replicated: true }] : [{}]) {
				add(mark, item);
				for (const topic of new Set(item.topics)) add({ ...mark, topic }, item);
				for (const region of new Set(item.regions)) {
					add({ ...mark, region }, item);
					for (const topic of new Set(item.topics)) add({ ...mark, region, topic }, item);
				}
			}
			for (const municipality of new Set(item.municipalities)) add({ municipality }, item);
		}
	}

	/** Practices of a selection; empty if it has none. */
	items(filter: CatalogFilter): readonly T[] {
		return this.groups.get(filterKey(filter))?.items ?? [];
	}

	/** How many practices of a selection have each value of `field`, computed once per selection and field. */
	counts(filter: CatalogFilter, field: FacetField): ReadonlyMap<string, number> {
		return this.memo(`counts:${field}:${filterKey(filter)}`, () => countBy(this.items(filter), field));
	}

	/** A value derived from the index, computed on first use under `key` and reused by later pages. */
	memo<V>(key: string, compute: () => V): V {
		if (!this.#memo.has(key)) this.#memo.set(key, compute());
		return this.#memo.get(key) as V;
	}
}

const indexOf = memoize((items: readonly Filterable[]) => new CatalogIndex(items));

/** The catalogue index of a corpus, built on first use and shared by every page of a build. */
export function catalogIndex<T extends Filterable>(items: readonly T[]): CatalogIndex<T> {
	return indexOf(items) as CatalogIndex<T>;
}
