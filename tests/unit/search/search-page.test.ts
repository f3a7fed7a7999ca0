import { describe, expect, it } from 'vitest';
import { moreLabel, RESULTS_PAGE } from '../../../src/search/search-page.ts';

describe('moreLabel', () => {
	it('offers a full page of results while more than a page is left', () => {
		expect(moreLabel(RESULTS_PAGE, 3344)).toBe(`Показать ещё ${RESULTS_PAGE}\u00a0результатов (показаны ${RESULTS_PAGE} из 3\u00a0344)`);
	});

	it('offers only the results that are left at the end, with the noun agreeing', () => {
		expect(moreLabel(40, 42)).toBe('Показать ещё 2\u00a0результата (показаны 40 из 42)');
		expect(moreLabel(40, 41)).toBe('Показать ещё 1\u00a0результат (показаны 40 из 41)');
	});
});
