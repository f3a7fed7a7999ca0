import type { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

/** A zod schema with optional/default/pipe wrappers removed: the shape that data must have. */
export function unwrap(schema: AnySchema): AnySchema {
	let current = schema;
	for (;;) {
		const def = current._zod.def as unknown as Def;
		if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type)) current = def['innerType'] as AnySchema;
		else if (def.type === 'pipe') current = (def['out'] as AnySchema)._zod.def.type === 'transform' ? (def['in'] as AnySchema) : (def['out'] as AnySchema);
		else return current;
	}
}

/** The schema at a path of keys and indexes, or `undefined` where the path leaves the schema. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
	let current: AnySchema | undefined = schema;
	for (const key of path) {
		if (!current) return undefined;
		const def = unwrap(current)._zod.def as unknown as Def;
		if (def.type === 'object') current = (def['shape'] as Record<string, AnySchema>)[String(key)];
		else if (def.type === 'array') current = def['element'] as AnySchema;
		else return undefined;
	}
	return current ? unwrap(current) : undefined;
}

/** Keys in the data that the schema does not know, with the keys it does know at that place. */
export function* unknownKeys(schema: AnySchema, data: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; known: string[] }> {
	const def = unwrap(schema)._zod.def as unknown as Def;
	if (def.type === 'object' && data && typeof data === 'object' && !Array.isArray(data)) {
		const shape = def['shape'] as Record<string, AnySchema>;
		const known = Object.keys(shape);
		for (const [key, value] of Object.entries(data)) {
			const child = shape[key];
			if (child) yield* unknownKeys(child, value, [...path, key]);
			else yield { path: [...path, key], known };
		}
	} else if (def.type === 'array' && Array.isArray(data)) {
		for (const [index, item] of data.entries()) yield* unknownKeys(def['element'] as AnySchema, item, [...path, index]);
	}
}
