import { describe, expect, it } from 'vitest';
import {
	PART_SIZE,
	compendiumPath,
	compendiumTitle,
	partSize,
	practiceAnchor,
	splitByYear,
} from '../../../src/compendium/compendium.ts';

/** Practices as the compendium sees them: a name and a year (newest first, as site data sorts them). */
const practices = (counts: [year: number | undefined, count: number][]) =>
	counts.flatMap(([year, count]) => Array.from({ length: count }, (_, i) => ({ name: `${year}-${i}`, year })));
const yearOf = (p: { year: number | undefined }) => p.year;

describe('splitByYear', () => {
	it('keeps a compendium that fits in one volume whole, without parts', () => {
		const all = practices([
			[2024, 3],
			[2023, 2],
		]);
		const parts = splitByYear(all, yearOf, 5);
		expect(parts).toHaveLength(1);
		expect(parts[0]).toEqual({ id: '', label: '', practices: all });
	});

	it('gathers consecutive years into a part while they fit, newest first', () => {
		const parts = splitByYear(
			practices([
				[2024, 3],
				[2023, 2],
				[2022, 4],
				[2021, 1],
			]),
			yearOf,
			5,
		);
		expect(parts.map((p) => [p.id, p.label, p.practices.length])).toEqual([
			['2023-2024', '2023–2024\u00a0гг.', 5],
			['2021-2022', '2021–2022\u00a0гг.', 5],
		]);
	});

	it('cuts a year with more practices than a part holds into numbered parts of its own', () => {
		const parts = splitByYear(
			practices([
				[2024, 1],
				[2023, 7],
				[2022, 2],
			]),
			yearOf,
			3,
		);
		expect(parts.map((p) => [p.id, p.label, p.practices.length])).toEqual([
			['2024', '2024\u00a0г.', 1],
			['2023-chast-1', '2023\u00a0г., часть 1', 3],
			['2023-chast-2', '2023\u00a0г., часть 2', 3],
			['2023-chast-3', '2023\u00a0г., часть 3', 1],
			['2022', '2022\u00a0г.', 2],
		]);
	});

	it('puts practices whose year no source gives last, in parts of their own', () => {
		const parts = splitByYear(
			practices([
				[undefined, 2],
				[2024, 3],
			]),
			yearOf,
			4,
		);
		expect(parts.map((p) => [p.id, p.label, p.practices.length])).toEqual([
			['2024', '2024\u00a0г.', 3],
			['bez-goda', 'год не указан', 2],
		]);
	});

	it('never loses or repeats a practice, and no part is larger than asked', () => {
		const all = practices([
			[2024, 250],
			[2023, 40],
			[2022, 30],
			[2021, 90],
			[2019, 5],
			[undefined, 12],
		]);
		const parts = splitByYear(all, yearOf, 100);
		expect(parts.flatMap((p) => p.practices)).toEqual(all);
		expect(Math.max(...parts.map((p) => p.practices.length))).toBeLessThanOrEqual(100);
		expect(new Set(parts.map((p) => p.id)).size).toBe(parts.length);
	});
});

describe('addresses and titles', () => {
	it('puts a compendium under its kind and id, and a part below it', () => {
		expect(compendiumPath('topics', 'tos')).toBe('/compendium/topics/tos/');
		expect(compendiumPath('regions', 'lipetskaya-oblast', '2023')).toBe('/compendium/regions/lipetskaya-oblast/2023/');
	});
	it('names the compendium after its subject, and a part after its years', () => {
		expect(compendiumTitle('Благоустройство')).toBe('Сборник практик: Благоустройство');
		expect(compendiumTitle('Благоустройство', { id: '2023', label: '2023\u00a0г.', practices: [] })).toBe(
			'Сборник практик: Благоустройство — 2023\u00a0г.',
		);
	});
	it('numbers the practices’ anchors from one', () => {
		expect(practiceAnchor(1)).toBe('praktika-1');
	});
});

describe('partSize', () => {
	it('is PART_SIZE unless a build asks for another', () => {
		expect(partSize({})).toBe(PART_SIZE);
		expect(partSize({ COMPENDIUM_PART_SIZE: '400' })).toBe(400);
	});
	it('refuses a size that is not a whole number of practices, saying what to write', () => {
		expect(() => partSize({ COMPENDIUM_PART_SIZE: 'сто' })).toThrow(
			'COMPENDIUM_PART_SIZE: целое число практик в томе сборника, например 100, а не «сто».',
		);
		expect(() => partSize({ COMPENDIUM_PART_SIZE: '0' })).toThrow(/целое число/);
	});
});
