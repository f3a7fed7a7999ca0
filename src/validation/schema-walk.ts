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

/** The limits a schema puts on a value: a number's bounds and whether it must be whole, or a text's length. */
export interface Bounds {
	/** Smallest value, or shortest length; `undefined` where the schema sets none. */
	min?: number;
	/** Largest value, or longest length. */
	max?: number;
	/** A whole number (zod's `.int()`), not a decimal. */
	integer: boolean;
}

/**
 * The limits of a number or text schema, read from its checks, so the editor and `npm run new` ask for what
 * validation will accept without writing the numbers again. An exclusive bound (`.positive()`) of a whole
 * number becomes the next whole number; of a decimal, none.
 */
export function boundsOf(schema: AnySchema): Bounds {
	const inner = unwrap(schema);
	// A format schema (`z.int()`) is its own first check, as zod reads it.
	const checks = [inner, ...(inner._zod.def.checks ?? [])].map(
		(check) => check._zod.def as unknown as Record<string, unknown>,
	);
	const integer = checks.some((c) => typeof c['format'] === 'string' && c['format'].includes('int'));
	const mins: number[] = [];
	const maxes: number[] = [];
	for (const c of checks) {
		const value = c['value'];
		if (c['check'] === 'min_length' && typeof c['minimum'] === 'number') mins.push(c['minimum']);
		if (c['check'] === 'max_length' && typeof c['maximum'] === 'number') maxes.push(c['maximum']);
		if (typeof value !== 'number') continue;
		if (c['check'] === 'greater_than' && (c['inclusive'] || integer))
			mins.push(c['inclusive'] ? value : Math.floor(value) + 1);
		if (c['check'] === 'less_than' && (c['inclusive'] || integer))
			maxes.push(c['inclusive'] ? value : Math.ceil(value) - 1);
	}
	return {
		...(mins.length ? { min: Math.max(...mins) } : {}),
		...(maxes.length ? { max: Math.min(...maxes) } : {}),
		integer,
	};
}
