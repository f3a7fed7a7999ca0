import { describe, expect, it } from 'vitest';
import { PracticeSchema } from '../../../src/schemas/practice.ts';
import { PartialDateSchema } from '../../../src/schemas/partial-date.ts';
import { EventSchema } from '../../../src/schemas/event.ts';

const valid = {
	title: '«Фабрика народных инициатив»',
	summary: 'Жители сами проводят праздники во дворах; в 2023 году реализовано 105 инициатив.',
	municipalities: ['krasnoyarsk'],
	topics: ['initsiativy-zhiteley'],
	status: 'действует',
	period: { start: 2023 },
	results: [{ measure: 'реализовано инициатив', value: 105, unit: 'инициатив', year: 2023, source: 'anketa' }],
	sources: [{ source: 'anketa' }],
	lastConfirmed: new Date('2026-11-22'),
};

describe('PracticeSchema', () => {
	it('accepts a complete entry and fills defaults', () => {
		const parsed = PracticeSchema.parse(valid);
		expect(parsed.results[0]?.qualifier).toBe('точно');
		expect(parsed.results[0]?.planned).toBe(false);
		expect(parsed.tags).toEqual([]);
	});
	it('reads unquoted YAML years and dates as partial dates', () => {
		const parsed = PracticeSchema.parse(valid);
		expect(parsed.period.start).toBe('2023');
		expect(parsed.lastConfirmed).toBe('2026-11-22');
	});
	it('rejects a practice without a source', () => {
		const result = PracticeSchema.safeParse({ ...valid, sources: [] });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['sources']);
	});
	it('rejects a result without its source', () => {
		const { source: _omitted, ...noSource } = valid.results[0]!;
		const result = PracticeSchema.safeParse({ ...valid, results: [noSource] });
		expect(result.error?.issues[0]?.path).toEqual(['results', 0, 'source']);
	});
	it('rejects a status outside the list', () => {
		expect(PracticeSchema.safeParse({ ...valid, status: 'активна' }).success).toBe(false);
	});
	it('rejects a practice without topics', () => {
		expect(PracticeSchema.safeParse({ ...valid, topics: [] }).success).toBe(false);
	});
	it('rejects a period that ends before it starts', () => {
		const result = PracticeSchema.safeParse({ ...valid, period: { start: '2024', end: '2023' } });
		expect(result.error?.issues[0]?.path).toEqual(['period', 'end']);
	});
	it('accepts a period from a month to the year that month falls in, and refuses one from a later year', () => {
		expect(PracticeSchema.safeParse({ ...valid, period: { start: '2023-06', end: '2023' } }).success).toBe(true);
		expect(PracticeSchema.safeParse({ ...valid, period: { start: '2023', end: '2023-06-15' } }).success).toBe(true);
		expect(
			PracticeSchema.safeParse({ ...valid, period: { start: '2024-01', end: '2023' } }).error?.issues[0]?.path,
		).toEqual(['period', 'end']);
	});
	it('refuses an event that ends before it starts, at its end', () => {
		const event = { title: 'Форум', kind: 'форум', description: 'Городской форум.', sources: ['anketa'] };
		expect(EventSchema.safeParse({ ...event, start: '2024-04-05', end: '2024-04' }).success).toBe(true);
		const result = EventSchema.safeParse({ ...event, start: '2024-04-05', end: '2024-04-01' });
		expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
			[['end'], 'событие заканчивается раньше, чем начинается: исправьте start или end'],
		]);
	});
	it('rejects a reference that is not a Latin kebab-case id', () => {
		expect(PracticeSchema.safeParse({ ...valid, municipalities: ['Красноярск'] }).success).toBe(false);
	});
	it('rejects a summary too short to be useful in a list', () => {
		expect(PracticeSchema.safeParse({ ...valid, summary: 'Коротко.' }).success).toBe(false);
	});
});

describe('PartialDateSchema', () => {
	it.each(['2023', '2023-12', '2024-02-29'])('accepts %s', (value) => {
		expect(PartialDateSchema.safeParse(value).success).toBe(true);
	});
	it.each(['23', '2023-13', '2023-02-30', '2023/12', '31.12.2023'])('rejects %s', (value) => {
		expect(PartialDateSchema.safeParse(value).success).toBe(false);
	});
});
