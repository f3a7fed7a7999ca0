import { CONTENT_SCHEMAS, COLLECTION_LABELS } from '../content-schemas.ts';
import { findReferences } from '../find-references.ts';
import { didYouMean } from '../closest.ts';
import type { ContentIssue, Rule } from '../rule-context.ts';

/**
 * Every value of a `ref()` field names an entry that exists. Astro's `reference()` would only log a missing
 * target, so this is what fails the build. Read on the data as written, so a draft is told this too.
 */
export const references: Rule = (context) => {
	const issues: ContentIssue[] = [];
	for (const { file } of context.entries) {
		for (const found of findReferences(CONTENT_SCHEMAS[file.collection], file.data)) {
			const existing = context.ids.get(found.collection);
			if (existing?.has(found.id)) continue;
			issues.push(
				context.at(
					file,
					found.path,
					`нет такой записи: ${COLLECTION_LABELS[found.collection]} «${found.id}»${didYouMean(found.id, existing ?? [])}; проверьте написание или добавьте файл в content/${found.collection}/`,
				),
			);
		}
	}
	return issues;
};
