import { CONTENT_SCHEMAS } from '../content-schemas.ts';
import { findReferences } from '../find-references.ts';
import type { ContentIssue, Rule } from '../rule-context.ts';

/**
 * No id twice in one list: a municipality listed twice in `municipalities` would count its practice twice
 * and make the practice look like a copy of itself. Every list of `ref()` values is checked, found from the
 * schemas; and a practice's `sources`, a list of citations, where a second citation of the same document
 * belongs in the first one's `locator`.
 */
export const duplicateIds: Rule = (context) => {
	const issues: ContentIssue[] = [];
	for (const { file } of context.entries) {
		const seen = new Set<string>();
		for (const found of findReferences(CONTENT_SCHEMAS[file.collection], file.data)) {
			const index = found.path.at(-1);
			const citation =
				file.collection === 'practices' &&
				found.path.length === 3 &&
				found.path[0] === 'sources' &&
				found.path[2] === 'source';
			if (typeof index !== 'number' && !citation) continue;
			const list = (citation ? found.path.slice(0, 1) : found.path.slice(0, -1)).join('.');
			const key = `${list}\0${found.id}`;
			if (!seen.has(key)) {
				seen.add(key);
				continue;
			}
			issues.push(
				context.at(
					file,
					found.path,
					citation
						? `источник «${found.id}» указан в списке sources дважды: оставьте одну запись; если сведения взяты из разных мест документа, перечислите их в её locator`
						: `«${found.id}» указан в списке ${list} дважды: уберите повтор`,
				),
			);
		}
	}
	return issues;
};
