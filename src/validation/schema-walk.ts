import type { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

/** Wrappers that let a field be left out of the data. */
const OPTIONAL_WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch']);

/**
 * A zod schema with optional/default/pipe wrappers removed, and whether any of them lets the field be
 * left out. A pipe is followed to its data side: the input of a transform, the output of a preprocess.
 */
export function unwrapField(schema: AnySchema): { schema: AnySchema; optional: boolean } {
	let current = schema;
	let optional = false;
	for (;;) {
		const def = current._zod.def as unknown as Def;
		if (OPTIONAL_WRAPPERS.has(def.type) || def.type === 'readonly') {
			optional ||= OPTIONAL_WRAPPERS.has(def.type);
			current = def['innerType'] as AnySchema;
		} else if (def.type === 'pipe') {
			const out = def['out'] as AnySchema;
			current = out._zod.def.type === 'transform' ? (def['in'] as AnySchema) : out;
		} else return { schema: current, optional };
	}
}

/** A zod schema with its wrappers removed: the shape that data must have. */
export const unwrap = (schema: AnySchema): AnySchema => unwrapField(schema).schema;

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
