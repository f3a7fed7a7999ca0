import { describe, expect, it } from 'vitest';
import {
	CatalogIndex,
	catalogPath,
	countBy,
	type CatalogFilter,
	type Filterable,
} from '../../../src/catalog/catalog.ts';

/** What a selection means, spelled out: the oracle the one-pass grouping is checked against. */
function matchesFilter(item: Filterable, filter: CatalogFilter): boolean {
	if (filter.topic && !item.topics.includes(filter.topic)) return false;
	if (filter.municipality && !item.municipalities.includes(filter.municipality)) return false;
	if (filter.region && !item.regions.includes(filter.region)) return false;
	if (filter.replicated && !item.replicated) return false;
	return true;
}

const items = [
	{ topics: ['tos', 'zhkh'], regions: ['krasnoyarskiy-kray'], municipalities: ['lesosibirsk'], replicated: true },
	{ topics: ['tos'], regions: ['lipetskaya-oblast'], municipalities: ['lipetsk'] },
	{ topics: ['dorogi'], regions: ['krasnoyarskiy-kray'], municipalities: ['krasnoyarsk'] },
];

describe('catalogPath', () => {
	it('puts the place before the topic and numbers pages after the first', () => {
		expect(catalogPath({})).toBe('/practices/');
		expect(catalogPath({ topic: 'tos' })).toBe('/practices/topic/tos/');
		expect(catalogPath({ region: 'krasnoyarskiy-kray', topic: 'tos' }, 2)).toBe(
			'/practices/region/krasnoyarskiy-kray/topic/tos/2/',
		);
		expect(catalogPath({ municipality: 'lipetsk' })).toBe('/practices/municipality/lipetsk/');
		expect(catalogPath({ replicated: true, region: 'krasnoyarskiy-kray', topic: 'tos' }, 2)).toBe(
			'/practices/replicated/region/krasnoyarskiy-kray/topic/tos/2/',
		);
	});
});

describe('CatalogIndex', () => {
	const index = new CatalogIndex(items);
	it('lists only selections that have practices', () => {
		const keys = [...index.groups.values()].map((g) => catalogPath(g.filter));
		expect(keys).toContain('/practices/');
		expect(keys).toContain('/practices/region/lipetskaya-oblast/topic/tos/');
		expect(keys).toContain('/practices/municipality/lesosibirsk/');
		expect(keys).not.toContain('/practices/municipality/lesosibirsk/topic/zhkh/');
		expect(keys).not.toContain('/practices/region/lipetskaya-oblast/topic/dorogi/');
		// Practices others repeated have the same selections but a municipality's; the rest have none of them.
		expect(keys).toEqual(
			expect.arrayContaining([
				'/practices/replicated/',
				'/practices/replicated/topic/zhkh/',
				'/practices/replicated/region/krasnoyarskiy-kray/topic/tos/',
			]),
		);
		expect(keys.filter((k) => k.startsWith('/practices/replicated/municipality/'))).toEqual([]);
		expect(keys).not.toContain('/practices/replicated/region/lipetskaya-oblast/');
		expect(new Set(keys).size).toBe(keys.length);
	});
	it('groups exactly the practices that match each selection, in corpus order', () => {
		for (const { filter, items: grouped } of index.groups.values()) {
			expect(grouped.length).toBeGreaterThan(0);
			expect(grouped).toEqual(items.filter((i) => matchesFilter(i, filter)));
		}
		expect(index.items({ region: 'lipetskaya-oblast', topic: 'dorogi' })).toEqual([]);
	});
	it('counts facets within a selection and computes each count once', () => {
		const counts = index.counts({ region: 'krasnoyarskiy-kray' }, 'topics');
		expect(Object.fromEntries(counts)).toEqual({ tos: 1, zhkh: 1, dorogi: 1 });
		expect(index.counts({ region: 'krasnoyarskiy-kray' }, 'topics')).toBe(counts);
		expect(index.counts({ topic: 'tos' }, 'regions').get('lipetskaya-oblast')).toBe(1);
		expect(Object.fromEntries(index.counts({ topic: 'tos', replicated: true }, 'regions'))).toEqual({
			'krasnoyarskiy-kray': 1,
		});
	});
});

describe('countBy', () => {
	it('counts each practice once per value', () => {
		expect(countBy(items, 'topics').get('tos')).toBe(2);
		expect(countBy(items, 'regions').get('krasnoyarskiy-kray')).toBe(2);
	});
});
