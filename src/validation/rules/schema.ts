import { CONTENT_SCHEMAS } from '../content-schemas.ts';
import { friendlyMessage } from '../friendly-issue.ts';
import { fieldsAt } from '../schema-walk.ts';
import { didYouMean } from '../closest.ts';
import { hasFields, type ContentIssue, type Rule } from '../rule-context.ts';

/** What reading a file found (broken YAML, no frontmatter), and every field against its collection's schema. */
export const schema: Rule = (context) => {
	const issues: ContentIssue[] = [];
	for (const file of context.files) {
		for (const error of file.readErrors) {
			issues.push({ severity: 'error', file: file.file, ...(error.line === undefined ? {} : { line: error.line }), field: '', message: error.message });
		}
		if (file.data !== undefined && !hasFields(file)) issues.push(context.at(file, [], 'блок свойств пуст или записан не как набор полей «имя: значение»'));
	}
	for (const { file, schemaIssues } of context.entries) {
		for (const issue of schemaIssues) {
			if (issue.code !== 'unrecognized_keys') {
				issues.push(context.at(file, issue.path, friendlyMessage(issue, file.data)));
				continue;
			}
			// The schemas are strict objects, so zod names unknown keys itself; we add where they are and what was meant.
			const known = fieldsAt(CONTENT_SCHEMAS[file.collection], issue.path);
			for (const key of issue.keys) issues.push(context.at(file, [...issue.path, key], `неизвестное поле «${key}»${didYouMean(key, known)}; допустимые поля: ${known.join(', ')}`));
		}
	}
	return issues;
};
