import { z } from 'astro/zod';

/**
 * Names of the content collections. A reference field says which of them it points to,
 * so the cross-reference check and later the CMS configuration can be derived from the schemas.
 */
export const COLLECTIONS = [
	'practices',
	'replications',
	'municipalities',
	'regions',
	'topics',
	'associations',
	'events',
	'sources',
	'needs',
	'glossary',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * Collections that may have no entry at all: no source reports a municipality repeating another's practice
 * yet, and none is invented. Every other collection empty means content is missing or was not read.
 */
export const MAY_BE_EMPTY: readonly CollectionName[] = ['replications'];

/** Latin kebab-case identifier, as in file names: `krasnoyarsk`, `yarkie-berega`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Practice ids include the owner folder: `krasnoyarsk/yarkie-berega`. */
export const PRACTICE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A reference to an entry of another collection by its id (the file name without extension).
 * The target collection is kept in the schema's metadata; `findReferences` reads it back.
 */
export function ref(collection: CollectionName) {
	const pattern = collection === 'practices' ? PRACTICE_ID_PATTERN : SLUG_PATTERN;
	return z.string().regex(pattern).meta({ reference: collection });
}

/** The collection a schema made by `ref()` points to, read back from its metadata; `undefined` for any other schema. */
export function referenceOf(schema: z.core.$ZodType): CollectionName | undefined {
	const meta = (schema as unknown as { meta?: () => Record<string, unknown> | undefined }).meta?.();
	return meta?.['reference'] as CollectionName | undefined;
}

/** A non-empty line of text, trimmed. */
export const TextSchema = z.string().trim().min(1);

/** A year the base speaks of, as a whole number: `2023`. Whether it may be in the future is each rule's own (src/validation/rules/dates.ts). */
export const YearSchema = z.number().int().min(1990).max(2100);
