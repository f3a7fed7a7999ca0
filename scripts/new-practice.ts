// Creates a new practice entry: `npm run new` asks step by step; with flags it runs without questions:
//   npm run new -- --municipality krasnoyarsk --title "…" --summary "…" --topic tos --status действует --status-year 2023 --source <id>
// The file it writes passes `npm run validate`. `npm run new -- --replication` records instead that a
// municipality repeated another's practice (scripts/new-replication.ts).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as p from '@clack/prompts';
import { COLLECTIONS, YearSchema } from '../src/schemas/common.ts';
import { PRACTICE_STATUSES, PracticeSchema, type PracticeStatus } from '../src/schemas/practice.ts';
import { readContentFiles } from '../src/validation/content-files.ts';
import { CONTENT_DIR } from '../src/site/content-root.ts';
import { practiceTemplate } from '../src/editor/practice-template.ts';
import { slugify } from '../src/editor/transliterate.ts';
import { didYouMean } from '../src/validation/closest.ts';
import { entryOptions } from '../src/editor/entry-options.ts';
import { boundsOf } from '../src/validation/schema-walk.ts';

if (process.argv.slice(2).includes('--replication')) {
	await import('./new-replication.ts');
	process.exit();
}

const { values } = parseArgs({
	options: {
		municipality: { type: 'string' },
		title: { type: 'string' },
		summary: { type: 'string' },
		topic: { type: 'string', multiple: true },
		status: { type: 'string' },
		'status-year': { type: 'string' },
		source: { type: 'string' },
		slug: { type: 'string' },
		force: { type: 'boolean', default: false },
	},
});

const files = readContentFiles(CONTENT_DIR, COLLECTIONS);
const municipalities = entryOptions(files, 'municipalities', 'name');
const topics = entryOptions(files, 'topics', 'name');
const sources = entryOptions(files, 'sources', 'title');

function fail(message: string): never {
	console.error(`Ошибка: ${message}`);
	process.exit(1);
}
function check(kind: string, value: string, options: { value: string }[]) {
	if (!options.some((o) => o.value === value))
		fail(
			`нет такой записи (${kind}): «${value}»${didYouMean(
				value,
				options.map((o) => o.value),
			)}`,
		);
}
// The limits are the schema's, so what is asked here is what validation accepts.
const titleLength = boundsOf(PracticeSchema.shape.title);
const summaryLength = boundsOf(PracticeSchema.shape.summary);
const firstYear = boundsOf(YearSchema).min ?? 0;
const thisYear = new Date().getFullYear();
const titleProblem = (text: string) =>
	!text.trim()
		? 'Введите название.'
		: text.trim().length > (titleLength.max ?? Infinity)
			? `Не больше ${titleLength.max} символов.`
			: undefined;
const summaryProblem = (text: string) =>
	text.trim().length < (summaryLength.min ?? 0)
		? `Нужно не меньше ${summaryLength.min} символов: что сделано и что из этого вышло.`
		: text.trim().length > (summaryLength.max ?? Infinity)
			? `Не больше ${summaryLength.max} символов.`
			: undefined;

/** A status is true only as of its source: the year it is known for, not after this one (as validation's dates rule says). */
const statusYearProblem = (text: string) =>
	/^\d{4}$/.test(text.trim()) && Number(text) >= firstYear && Number(text) <= thisYear
		? undefined
		: `Год четырьмя цифрами, от ${firstYear} до ${thisYear}: год, о котором говорит источник.`;

const interactive = !(
	values.municipality &&
	values.title &&
	values.summary &&
	values.topic?.length &&
	values.status &&
	values['status-year'] &&
	values.source
);
let answers: {
	municipality: string;
	title: string;
	summary: string;
	topics: string[];
	status: PracticeStatus;
	statusAsOf: number;
	source: string;
};

if (interactive) {
	if (!process.stdin.isTTY)
		fail(
			'для работы без вопросов укажите --municipality, --title, --summary, --topic, --status, --status-year и --source',
		);
	p.intro('Новая практика');
	const result = await p.group(
		{
			municipality: () =>
				p.autocomplete({
					message: 'Муниципалитет (начните вводить название)',
					options: municipalities,
					...(values.municipality ? { initialValue: values.municipality } : {}),
				}),
			title: () =>
				p.text({
					message: 'Название практики',
					placeholder: 'Например: Конкурс «Фабрика народных инициатив»',
					...(values.title ? { initialValue: values.title } : {}),
					validate: (v) => titleProblem(v ?? ''),
				}),
			summary: () =>
				p.text({
					message: 'Коротко: что сделано и какой результат (1–2 предложения)',
					...(values.summary ? { initialValue: values.summary } : {}),
					validate: (v) => summaryProblem(v ?? ''),
				}),
			topics: () =>
				p.multiselect({ message: 'Темы (пробел — выбрать, Enter — дальше)', options: topics, required: true }),
			main: ({ results }) => {
				const chosen = results.topics ?? [];
				if (chosen.length < 2) return Promise.resolve(chosen[0]);
				return p.select({ message: 'Какая из них основная?', options: topics.filter((t) => chosen.includes(t.value)) });
			},
			status: () => p.select({ message: 'Статус', options: PRACTICE_STATUSES.map((s) => ({ value: s, label: s })) }),
			statusYear: () =>
				p.text({
					message: 'На какой год верен статус (год, о котором говорит источник)',
					placeholder: '2023',
					validate: (v) => statusYearProblem(v ?? ''),
				}),
			source: () =>
				p.autocomplete({ message: 'Источник сведений (документ, где сказано и о статусе)', options: sources }),
		},
		{
			onCancel: () => {
				p.cancel('Отменено, файл не создан.');
				process.exit(1);
			},
		},
	);
	const main = String(result.main ?? result.topics[0]);
	answers = {
		municipality: result.municipality,
		title: result.title,
		summary: result.summary,
		topics: [main, ...result.topics.filter((t) => t !== main)],
		status: result.status as PracticeStatus,
		statusAsOf: Number(result.statusYear),
		source: result.source,
	};
} else {
	answers = {
		municipality: values.municipality!,
		title: values.title!.trim(),
		summary: values.summary!.trim(),
		topics: values.topic!,
		status: values.status as PracticeStatus,
		statusAsOf: Number(values['status-year']),
		source: values.source!,
	};
	check('муниципалитет', answers.municipality, municipalities);
	for (const topic of answers.topics) check('тема', topic, topics);
	check('источник', answers.source, sources);
	if (!PRACTICE_STATUSES.includes(answers.status))
		fail(`статус «${answers.status}» не из списка: ${PRACTICE_STATUSES.join(', ')}`);
	const yearProblem = statusYearProblem(values['status-year']!);
	if (yearProblem) fail(`--status-year: ${yearProblem}`);
	const title = titleProblem(answers.title);
	if (title) fail(`название: ${title}`);
	const problem = summaryProblem(answers.summary);
	if (problem) fail(`краткое описание: ${problem}`);
}

const slug = values.slug ?? slugify(answers.title);
if (!slug) fail('не получилось составить имя файла из названия: укажите его в --slug латиницей через дефис');
const path = join(CONTENT_DIR, 'practices', answers.municipality, `${slug}.mdx`);
if (existsSync(path) && !values.force)
	fail(`файл ${relative(process.cwd(), path)} уже есть: выберите другое название или --slug`);

mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, practiceTemplate({ ...answers, today: new Date().toISOString().slice(0, 10) }));
const shown = relative(process.cwd(), path);
if (interactive) p.outro(`Создан ${shown}. Заполните разделы текста и результаты, затем: npm run validate`);
else console.log(`Создан ${shown}`);
