import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatPeriod, yearOf } from '../../../src/site/format-date.ts';

describe('formatPartialDate', () => {
	it('writes a year alone with «г.»', () => {
		expect(formatPartialDate('2023')).toBe('2023\u00a0г.');
	});
	it('writes a month in the nominative', () => {
		expect(formatPartialDate('2023-12')).toBe('декабрь 2023\u00a0г.');
	});
	it('writes a full date with the month in the genitive', () => {
		expect(formatPartialDate('2024-04-05')).toBe('5 апреля 2024\u00a0г.');
	});
});

describe('formatPeriod', () => {
	it('says «с» and puts the month in the genitive for an open period', () => {
		expect(formatPeriod({ start: '2023-06' })).toBe('с июня 2023\u00a0г.');
	});
	it('writes both ends of a closed period', () => {
		expect(formatPeriod({ start: '2023-06-01', end: '2023-09-03' })).toBe(
			'1 июня 2023\u00a0г. — 3 сентября 2023\u00a0г.',
		);
	});
	it('writes one date when start and end are the same', () => {
		expect(formatPeriod({ start: '2023', end: '2023' })).toBe('2023\u00a0г.');
	});
	it('returns nothing for an unknown period', () => {
		expect(formatPeriod({})).toBeUndefined();
	});
	it('reads the year of any partial date', () => {
		expect(yearOf('2021-02-26')).toBe(2021);
	});
});
