/** How many practices a page that is not a catalogue page lists before it sends the reader to the catalogue. */
export const PRACTICE_PREVIEW = 20;
/** How many municipalities a region or association page lists before it links to the whole list. */
export const MUNICIPALITY_PREVIEW = 30;
/** Municipalities per page of a region's full, alphabetical list. */
export const MUNICIPALITY_PAGE_SIZE = 100;

/** The items with the largest `weight`, at most `limit`, shown in `order`. */
export function topBy<T>(
	items: readonly T[],
	limit: number,
	weight: (item: T) => number,
	order: (a: T, b: T) => number,
): T[] {
	if (items.length <= limit) return [...items].sort(order);
	return [...items]
		.sort((a, b) => weight(b) - weight(a) || order(a, b))
		.slice(0, limit)
		.sort(order);
}
