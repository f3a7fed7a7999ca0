// Checks all content without building the site: `npm run validate [-- --format github]`.
// Exits 1 on any error; warnings are printed but do not fail.
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../src/schemas/common.ts';
import { readContentFiles } from '../src/validation/content-files.ts';
import { CONTENT_DIR } from '../src/lib/content-root.ts';
import { formatGithubAnnotation, formatIssue, sortIssues } from '../src/validation/format-issues.ts';
import { validateContent } from '../src/validation/validate-content.ts';
import { countRu } from '../src/site/plural.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });
if (values.format !== 'text' && values.format !== 'github') {
	console.error(`Неизвестный формат «${values.format}»: допустимо --format text или --format github`);
	process.exit(2);
}

const started = performance.now();
const files = readContentFiles(CONTENT_DIR, COLLECTIONS);
const issues = sortIssues(validateContent(files));
const errors = issues.filter((i) => i.severity === 'error').length;
const warnings = issues.length - errors;
for (const issue of issues) console.log(values.format === 'github' ? formatGithubAnnotation(issue) : formatIssue(issue));

const checked = `Проверено файлов: ${files.length} за ${Math.round(performance.now() - started)} мс.`;
if (errors) {
	console.log(`\n${countRu(errors, ['ошибка', 'ошибки', 'ошибок'])}${warnings ? `, ${countRu(warnings, ['предупреждение', 'предупреждения', 'предупреждений'])}` : ''}. ${checked}`);
	console.log('Исправьте ошибки и запустите проверку снова: npm run validate');
} else {
	console.log(`${warnings ? `Ошибок нет, ${countRu(warnings, ['предупреждение', 'предупреждения', 'предупреждений'])}.` : 'Ошибок нет.'} ${checked}`);
}
process.exitCode = errors ? 1 : 0;
