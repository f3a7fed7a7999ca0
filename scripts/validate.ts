// Checks all content without building the site: `npm run validate [-- --format github|gitlab] [--output <file>]`.
// Exits 1 on any error; warnings are printed but do not fail. `--format gitlab` gives GitLab's
// code-quality report (JSON); `--output` writes the findings to a file instead of the terminal (npm prints
// its own header line on stdout, so a redirected stdout would not be valid JSON).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../src/schemas/common.ts';
import { readContentFiles } from '../src/validation/content-files.ts';
import { CONTENT_DIR } from '../src/site/content-root.ts';
import {
	formatGithubAnnotation,
	formatGitlabCodeQuality,
	formatIssue,
	sortIssues,
} from '../src/validation/format-issues.ts';
import { validateContent } from '../src/validation/validate-content.ts';
import { countRu } from '../src/site/plural.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' }, output: { type: 'string' } } });
if (values.format !== 'text' && values.format !== 'github' && values.format !== 'gitlab') {
	console.error(`Неизвестный формат «${values.format}»: допустимо --format text, --format github или --format gitlab`);
	process.exit(2);
}

const started = performance.now();
const files = readContentFiles(CONTENT_DIR, COLLECTIONS, { drafts: true });
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
else if (findings) console.log(findings);
// Beside a machine-readable report on stdout, the summary goes to stderr so the report stays valid.
const say = values.format === 'gitlab' && !values.output ? console.error : console.log;

const checked = `Проверено файлов: ${files.length} за ${Math.round(performance.now() - started)} мс.`;
if (errors) {
	say(
		`\n${countRu(errors, ['ошибка', 'ошибки', 'ошибок'])}${warnings ? `, ${countRu(warnings, ['предупреждение', 'предупреждения', 'предупреждений'])}` : ''}. ${checked}`,
	);
	say('Исправьте ошибки и запустите проверку снова: npm run validate');
} else {
	say(
		`${warnings ? `Ошибок нет, ${countRu(warnings, ['предупреждение', 'предупреждения', 'предупреждений'])}.` : 'Ошибок нет.'} ${checked}`,
	);
}
process.exitCode = errors ? 1 : 0;
