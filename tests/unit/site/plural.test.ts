import { describe, expect, it } from 'vitest';
import { countRu, formatNumber, pluralRu } from '../../../src/site/plural.ts';

const PRACTICE = ['практика', 'практики', 'практик'] as const;

describe('pluralRu', () => {
	it.each([
		[1, 'практика'],
		[21, 'практика'],
		[2, 'практики'],
		[4, 'практики'],
		[22, 'практики'],
		[0, 'практик'],
		[5, 'практик'],
		[11, 'практик'],
		[12, 'практик'],
		[111, 'практик'],
		[1.5, 'практики'],
	])('agrees %d with «%s»', (n, form) => {
		expect(pluralRu(n, PRACTICE)).toBe(form);
	});
});

describe('countRu', () => {
	it('joins number and noun with a no-break space and groups digits', () => {
		expect(countRu(20000, PRACTICE)).toBe('20\u00a0000\u00a0практик');
	});
	it('formats numbers the Russian way', () => {
		expect(formatNumber(234000)).toBe('234\u00a0000');
	});
});
