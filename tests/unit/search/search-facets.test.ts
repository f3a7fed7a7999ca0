import { describe, expect, it } from 'vitest';
import { chosenCount } from '../../../src/search/search-facets.ts';

describe('chosenCount', () => {
	it('counts every chosen facet value and an order other than relevance', () => {
		expect(
			chosenCount(
				{ Тема: ['Благоустройство и городская среда', 'Озеленение'], Регион: ['Липецкая область'] },
				'year-desc',
			),
		).toBe(4);
	});

	it('is zero for a plain search in order of relevance', () => {
		expect(chosenCount({}, '')).toBe(0);
		expect(chosenCount({ Тема: [] }, '')).toBe(0);
	});

	it('counts a filter given as a single value, as Pagefind accepts it', () => {
		expect(chosenCount({ Статус: 'действует' }, '')).toBe(1);
	});
});
