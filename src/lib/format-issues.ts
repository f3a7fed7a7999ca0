import type { ContentIssue } from './validate-content.ts';

/** One line per issue: `content/x.mdx:12 поле results.0.source — сообщение`. */
export function formatIssue(issue: ContentIssue): string {
	const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
	const field = issue.field ? ` поле ${issue.field}` : '';
	const label = issue.severity === 'error' ? 'ошибка' : 'предупреждение';
	return `${where} ${label}${field}: ${issue.message}`;
}
