// Checks all content without building the site: `npm run validate`.
import { COLLECTIONS } from '../src/schemas/common.ts';
import { readContentFiles } from '../src/lib/content-files.ts';
import { CONTENT_DIR } from '../src/lib/content-root.ts';
import { formatIssue } from '../src/lib/format-issues.ts';
import { validateContent } from '../src/lib/validate-content.ts';

const files = readContentFiles(CONTENT_DIR, COLLECTIONS);
const issues = validateContent(files);
for (const issue of issues) console.log(formatIssue(issue));
const errors = issues.filter((i) => i.severity === 'error').length;
console.log(errors ? `\nОшибок: ${errors}. Файлов проверено: ${files.length}.` : `Ошибок нет. Файлов проверено: ${files.length}.`);
process.exitCode = errors ? 1 : 0;
