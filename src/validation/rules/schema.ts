import { CONTENT_SCHEMAS } from '../content-schemas.ts';
import { friendlyMessage, valueAt } from '../friendly-issue.ts';
import { fieldsAt, schemaAt } from '../schema-walk.ts';
import { closestAll, didYouMean } from '../closest.ts';
import { hasFields, type ContentIssue, type Rule } from '../rule-context.ts';

const dotted = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** What reading a file found (broken YAML, no frontmatter), and every field against its collection's schema. */
export const schema: Rule = (context) => {
	const issues: ContentIssue[] = [];
	for (const file of context.files) {
		for (const error of file.readErrors) {
			issues.push({
				severity: 'error',
				file: file.file,
				...(error.line === undefined ? {} : { line: error.line }),
				field: '',
				message: error.message,
			});
		}
		if (file.data !== undefined && !hasFields(file))
			issues.push(context.at(file, [], 'блок свойств пуст или записан не как набор полей «имя: значение»'));
	}
	for (const { file, schemaIssues } of context.entries) {
		const schema = CONTENT_SCHEMAS[file.collection];
		/** The fields an unknown key of each object may stand for: the missing ones it is near, else any near one. */
		const meant = new Map<string, string[]>();
		/** Missing fields that an unknown key beside them is a misspelling of: said once, at the key. */
		const misspelled = new Set<string>();
		for (const issue of schemaIssues) {
			if (issue.code !== 'unrecognized_keys') continue;
			const known = fieldsAt(schema, issue.path);
			const present = valueAt(file.data, issue.path) as Record<string, unknown>;
			const missing = known.filter((field) => present[field] === undefined);
			for (const key of issue.keys) {
				const nearMissing = closestAll(key, missing);
				meant.set(dotted([...issue.path, key]), nearMissing.length ? missing : known);
				if (nearMissing.length === 1) misspelled.add(dotted([...issue.path, nearMissing[0] ?? '']));
			}
		}
		for (const issue of schemaIssues) {
			if (issue.code !== 'unrecognized_keys') {
				if (misspelled.has(dotted(issue.path)) && valueAt(file.data, issue.path) === undefined) continue;
				issues.push(context.at(file, issue.path, friendlyMessage(issue, file.data, schemaAt(schema, issue.path))));
				continue;
			}
			// The schemas are strict objects, so zod names unknown keys itself; we add where they are and what was meant.
			const known = fieldsAt(schema, issue.path);
			for (const key of issue.keys) {
				const path = [...issue.path, key];
				issues.push(
					context.at(
						file,
						path,
						`неизвестное поле «${key}»${didYouMean(key, meant.get(dotted(path)) ?? known)}; допустимые поля: ${known.join(', ')}`,
					),
				);
			}
		}
	}
	return issues;
};
