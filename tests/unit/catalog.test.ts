import { describe, expect, it } from 'vitest';
import { catalogFilters, catalogPath, countBy, matchesFilter } from '../../src/lib/catalog.ts';

const items = [
	{ topics: ['tos', 'zhkh'], regions: ['krasnoyarskiy-kray'], municipalities: ['lesosibirsk'] },
	{ topics: ['tos'], regions: ['lipetskaya-oblast'], municipalities: ['lipetsk'] },
	{ topics: ['dorogi'], regions: ['krasnoyarskiy-kray'], municipalities: ['krasnoyarsk'] },
];

describe('catalogPath', () => {
	it('puts the place before the topic and numbers pages after the first', () => {
		expect(catalogPath({})).toBe('/practices/');
		expect(catalogPath({ topic: 'tos' })).toBe('/practices/topic/tos/');
		expect(catalogPath({ region: 'krasnoyarskiy-kray', topic: 'tos' }, 2)).toBe('/practices/region/krasnoyarskiy-kray/topic/tos/2/');
		expect(catalogPath({ municipality: 'lipetsk' })).toBe('/practices/municipality/lipetsk/');
	});
});

describe('catalogFilters', () => {
	it('lists only selections that have practices', () => {
		const keys = catalogFilters(items).map((f) => catalogPath(f));
		expect(keys).toContain('/practices/');
		expect(keys).toContain('/practices/region/lipetskaya-oblast/topic/tos/');
		expect(keys).toContain('/practices/municipality/lesosibirsk/');
		expect(keys).not.toContain('/practices/municipality/lesosibirsk/topic/zhkh/');
		expect(keys).not.toContain('/practices/region/lipetskaya-oblast/topic/dorogi/');
		expect(new Set(keys).size).toBe(keys.length);
	});
	it('gives every selection at least one matching practice', () => {
		for (const filter of catalogFilters(items)) {
			expect(items.some((i) => matchesFilter(i, filter))).toBe(true);
		}
	});
});

describe('countBy', () => {
	it('counts each practice once per value', () => {
		expect(countBy(items, 'topics').get('tos')).toBe(2);
		expect(countBy(items, 'regions').get('krasnoyarskiy-kray')).toBe(2);
	});
});
