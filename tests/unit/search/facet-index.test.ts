import { describe, expect, it } from 'vitest';
import {
	asksFilters,
	countValues,
	decodeFacets,
	encodeFacets,
	narrow,
	pageMatches,
} from '../../../src/search/engine/facet-index.ts';

const facets = decodeFacets(
	encodeFacets([
		['ru_b', { Тема: ['Дороги', 'Молодёжь'], Регион: ['Липецкая область'] }],
		['ru_a', { Тема: ['Дороги'], Регион: ['Красноярский край'], Статус: ['действует'] }],
		['ru_c', {}],
	]),
);
const own = (id: string) => facets.pages.get(id);

describe('facet file', () => {
	it('gives back each page its values after encoding and decoding', () => {
		expect(countValues([{ id: 'ru_b' }], facets)).toEqual({
			Регион: { 'Красноярский край': 0, 'Липецкая область': 1 },
			Статус: { действует: 0 },
			Тема: { Дороги: 1, Молодёжь: 1 },
		});
		expect(facets.pages.get('ru_c')).toEqual([]);
		expect(facets.names).toEqual(['Регион', 'Статус', 'Тема']);
	});
});

describe('pageMatches reads filters as Pagefind does', () => {
	it('asks for every value of a list and every filter', () => {
		expect(pageMatches(own('ru_b'), { Тема: ['Дороги', 'Молодёжь'] }, facets)).toBe(true);
		expect(pageMatches(own('ru_a'), { Тема: ['Дороги', 'Молодёжь'] }, facets)).toBe(false);
		expect(pageMatches(own('ru_a'), { Тема: 'Дороги', Регион: ['Липецкая область'] }, facets)).toBe(false);
	});

	it('asks for one of the values under any, and for none of them under none', () => {
		expect(pageMatches(own('ru_a'), { Регион: { any: ['Липецкая область', 'Красноярский край'] } }, facets)).toBe(true);
		expect(pageMatches(own('ru_a'), { Регион: { none: ['Красноярский край'] } }, facets)).toBe(false);
		expect(pageMatches(own('ru_c'), { not: { Тема: 'Дороги' } }, facets)).toBe(true);
	});

	it('takes an empty list as no filter, and a value no page has as no page', () => {
		expect(pageMatches(own('ru_c'), { Тема: [] }, facets)).toBe(true);
		expect(asksFilters({ Тема: [] })).toBe(false);
		expect(asksFilters({ Тема: ['Дороги'] })).toBe(true);
		expect(pageMatches(own('ru_b'), { Тема: ['Спорт'] }, facets)).toBe(false);
	});
});

describe('narrow', () => {
	it('keeps the order of the results and counts every value, zeros included, over the narrowed and over all results', () => {
		const response = { results: [{ id: 'ru_b' }, { id: 'ru_c' }, { id: 'ru_a' }], unfilteredResultCount: 3 };
		const narrowed = narrow(response, { Тема: ['Дороги'] }, facets);
		expect(narrowed.results.map((r) => r.id)).toEqual(['ru_b', 'ru_a']);
		expect(narrowed.filters).toEqual({
			Регион: { 'Красноярский край': 1, 'Липецкая область': 1 },
			Статус: { действует: 1 },
			Тема: { Дороги: 2, Молодёжь: 1 },
		});
		expect(narrowed.totalFilters).toEqual(countValues(response.results, facets));
		expect(narrowed.unfilteredResultCount).toBe(3);
	});
});
