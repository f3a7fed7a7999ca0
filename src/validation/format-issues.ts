import type { ContentIssue } from './validate-content.ts';

/** One line per issue: `content/x.mdx:12 ошибка поле results.0.source: сообщение`. */
export function formatIssue(issue: ContentIssue): string {
	const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
	const field = issue.field ? ` поле ${issue.field}` : '';
	const label = issue.severity === 'error' ? 'ошибка' : 'предупреждение';
	return `${where} ${label}${field}: ${issue.message}`;
}

/** GitHub's escaping of workflow-command data and properties. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions annotation: `::error file=…,line=…,title=…::message`, shown on the pull request diff. */
export function formatGithubAnnotation(issue: ContentIssue): string {
	const properties = [`file=${escapeProperty(issue.file)}`];
	if (issue.line !== undefined) properties.push(`line=${issue.line}`);
	properties.push(`title=${escapeProperty(issue.field ? `Поле ${issue.field}` : 'Проверка содержимого')}`);
	return `::${issue.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(issue.message)}`;
}

/** Issues in file order, then line order, so a curator can work down the list. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
	return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
