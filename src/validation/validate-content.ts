import type { ContentFile } from './content-files.ts';
import { summariseDrafts } from './drafts.ts';
import { ruleContext, type ContentIssue, type Rule, type ValidateOptions } from './rule-context.ts';
import { fileNames } from './rules/file-names.ts';
import { emptyCollections } from './rules/empty-collections.ts';
import { schema } from './rules/schema.ts';
import { references } from './rules/references.ts';
import { duplicateIds } from './rules/duplicate-ids.ts';
import { dates } from './rules/dates.ts';
import { practice } from './rules/practice.ts';
import { replication } from './rules/replication.ts';
import { body } from './rules/body.ts';
import { lookAlikes } from './rules/look-alikes.ts';

export type { ContentIssue, ValidateOptions } from './rule-context.ts';
export { DUPLICATE_TITLE_SIMILARITY } from './rules/look-alikes.ts';

/** The rules of the content check, in the order their issues about one file are listed. */
export const RULES: readonly Rule[] = [
	fileNames,
	emptyCollections,
	schema,
	references,
	duplicateIds,
	dates,
	practice,
	replication,
	body,
	lookAlikes,
];

/** Issues in the order of the files they are about, each file's in the order the rules found them; a folder's first. */
function inFileOrder(issues: readonly ContentIssue[], files: readonly ContentFile[]): ContentIssue[] {
	const position = new Map(files.map((file, index) => [file.file, index]));
	return issues
		.map((issue, index) => ({ issue, index, at: position.get(issue.file) ?? -1 }))
		.sort((a, b) => a.at - b.at || a.index - b.index)
		.map(({ issue }) => issue);
}

/**
 * Checks every entry against its schema and every cross-reference against the ids that exist.
 * Returns all problems at once, in file order, rather than stopping at the first.
 * Astro's `reference()` would only log a missing target, so this is what fails the build.
 * A draft practice (`_<slug>.mdx`, when the files include drafts) is checked as if it were published, and
 * what it lacks becomes one warning: drafts never fail validation, and nothing can refer to one.
 */
export function validateContent(files: readonly ContentFile[], options: ValidateOptions = {}): ContentIssue[] {
	/** Issues of drafts that stay as they are rather than being folded into the draft's summary. */
	const keep = new Set<ContentIssue>();
	const context = ruleContext(files, options, keep);
	const issues = inFileOrder(
		RULES.flatMap((rule) => rule(context)),
		files,
	);
	return options.summariseDrafts === false ? issues : summariseDrafts(issues, files, keep);
}
