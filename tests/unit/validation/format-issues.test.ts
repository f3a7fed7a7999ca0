import { describe, expect, it } from 'vitest';
import { formatGithubAnnotation, formatGitlabCodeQuality } from '../../../src/validation/format-issues.ts';
import type { ContentIssue } from '../../../src/validation/validate-content.ts';

const error: ContentIssue = {
	severity: 'error',
	file: 'content/practices/krasnoyarsk/novaya.mdx',
	line: 4,
	field: 'municipalities.0',
	message: 'нет такой записи: муниципальное образование «krasnoyarskk»; возможно, вы имели в виду «krasnoyarsk»',
};
const warning: ContentIssue = {
	severity: 'warning',
	file: 'content/practices/krasnoyarsk/_chernovik.mdx',
	field: '',
	message: 'черновик не опубликован',
};

describe('GitLab code-quality report', () => {
	it('gives each finding the fields GitLab reads: description, check_name, fingerprint, severity, location.path and location.lines.begin', () => {
		const report = JSON.parse(formatGitlabCodeQuality([error, warning])) as unknown[];
		expect(report).toEqual([
			{
				description: `Поле municipalities.0: ${error.message}`,
				check_name: 'content-error-municipalities',
				fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
				severity: 'major',
				location: { path: 'content/practices/krasnoyarsk/novaya.mdx', lines: { begin: 4 } },
			},
			{
				description: 'черновик не опубликован',
				check_name: 'content-warning',
				fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
				severity: 'minor',
				// A finding about the whole file points at its first line: GitLab needs one.
				location: { path: 'content/practices/krasnoyarsk/_chernovik.mdx', lines: { begin: 1 } },
			},
		]);
	});

	it('keeps a finding’s fingerprint when lines above it move, and tells apart two equal findings in one file', () => {
		const [first] = JSON.parse(formatGitlabCodeQuality([error])) as { fingerprint: string }[];
		const [moved] = JSON.parse(formatGitlabCodeQuality([{ ...error, line: 9 }])) as { fingerprint: string }[];
		expect(moved?.fingerprint).toBe(first?.fingerprint);
		const twice = JSON.parse(formatGitlabCodeQuality([error, { ...error, line: 12 }])) as { fingerprint: string }[];
		expect(new Set(twice.map((i) => i.fingerprint)).size).toBe(2);
		const other = JSON.parse(formatGitlabCodeQuality([{ ...error, message: 'другое' }])) as { fingerprint: string }[];
		expect(other[0]?.fingerprint).not.toBe(first?.fingerprint);
	});

	it('is an empty JSON array when there is nothing to report', () => {
		expect(JSON.parse(formatGitlabCodeQuality([]))).toEqual([]);
	});
});

describe('GitHub annotation', () => {
	it('escapes the separators of workflow commands', () => {
		expect(formatGithubAnnotation(error)).toBe(
			`::error file=content/practices/krasnoyarsk/novaya.mdx,line=4,title=Поле municipalities.0::${error.message}`,
		);
	});
});
