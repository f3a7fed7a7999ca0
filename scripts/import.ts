// Brings a registry of practices from a spreadsheet into the base as drafts:
//   npm run import -- <file.xlsx|file.csv> [--owner <id>] [--source <id>] [--mapping <file.yaml>] [--report <file.md>] [--dry-run]
// Each row becomes content/practices/<owner>/_<slug>.mdx (a draft: not on the site until renamed without «_»);
// the report (Markdown, for the pull request) says what each draft lacks, which rows were left out and why.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../src/schemas/common.ts';
import { CONTENT_DIR } from '../src/site/content-root.ts';
import { readContentFiles } from '../src/validation/content-files.ts';
import { parseMapping } from '../src/import/columns.ts';
import { planImport } from '../src/import/import-registry.ts';
import { importReport, summaryLines } from '../src/import/import-report.ts';
import { readCsv, readXlsx } from '../src/import/read-spreadsheet.ts';

const usage =
	'npm run import -- <таблица.xlsx или таблица.csv> [--owner <id>] [--source <id источника>] [--mapping <сопоставление.yaml>] [--report <отчёт.md>] [--dry-run]';
const fail = (message: string): never => {
	console.error(`${message}\nЗапуск: ${usage}`);
	process.exit(2);
};

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			owner: { type: 'string' },
			source: { type: 'string' },
			mapping: { type: 'string' },
			report: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
		},
	});
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed!;
const [input] = positionals;
if (!input || positionals.length > 1) fail('Укажите один файл таблицы.');
if (!existsSync(input!)) fail(`Нет такого файла: ${input}`);

const started = performance.now();
const extension = extname(input!).toLowerCase();
const bytes = new Uint8Array(readFileSync(input!));
const name = input!.replace(/^.*[\\/]/, '');
let workbook;
if (extension === '.xlsx') {
	workbook = await readXlsx(bytes, name).catch((error: unknown) =>
		fail(
			`Не удалось прочитать ${name} как файл Excel (.xlsx): ${error instanceof Error ? error.message : String(error)}`,
		),
	);
} else if (extension === '.csv') {
	workbook = readCsv(bytes, name);
	console.error(
		`${name}: кодировка ${workbook.encoding}, разделитель «${workbook.delimiter === '\t' ? 'табуляция' : workbook.delimiter}».`,
	);
} else if (extension === '.xls') {
	fail(
		`${name} — файл старого формата Excel 97–2003. Откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)» или CSV.`,
	);
} else {
	fail(`Импорт читает таблицы .xlsx и .csv, а не «${extension || name}».`);
}

let mapping;
if (values.mapping) {
	try {
		mapping = parseMapping(readFileSync(values.mapping, 'utf8'));
	} catch (error) {
		fail(`Файл сопоставления ${values.mapping}: ${error instanceof Error ? error.message : String(error)}`);
	}
}

const files = readContentFiles(CONTENT_DIR, COLLECTIONS, { drafts: true });
const ids = (collection: (typeof COLLECTIONS)[number]) =>
	new Set(files.filter((f) => f.collection === collection).map((f) => f.id));
if (
	values.owner &&
	!['municipalities', 'regions', 'associations'].some((c) => ids(c as (typeof COLLECTIONS)[number]).has(values.owner!))
) {
	fail(`--owner ${values.owner}: нет такого муниципалитета, региона или ассоциации в content/.`);
}
if (values.source && !ids('sources').has(values.source))
	fail(`--source ${values.source}: нет такого источника в content/sources/.`);

const plan = planImport(workbook!, files, {
	...(mapping ? { mapping } : {}),
	...(values.owner ? { owner: values.owner } : {}),
	...(values.source ? { source: values.source } : {}),
});
const dryRun = values['dry-run'];
if (!dryRun) {
	for (const { path, text } of plan.written) {
		const full = join(CONTENT_DIR, path);
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
	}
}
const seconds = (performance.now() - started) / 1000;
const report = importReport(plan, { dryRun, seconds });
if (values.report) {
	writeFileSync(values.report, report);
	console.log(summaryLines(plan, dryRun).join('\n'));
	console.log(
		`Время: ${seconds.toFixed(1)} с. Отчёт для pull request: ${relative(process.cwd(), values.report) || values.report}`,
	);
} else {
	console.log(report);
}
if (!dryRun && plan.written.length) console.log('Проверьте черновики: npm run validate');
