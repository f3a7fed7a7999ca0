import { withBase } from './urls.ts';

/** A selection in the catalogue: a place (region or municipality) and a topic, each optional. */
export interface CatalogFilter {
	region?: string | undefined;
	municipality?: string | undefined;
	topic?: string | undefined;
}

/** What the catalogue needs to know of a practice to filter it. */
export interface Filterable {
	topics: readonly string[];
	regions: readonly string[];
	municipalities: readonly string[];
}

/** Practices per catalogue page; listing pages never grow with the corpus. */
export const CATALOG_PAGE_SIZE = 20;

/** Path of a catalogue page: `/practices/region/<r>/topic/<t>/2/`. Page 1 has no number. */
export function catalogPath(filter: CatalogFilter, page = 1): string {
	const parts: string[] = ['practices'];
	if (filter.municipality) parts.push('municipality', filter.municipality);
	else if (filter.region) parts.push('region', filter.region);
	if (filter.topic) parts.push('topic', filter.topic);
	if (page > 1) parts.push(String(page));
	return withBase(`${parts.join('/')}/`);
}

export function matchesFilter(item: Filterable, filter: CatalogFilter): boolean {
	if (filter.topic && !item.topics.includes(filter.topic)) return false;
	if (filter.municipality && !item.municipalities.includes(filter.municipality)) return false;
	if (filter.region && !item.regions.includes(filter.region)) return false;
	return true;
}

/**
 * Every selection that has at least one practice: all, each topic, each region, each region with each
 * of its topics, and each municipality. A municipality has a handful of practices at most, so it gets no
 * topic pages of its own: they would triple the number of pages and add nothing. Computed in one pass.
 */
export function catalogFilters(items: readonly Filterable[]): CatalogFilter[] {
	const keys = new Map<string, CatalogFilter>([['', {}]]);
	const add = (filter: CatalogFilter) => keys.set(`${filter.region ?? ''}|${filter.municipality ?? ''}|${filter.topic ?? ''}`, filter);
	for (const item of items) {
		for (const topic of item.topics) add({ topic });
		for (const region of item.regions) {
			add({ region });
			for (const topic of item.topics) add({ region, topic });
		}
		for (const municipality of item.municipalities) add({ municipality });
	}
	return [...keys.values()];
}

/** How many items of `items` have each value of a field: the counts shown beside filter links. */
export function countBy(items: readonly Filterable[], field: keyof Filterable): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) for (const value of new Set(item[field])) counts.set(value, (counts.get(value) ?? 0) + 1);
	return counts;
}
