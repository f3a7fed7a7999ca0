import { describe, expect, it } from 'vitest';
import { completeness } from '../../../src/catalog/completeness.ts';
import { PracticeSchema } from '../../../src/schemas/practice.ts';

const minimal = PracticeSchema.parse({
	title: 'Практика',
	summary: 'Краткое описание практики длиной не меньше сорока символов для проверки.',
	municipalities: ['krasnoyarsk'],
	topics: ['tos'],
	status: 'действует',
	period: {},
	sources: [{ source: 'anketa' }],
	lastConfirmed: '2026-11-22',
});

describe('completeness', () => {
	it('names every missing part of a bare entry', () => {
		const result = completeness(minimal);
		expect(result.filled).toBe(0);
		expect(result.missing).toContain('результаты в цифрах');
		expect(result.missing).toContain('контакты');
	});
	it('counts filled parts', () => {
		const result = completeness({ ...minimal, period: { start: '2023' }, tags: ['двор'] });
		expect(result.filled).toBe(2);
		expect(result.missing).not.toContain('период');
	});
});
