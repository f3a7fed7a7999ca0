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

/** The field names an object schema at a path allows; empty where the path holds no object. */
export function fieldsAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
	const def = schemaAt(schema, path)?._zod.def as unknown as Def | undefined;
	return def?.type === 'object' ? Object.keys(def['shape'] as Record<string, AnySchema>) : [];
}
