// Records that a municipality repeated another's practice: `npm run new -- --replication` asks step by step;
// with flags it runs without questions:
//   npm run new -- --replication --practice krasnoyarsk/yarkie-berega --municipality lesosibirsk --year 2024 \
//     --outcome "…" --source <id>
// The file it writes, content/replications/<municipality>-<owner>-<slug>.yaml, passes `npm run validate`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as p from '@clack/prompts';
import { COLLECTIONS, SLUG_PATTERN, YearSchema } from '../src/schemas/common.ts';
import { ReplicationSchema } from '../src/schemas/replication.ts';
import { readContentFiles } from '../src/validation/content-files.ts';
import { CONTENT_DIR } from '../src/site/content-root.ts';
import { entryOptions, type EntryOption } from '../src/editor/entry-options.ts';
import { replicationTemplate, type NewReplication } from '../src/editor/replication-template.ts';
import { replicationFileName } from '../src/replications/replications.ts';
import { didYouMean } from '../src/validation/closest.ts';
import { boundsOf } from '../src/validation/schema-walk.ts';

const { values } = parseArgs({
	options: {
		replication: { type: 'boolean' },
		practice: { type: 'string' },
		municipality: { type: 'string' },
		year: { type: 'string' },
		outcome: { type: 'string' },
		source: { type: 'string' },
		slug: { type: 'string' },
		force: { type: 'boolean', default: false },
	},
});

const files = readContentFiles(CONTENT_DIR, COLLECTIONS);
const practices = entryOptions(files, 'practices', 'title').map((o) => ({ ...o, label: `${o.label} (${o.value})` }));
const municipalities = entryOptions(files, 'municipalities', 'name');
const sources = entryOptions(files, 'sources', 'title');
/** The municipalities each practice's file says carry it out: they cannot be the ones that repeated it. */
const carriers = new Map(
	files
		.filter((f) => f.collection === 'practices')
		.map((f) => [
			f.id,
			((f.data as { municipalities?: unknown } | undefined)?.municipalities as string[] | undefined) ?? [],
		]),
);

function fail(message: string): never {
	console.error(`Ошибка: ${message}`);
	process.exit(1);
}
function check(kind: string, value: string, options: readonly EntryOption[]) {
	if (!options.some((o) => o.value === value))
		fail(
			`нет такой записи (${kind}): «${value}»${didYouMean(
				value,
				options.map((o) => o.value),
			)}`,
		);
}

// The limits are the schema's, so what is asked here is what validation accepts; a year not after this one is its dates rule.
const thisYear = new Date().getFullYear();
const firstYear = boundsOf(YearSchema).min ?? 0;
const outcomeLength = boundsOf(ReplicationSchema.shape.outcome);
const yearProblem = (text: string) =>
	/^\d{4}$/.test(text.trim()) && Number(text) >= firstYear && Number(text) <= thisYear
		? undefined
		: `Год четырьмя цифрами, от ${firstYear} до ${thisYear}: когда муниципалитет взялся за практику.`;
const outcomeProblem = (text: string) =>
	text.trim().length < (outcomeLength.min ?? 0)
		? `Нужно не меньше ${outcomeLength.min} символов: что получилось у муниципалитета, который повторил практику.`
		: text.trim().length > (outcomeLength.max ?? Infinity)
			? `Не больше ${outcomeLength.max} символов.`
			: undefined;
const ownProblem = (practice: string, municipality: string) =>
	carriers.get(practice)?.includes(municipality)
		? `муниципалитет «${municipality}» сам проводит практику «${practice}»: повтор — это когда практику перенял другой муниципалитет`
		: undefined;

const interactive = !(values.practice && values.municipality && values.year && values.outcome && values.source);
let answers: NewReplication;

if (interactive) {
	if (!process.stdin.isTTY)
		fail('для работы без вопросов укажите --practice, --municipality, --year, --outcome и --source');
	p.intro('Опыт повторили: новая запись');
	const result = await p.group(
		{
			practice: () =>
				p.autocomplete({
					message: 'Какую практику повторили (начните вводить название)',
					options: practices,
					...(values.practice ? { initialValue: values.practice } : {}),
				}),
			municipality: ({ results }) =>
				p.autocomplete({
					message: 'Какой муниципалитет её повторил',
					options: municipalities.filter((m) => !carriers.get(results.practice ?? '')?.includes(m.value)),
					...(values.municipality ? { initialValue: values.municipality } : {}),
				}),
			year: () =>
				p.text({
					message: 'В каком году он взялся за практику',
					placeholder: String(thisYear),
					...(values.year ? { initialValue: values.year } : {}),
					validate: (v) => yearProblem(v ?? ''),
				}),
			outcome: () =>
				p.text({
					message: 'Что из этого вышло (1–3 предложения, по источнику)',
					...(values.outcome ? { initialValue: values.outcome } : {}),
					validate: (v) => outcomeProblem(v ?? ''),
				}),
			source: () => p.autocomplete({ message: 'Источник сведений о повторе', options: sources }),
		},
		{
			onCancel: () => {
				p.cancel('Отменено, файл не создан.');
				process.exit(1);
			},
		},
	);
	answers = {
		practice: String(result.practice),
		municipality: String(result.municipality),
		year: Number(result.year),
		outcome: String(result.outcome).trim(),
		source: String(result.source),
	};
} else {
	answers = {
		practice: values.practice!,
		municipality: values.municipality!,
		year: Number(values.year),
		outcome: values.outcome!.trim(),
		source: values.source!,
	};
	check('практика', answers.practice, practices);
	check('муниципалитет', answers.municipality, municipalities);
	check('источник', answers.source, sources);
	const year = yearProblem(values.year!);
	if (year) fail(`--year: ${year}`);
	const outcome = outcomeProblem(answers.outcome);
	if (outcome) fail(`--outcome: ${outcome}`);
}
const own = ownProblem(answers.practice, answers.municipality);
if (own) fail(`${own}; укажите в --municipality тот, что её повторил`);

const slug = values.slug ?? replicationFileName(answers.municipality, answers.practice);
if (!SLUG_PATTERN.test(slug)) fail(`имя файла «${slug}» должно быть латиницей в нижнем регистре через дефис`);
const path = join(CONTENT_DIR, 'replications', `${slug}.yaml`);
if (existsSync(path) && !values.force) {
	fail(
		`файл ${relative(process.cwd(), path)} уже есть: если это другой случай того же муниципалитета, дайте имя в --slug, например ${slug}-${answers.year}`,
	);
}

mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, replicationTemplate(answers));
const shown = relative(process.cwd(), path);
if (interactive)
	p.outro(`Создан ${shown}. Если источник даёт цифры или контакты, добавьте их, затем: npm run validate`);
else console.log(`Создан ${shown}`);
