import { describe, expect, it } from 'vitest';
import { moreLabel, relaxedNote, RESULTS_PAGE } from '../../../src/search/search-page.ts';

describe('moreLabel', () => {
	it('offers a full page of results while more than a page is left', () => {
		expect(moreLabel(RESULTS_PAGE, 3344)).toBe(
			`Показать ещё ${RESULTS_PAGE}\u00a0результатов (показаны ${RESULTS_PAGE} из 3\u00a0344)`,
		);
	});

	it('offers only the results that are left at the end, with the noun agreeing', () => {
		expect(moreLabel(40, 42)).toBe('Показать ещё 2\u00a0результата (показаны 40 из 42)');
		expect(moreLabel(40, 41)).toBe('Показать ещё 1\u00a0результат (показаны 40 из 41)');
	});
});

describe('relaxedNote', () => {
	it('says how many results hold every word, and which words the rest were found by', () => {
		expect(relaxedNote({ exact: 2, words: ['благоустройство', 'дворов'] })).toBe(
			'Все слова запроса есть только в первых результатах (2), дальше — практики, где есть некоторые из слов: благоустройство, дворов.',
		);
	});

	it('says when no practice holds every word', () => {
		expect(relaxedNote({ exact: 0, words: ['телепортация', 'дворов'] })).toBe(
			'Ни одна практика не содержит все слова запроса сразу. Искали по словам: телепортация, дворов.',
		);
	});
});
