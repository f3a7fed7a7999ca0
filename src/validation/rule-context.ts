import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/common.ts';
import type { ContentFile } from './content-files.ts';
import { CONTENT_SCHEMAS } from './content-schemas.ts';
import { checkMdxBody, type MdxCheck } from '../practice-text/mdx-safety.ts';

/** A problem in one content file, worded for a curator. */
export interface ContentIssue {
	severity: 'error' | 'warning';
	file: string;
	line?: number;
	/** Dotted path of the field: `results.0.source`; empty for the whole file. */
	field: string;
	message: string;
}

export interface ValidateOptions {
	/** The date «in the future» is measured from; today by default. */
	today?: Date;
	/** The MDX safety check of one body; `checkMdxBody` by default. The build passes a cached one. */
	checkBody?: (body: string) => MdxCheck;
	/**
	 * Fold each draft's problems into one warning that lists them (true by default). `false` gives a draft's
	 * problems as errors, as if it were published: what the import reports a draft still lacks.
	 */
	summariseDrafts?: boolean;
}

/** A file whose properties are a set of fields, with what its collection's schema made of them. */
export interface CheckedEntry {
	file: ContentFile;
	/** The parts of its id as it will be published: a draft's without its `_`. */
	segments: string[];
	/** What zod found wrong with the data as written. */
	schemaIssues: readonly z.core.$ZodIssue[];
	/**
	 * The data as the schema gives it (defaults filled in), when it passes; unknown fields alone do not keep
	 * the cross-checks from running, so they run on the data without those fields.
	 */
	data?: Record<string, unknown>;
}

/** An entry of one collection that passed its schema, with the data typed by that schema. */
export interface ParsedEntry<C extends CollectionName> extends CheckedEntry {
	data: z.infer<(typeof CONTENT_SCHEMAS)[C]>;
}

/** What every rule is given: the files, what the schemas made of them, and how to word an issue. */
export interface RuleContext {
	files: readonly ContentFile[];
	/** The files with a set of fields to check (not broken YAML, not an empty block), in file order. */
	entries: readonly CheckedEntry[];
	/** Ids of the published entries of each collection: what a reference may point to. */
	ids: ReadonlyMap<CollectionName, ReadonlySet<string>>;
	/** Today as `YYYY-MM-DD`, and its year: what «in the future» is measured from. */
	todayIso: string;
	thisYear: number;
	checkBody: (body: string) => MdxCheck;
	/** The entries of a collection that passed its schema. */
	parsed: <C extends CollectionName>(collection: C) => ParsedEntry<C>[];
	/** An issue about the value at a path of a file's properties, at that value's line. */
	at: (
		file: ContentFile,
		path: readonly PropertyKey[],
		message: string,
		severity?: ContentIssue['severity'],
	) => ContentIssue;
	/** An issue about a line of a file's body (1-based within the body), at its line in the file. */
	inBody: (
		file: ContentFile,
		line: number | undefined,
		message: string,
		severity?: ContentIssue['severity'],
	) => ContentIssue;
	/** Marks an issue of a draft to stay as it is, not folded into the draft's one warning (`summariseDrafts`). */
	keepInDraft: (issue: ContentIssue) => ContentIssue;
}

/** One rule of the content check: the context in, the issues it finds out. */
export type Rule = (context: RuleContext) => ContentIssue[];

const fieldName = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** A copy of the data without the keys that zod reported as unknown. */
function withoutKeys(data: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
	const copy = structuredClone(data);
	for (const issue of issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		let at: unknown = copy;
		for (const key of issue.path) at = (at as Record<PropertyKey, unknown>)[key];
		for (const key of issue.keys) delete (at as Record<string, unknown>)[key];
	}
	return copy;
}

/** Russian messages for zod's built-in checks; set once for every schema in the process. */
z.config(z.locales.ru());

/** The parts of a file's id as it will be published: a draft's name is checked without its `_`. */
export const publishedSegments = (file: ContentFile): string[] =>
	(file.draft ? file.id.replace(/\/_/, '/') : file.id).split('/');

function checkEntry(file: ContentFile): CheckedEntry {
	const segments = publishedSegments(file);
	const schema = CONTENT_SCHEMAS[file.collection];
	let parsed = schema.safeParse(file.data);
	const schemaIssues = parsed.success ? [] : parsed.error.issues;
	if (!parsed.success && schemaIssues.every((issue) => issue.code === 'unrecognized_keys'))
		parsed = schema.safeParse(withoutKeys(file.data, schemaIssues));
	return { file, segments, schemaIssues, ...(parsed.success ? { data: parsed.data as Record<string, unknown> } : {}) };
}

/** Whether a file's properties are a set of fields «name: value» (not empty, not a list or a lone value). */
export const hasFields = (file: ContentFile): boolean =>
	file.data !== null && typeof file.data === 'object' && !Array.isArray(file.data);

/** The context the rules share: every file parsed against its schema once. */
export function ruleContext(
	files: readonly ContentFile[],
	options: ValidateOptions,
	keep: Set<ContentIssue>,
): RuleContext {
	const today = options.today ?? new Date();
	const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
	for (const file of files) if (!file.draft) ids.get(file.collection)?.add(file.id);
	const entries = files.filter(hasFields).map(checkEntry);
	const issue = (
		file: ContentFile,
		line: number | undefined,
		field: string,
		message: string,
		severity: ContentIssue['severity'],
	): ContentIssue => ({
		severity,
		file: file.file,
		...(line === undefined ? {} : { line }),
		field,
		message,
	});
	return {
		files,
		entries,
		ids,
		todayIso: today.toISOString().slice(0, 10),
		thisYear: today.getUTCFullYear(),
		checkBody: options.checkBody ?? checkMdxBody,
		parsed: <C extends CollectionName>(collection: C) =>
			entries.filter((e): e is ParsedEntry<C> => e.file.collection === collection && e.data !== undefined),
		at: (file, path, message, severity = 'error') => issue(file, file.lineOf(path), fieldName(path), message, severity),
		inBody: (file, line, message, severity = 'error') =>
			issue(file, line ? line + file.bodyLine - 1 : undefined, '', message, severity),
		keepInDraft: (kept) => {
			keep.add(kept);
			return kept;
		},
	};
}
