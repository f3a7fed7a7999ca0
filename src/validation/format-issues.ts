import { createHash } from 'node:crypto';
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

/** One finding of GitLab's code-quality report (a subset of the Code Climate issue format that GitLab reads). */
export interface GitlabCodeQualityIssue {
	description: string;
	check_name: string;
	fingerprint: string;
	severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
	location: { path: string; lines: { begin: number } };
}

/**
 * GitLab's code-quality report: a JSON array that a merge request shows beside the changed lines
 * (`artifacts: reports: codequality` in .gitlab-ci.yml). An error blocks publication, so it is `major`;
 * a warning is `minor`. The fingerprint is stable for the same finding, so GitLab can tell new findings
 * from fixed ones between the source and target branches.
 */
export function formatGitlabCodeQuality(issues: readonly ContentIssue[]): string {
	const seen = new Map<string, number>();
	const report: GitlabCodeQualityIssue[] = issues.map((issue) => {
		// Not the line: a finding that moves down when lines are added above it is still the same finding.
		const key = [issue.severity, issue.file, issue.field, issue.message].join('\0');
		const occurrence = (seen.get(key) ?? 0) + 1;
		seen.set(key, occurrence);
		return {
			description: issue.field ? `Поле ${issue.field}: ${issue.message}` : issue.message,
			check_name: issue.field ? `content-${issue.severity}-${issue.field.split('.')[0]}` : `content-${issue.severity}`,
			fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex'),
			severity: issue.severity === 'error' ? 'major' : 'minor',
			// GitLab needs a line; a finding about the whole file points at its first.
			location: { path: issue.file, lines: { begin: issue.line ?? 1 } },
		};
	});
	return JSON.stringify(report, null, '\t');
}

/** Issues in file order, then line order, so a curator can work down the list. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
	return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
