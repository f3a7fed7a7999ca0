import { describe, expect, it } from 'vitest';
import {
	cellText,
	excelSerialToIso,
	parseNumber,
	parsePartialDate,
	parsePeriod,
} from '../../../src/import/cell-values.ts';

describe('cells as registries write them', () => {
	it('reads numbers with spaces, no-break spaces and decimal commas, and nothing with words in it', () => {
		expect(parseNumber('1 000')).toBe(1000);
		expect(parseNumber('1\u00a0000\u00a0000')).toBe(1_000_000);
		expect(parseNumber('12,5')).toBe(12.5);
		expect(parseNumber('12.5')).toBe(12.5);
		expect(parseNumber(610)).toBe(610);
		expect(parseNumber('12 человек')).toBeUndefined();
		expect(parseNumber('1 00')).toBeUndefined();
		expect(parseNumber('')).toBeUndefined();
	});

	it('reads Excel dates: date cells, serial numbers that lost their format, and years', () => {
		expect(parsePartialDate(new Date(Date.UTC(2023, 2, 12)))).toBe('2023-03-12');
		expect(excelSerialToIso(45_000)).toBe('2023-03-15');
		expect(parsePartialDate(45_000)).toBe('2023-03-15');
		expect(parsePartialDate(2023)).toBe('2023');
		// A number that is neither a year nor a plausible date is not guessed to be one.
		expect(parsePartialDate(12.5)).toBeUndefined();
		expect(parsePartialDate(1_500_000)).toBeUndefined();
	});

	it('reads Russian dates in figures and in words, as precisely as they are written', () => {
		expect(parsePartialDate('12.03.2023')).toBe('2023-03-12');
		expect(parsePartialDate('03.2023')).toBe('2023-03');
		expect(parsePartialDate('март 2023 г.')).toBe('2023-03');
		expect(parsePartialDate('мая 2021 года')).toBe('2021-05');
		expect(parsePartialDate('12 марта 2023 г.')).toBe('2023-03-12');
		expect(parsePartialDate('2023 год')).toBe('2023');
		expect(parsePartialDate('2023-06-01')).toBe('2023-06-01');
		expect(parsePartialDate('31.02.2023')).toBeUndefined();
		expect(parsePartialDate('весна 2023')).toBeUndefined();
	});

	it('reads periods: ranges, «с … по настоящее время», «до …», and refuses what it cannot read whole', () => {
		expect(parsePeriod('2019–2023')).toEqual({ start: '2019', end: '2023' });
		expect(parsePeriod('2019-2023 гг.')).toEqual({ start: '2019', end: '2023' });
		expect(parsePeriod('с 2020 года')).toEqual({ start: '2020' });
		expect(parsePeriod('с 2020 года по настоящее время')).toEqual({ start: '2020' });
		expect(parsePeriod('2020 – н.в.')).toEqual({ start: '2020' });
		expect(parsePeriod('с 01.02.2020 по 31.12.2021')).toEqual({ start: '2020-02-01', end: '2021-12-31' });
		expect(parsePeriod('март 2023 г. – декабрь 2023 г.')).toEqual({ start: '2023-03', end: '2023-12' });
		expect(parsePeriod('2023-03 – 2023-05')).toEqual({ start: '2023-03', end: '2023-05' });
		expect(parsePeriod('до 2025 года')).toEqual({ end: '2025' });
		expect(parsePeriod(new Date(Date.UTC(2023, 5, 1)))).toEqual({ start: '2023-06-01' });
		expect(parsePeriod('2023–2019')).toBeUndefined();
		expect(parsePeriod('ежегодно летом')).toBeUndefined();
	});

	it('shows a cell’s value as the spreadsheet does, in Russian notation', () => {
		expect(cellText(12.5)).toBe('12,5');
		expect(cellText(1_500_000)).toBe('1500000');
		expect(cellText(new Date(Date.UTC(2023, 2, 12)))).toBe('2023-03-12');
		expect(cellText(true)).toBe('да');
		expect(cellText(' строка\r\nвторая ')).toBe('строка\nвторая');
	});
});
