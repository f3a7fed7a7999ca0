import type { z } from 'astro/zod';
import { referenceOf, type CollectionName } from '../schemas/common.ts';
import { unwrap } from './schema-walk.ts';

/** A reference found in an entry: where it is and what it points to. */
export interface FoundReference {
	path: (string | number)[];
	collection: CollectionName;
	id: string;
}

type AnySchema = z.core.$ZodType;

/**
 * Walks a zod schema alongside parsed data and yields every value of a field declared with `ref()`.
 * Deriving references from the schemas keeps the check in step with them: a new reference field
 * is checked the moment it is declared.
 */
export function* findReferences(
	schema: AnySchema,
	data: unknown,
	path: (string | number)[] = [],
): Generator<FoundReference> {
	const inner = unwrap(schema);
	const collection = referenceOf(schema) ?? referenceOf(inner);
	if (collection) {
		if (typeof data === 'string') yield { path, collection, id: data };
		return;
	}
	const def = inner._zod.def as unknown as Record<string, unknown> & { type: string };
	switch (def.type) {
		case 'array':
			if (Array.isArray(data)) {
				for (const [index, item] of data.entries())
					yield* findReferences(def['element'] as AnySchema, item, [...path, index]);
			}
			return;
		case 'object':
			if (data && typeof data === 'object') {
				const shape = def['shape'] as Record<string, AnySchema>;
				for (const [key, child] of Object.entries(shape)) {
					yield* findReferences(child, (data as Record<string, unknown>)[key], [...path, key]);
				}
			}
			return;
		case 'union':
			for (const option of def['options'] as AnySchema[]) yield* findReferences(option, data, path);
			return;
		default:
			return;
	}
}
