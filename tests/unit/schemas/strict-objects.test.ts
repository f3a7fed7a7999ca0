import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { CONTENT_SCHEMAS } from '../../../src/validation/content-schemas.ts';
import { unwrap } from '../../../src/validation/schema-walk.ts';

type AnySchema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

/** The paths of every object in a schema that lets unknown keys through (zod's `z.object`, not `z.strictObject`). */
function looseObjects(schema: AnySchema, path: string): string[] {
	const def = unwrap(schema)._zod.def as unknown as Def;
	switch (def.type) {
		case 'object': {
			const catchall = def['catchall'] as AnySchema | undefined;
			const own = catchall?._zod.def.type === 'never' ? [] : [path || '(the entry)'];
			return [
				...own,
				...Object.entries(def['shape'] as Record<string, AnySchema>).flatMap(([key, child]) =>
					looseObjects(child, path ? `${path}.${key}` : key),
				),
			];
		}
		case 'array':
			return looseObjects(def['element'] as AnySchema, `${path}.*`);
		case 'union':
			return (def['options'] as AnySchema[]).flatMap((option) => looseObjects(option, path));
		default:
			return [];
	}
}

describe('content schemas', () => {
	it.each(Object.entries(CONTENT_SCHEMAS))(
		'%s: every object, nested ones too, refuses keys it does not know',
		(_name, schema) => {
			expect(looseObjects(schema, '')).toEqual([]);
		},
	);

	it('finds a loose nested object (the walk itself can fail)', async () => {
		const { z } = await import('astro/zod');
		expect(
			looseObjects(
				z.strictObject({ period: z.object({ start: z.string() }).optional(), items: z.array(z.object({})) }),
				'',
			),
		).toEqual(['period', 'items.*']);
	});
});
