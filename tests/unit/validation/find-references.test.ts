import { describe, expect, it } from 'vitest';
import { findReferences } from '../../../src/validation/find-references.ts';
import { PracticeSchema } from '../../../src/schemas/practice.ts';
import { EventSchema } from '../../../src/schemas/event.ts';

describe('findReferences', () => {
	it('finds references in arrays, nested objects and optional fields', () => {
		const found = [
			...findReferences(PracticeSchema, {
				municipalities: ['krasnoyarsk'],
				topics: ['tos'],
				results: [{ source: 'anketa' }],
				sources: [{ source: 'novost' }],
				related: ['lesosibirsk/palata'],
			}),
		];
		expect(found).toEqual(
			expect.arrayContaining([
				{ path: ['municipalities', 0], collection: 'municipalities', id: 'krasnoyarsk' },
				{ path: ['topics', 0], collection: 'topics', id: 'tos' },
				{ path: ['results', 0, 'source'], collection: 'sources', id: 'anketa' },
				{ path: ['sources', 0, 'source'], collection: 'sources', id: 'novost' },
				{ path: ['related', 0], collection: 'practices', id: 'lesosibirsk/palata' },
			]),
		);
		expect(found).toHaveLength(5);
	});
	it('finds a reference in an optional single field', () => {
		const found = [...findReferences(EventSchema, { municipality: 'krasnoyarsk', sources: [] })];
		expect(found).toEqual([{ path: ['municipality'], collection: 'municipalities', id: 'krasnoyarsk' }]);
	});
});
