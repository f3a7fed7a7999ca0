import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../../src/schemas/common.ts';
import { CONTENT_DIR } from '../../src/site/content-root.ts';
import { countRu } from '../../src/site/plural.ts';
import { readContentFiles } from '../../src/validation/content-files.ts';
import {
	formatGithubAnnotation,
	formatGitlabCodeQuality,
	formatIssue,
	sortIssues,
} from '../../src/validation/format-issues.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

export interface ValidateRun {
	/** The exit code: 0 with no errors, 1 with errors, 2 for arguments it does not take. */
	status: 0 | 1 | 2;
	stdout: string;
	stderr: string;
}

/**
 * `npm run validate [-- --format github|gitlab] [--output <file>]` as a function: what it would print and its
 * exit code, so tests run it on many content folders in one process. `scripts/validate.ts` prints the result.
 */
export function validateCommand(args: readonly string[], contentDir: string = CONTENT_DIR): ValidateRun {
	const { values } = parseArgs({
		args: [...args],
		options: { format: { type: 'string', default: 'text' }, output: { type: 'string' } },
	});
	if (values.format !== 'text' && values.format !== 'github' && values.format !== 'gitlab') {
		return {
			status: 2,
			stdout: '',
			stderr: `Неизвестный формат «${values.format}»: допустимо --format text, --format github или --format gitlab\n`,
		};
	}
	const out: string[] = [];
	const err: string[] = [];

	const started = performance.now();
	const files = readContentFiles(contentDir, COLLECTIONS, { drafts: true });
	const issues = sortIssues(validateContent(files));
	const errors = issues.filter((i) => i.severity === 'error').length;
	const warnings = issues.length - errors;
	const findings =
		values.format === 'gitlab'
			? formatGitlabCodeQuality(issues)
			: issues
					.map((issue) => (values.format === 'github' ? formatGithubAnnotation(issue) : formatIssue(issue)))
					.join('\n');
	if (values.output) writeFileSync(values.output, `${findings}\n`);
	else if (findings) out.push(findings);
	// Beside a machine-readable report on stdout, the summary goes to stderr so the report stays valid.
	const say = values.format === 'gitlab' && !values.output ? err : out;

	const checked = `Проверено файлов: ${files.length} за ${Math.round(performance.now() - started)} мс.`;
	const warned = countRu(warnings, ['предупреждение', 'предупреждения', 'предупреждений']);
	if (errors) {
		say.push(`\n${countRu(errors, ['ошибка', 'ошибки', 'ошибок'])}${warnings ? `, ${warned}` : ''}. ${checked}`);
		say.push('Исправьте ошибки и запустите проверку снова: npm run validate');
	} else {
		say.push(`${warnings ? `Ошибок нет, ${warned}.` : 'Ошибок нет.'} ${checked}`);
	}
	const lines = (list: string[]) => list.map((line) => `${line}\n`).join('');
	return { status: errors ? 1 : 0, stdout: lines(out), stderr: lines(err) };
}
