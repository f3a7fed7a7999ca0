import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS, MAY_BE_EMPTY, SLUG_PATTERN, type CollectionName } from '../schemas/common.ts';
import type { ContentFile } from './content-files.ts';
import { COLLECTION_LABELS, CONTENT_SCHEMAS } from './content-schemas.ts';
import { findReferences } from './find-references.ts';
import { PRACTICE_SECTIONS } from '../practice-text/practice-sections.ts';
import { friendlyMessage } from './friendly-issue.ts';
import { fieldsAt } from './schema-walk.ts';
import { didYouMean } from './closest.ts';
import { checkMdxBody, type MdxCheck } from '../practice-text/mdx-safety.ts';
import { firstLookAlikes } from './title-similarity.ts';
import { checkPhotoFile } from '../practice-text/photo-files.ts';
import type { PracticeStatus } from '../schemas/practice.ts';
import { ruleWords, rulesInResultsSection } from './practice-rules.ts';
import { emptySections, summariseDrafts, unsortedMessage, unsortedSection } from './drafts.ts';

/** A problem in one content file, worded for a curator. */
export interface ContentIssue {
	severity: 'error' | 'warning';
	file: string;
	line?: number;
	/** Dotted path of the field: `results.0.source`; empty for the whole file. */
	field: string;
	message: string;
}

const fieldName = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** A copy of the data without the keys that zod reported as unknown. */
function withoutKeys(data: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
	const copy = structuredClone(data);
	for (const issue of issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		let at: unknown = copy;
		for (const key of issue.path) at = (at as Record<PropertyKey, unknown>)[key];
		for (const key of issue.keys) delete (at as Record<string, unknown>)[key];
	}
	return copy;
}

/** Russian messages for zod's built-in checks; set once for every schema in the process. */
z.config(z.locales.ru());

export interface ValidateOptions {
	/** The date «in the future» is measured from; today by default. */
	today?: Date;
	/** The MDX safety check of one body; `checkMdxBody` by default. The build passes a cached one. */
	checkBody?: (body: string) => MdxCheck;
	/**
	 * Fold each draft's problems into one warning that lists them (true by default). `false` gives a draft's
	 * problems as errors, as if it were published: what the import reports a draft still lacks.
	 */
	summariseDrafts?: boolean;
}

/** What a status says of a practice, for the message that asks for its source. */
const STATUS_CLAIMS: Record<PracticeStatus, string> = {
	действует: 'действует',
	завершена: 'завершена',
	пилот: 'идёт в пилотном режиме',
	планируется: 'планируется',
};

/** Titles at least this alike within one municipality look like the same practice twice (the import uses it too). */
export const DUPLICATE_TITLE_SIMILARITY = 0.75;

/**
 * Checks every entry against its schema and every cross-reference against the ids that exist.
 * Returns all problems at once, in file order, rather than stopping at the first.
 * Astro's `reference()` would only log a missing target, so this is what fails the build.
 * A draft practice (`_<slug>.mdx`, when the files include drafts) is checked as if it were published, and
 * what it lacks becomes one warning: drafts never fail validation, and nothing can refer to one.
 */
export function validateContent(files: readonly ContentFile[], options: ValidateOptions = {}): ContentIssue[] {
	const today = options.today ?? new Date();
	const todayIso = today.toISOString().slice(0, 10);
	const thisYear = today.getUTCFullYear();
	const checkBody = options.checkBody ?? checkMdxBody;
	const issues: ContentIssue[] = [];
	/** Issues of drafts that stay as they are rather than being folded into the draft's summary. */
	const keep = new Set<ContentIssue>();
	const add = (file: ContentFile, path: readonly PropertyKey[], message: string, severity: ContentIssue['severity'] = 'error') => {
		const line = file.lineOf(path);
		issues.push({ severity, file: file.file, ...(line === undefined ? {} : { line }), field: fieldName(path), message });
	};

	const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
	const seen = new Map<string, ContentFile>();
	for (const file of files) {
		if (!file.draft) ids.get(file.collection)?.add(file.id);
		// Windows and macOS do not tell «Yarkie-berega» from «yarkie-berega»; the site would.
		const key = `${file.collection}/${file.id.toLowerCase()}`;
		const twin = seen.get(key);
		if (twin) {
			issues.push({ severity: 'error', file: file.file, field: '', message: `имя совпадает с ${twin.file} (без учёта регистра): переименуйте один из файлов` });
		} else seen.set(key, file);
	}
	const practiceTitles: { file: ContentFile; title: string; municipalities: string[] }[] = [];
	/** Publication dates of the sources, for the year a practice's status is known for. */
	const sourcePublished = new Map(
		files.filter((f) => f.collection === 'sources').map((f) => {
			const published = (f.data as { published?: unknown } | null | undefined)?.published;
			return [f.id, published === undefined || published === null ? undefined : String(published)];
		}),
	);

	/** The municipalities that carry out each practice, as its file says: a replication by one of them is refused. */
	const carriersOf = new Map(
		files.filter((f) => f.collection === 'practices' && !f.draft).map((f) => {
			const listed = (f.data as { municipalities?: unknown } | null | undefined)?.municipalities;
			return [f.id, Array.isArray(listed) ? listed.map(String) : []];
		}),
	);

	for (const collection of COLLECTIONS) {
		if (!MAY_BE_EMPTY.includes(collection) && !files.some((f) => f.collection === collection)) {
			issues.push({ severity: 'error', file: `content/${collection}/`, field: '', message: `в коллекции нет ни одной записи (${COLLECTION_LABELS[collection]})` });
		}
	}

	for (const file of files) {
		for (const error of file.readErrors) {
			issues.push({ severity: 'error', file: file.file, ...(error.line === undefined ? {} : { line: error.line }), field: '', message: error.message });
		}
		if (file.data === undefined) continue;

		// A draft's name is checked as it will be once published, without its `_`.
		const segments = (file.draft ? file.id.replace(/\/_/, '/') : file.id).split('/');
		for (const segment of segments) {
			if (!SLUG_PATTERN.test(segment)) {
				add(file, [], `имя «${segment}» должно быть латиницей в нижнем регистре через дефис, например «yarkie-berega»; переименуйте файл или папку`);
			}
		}
		if (file.collection === 'practices' && segments.length !== 2) {
			add(file, [], 'практика должна лежать в папке своего муниципального образования: content/practices/<муниципалитет>/<название>.mdx');
		}

		const schema = CONTENT_SCHEMAS[file.collection];
		if (file.data === null || typeof file.data !== 'object' || Array.isArray(file.data)) {
			add(file, [], 'блок свойств пуст или записан не как набор полей «имя: значение»');
			continue;
		}
		let parsed = schema.safeParse(file.data);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				if (issue.code !== 'unrecognized_keys') {
					add(file, issue.path, friendlyMessage(issue, file.data));
					continue;
				}
				// The schemas are strict objects, so zod names unknown keys itself; we add where they are and what was meant.
				const known = fieldsAt(schema, issue.path);
				for (const key of issue.keys) add(file, [...issue.path, key], `неизвестное поле «${key}»${didYouMean(key, known)}; допустимые поля: ${known.join(', ')}`);
			}
			// Unknown fields alone should not hide the cross-checks below: they run on the data without those fields.
			if (parsed.error.issues.every((issue) => issue.code === 'unrecognized_keys')) parsed = schema.safeParse(withoutKeys(file.data, parsed.error.issues));
		}

		for (const found of findReferences(schema, file.data)) {
			const existing = ids.get(found.collection);
			if (existing?.has(found.id)) continue;
			add(
				file,
				found.path,
				`нет такой записи: ${COLLECTION_LABELS[found.collection]} «${found.id}»${didYouMean(found.id, existing ?? [])}; проверьте написание или добавьте файл в content/${found.collection}/`,
			);
		}
		if (parsed.success) checkDates(file, parsed.data as Record<string, unknown>, { todayIso, thisYear }, add);

		if (file.collection === 'practices') {
			// On the data as written, so a draft missing other fields is told this too.
			const raw = file.data as { status?: unknown; statusAsOf?: unknown; statusSource?: unknown; sources?: { source?: unknown }[] };
			const named = typeof raw.statusSource === 'string' ? raw.statusSource : undefined;
			const statusSource = named ?? (Array.isArray(raw.sources) ? raw.sources[0]?.source : undefined);
			if (raw.statusAsOf === undefined && typeof statusSource === 'string' && typeof raw.status === 'string' && ids.get('sources')?.has(statusSource) && !sourcePublished.get(statusSource)) {
				const which = named === undefined ? 'первый источник' : 'источник статуса';
				add(file, ['status'], `не указано, на какой год верен статус «${raw.status}»: ${which} («${statusSource}») без даты; добавьте строку «statusAsOf: <год>» — год, о котором говорит источник`);
			}
		}
		if (file.collection === 'practices' && parsed.success && segments.length === 2) {
			const data = parsed.data as z.infer<typeof CONTENT_SCHEMAS.practices>;
			const owner = segments[0] ?? '';
			const owners = [...data.municipalities, ...data.regions, ...data.associations];
			if (!owners.includes(owner)) {
				add(file, ['municipalities'], `папка «${owner}» должна быть одним из исполнителей практики: укажите её в municipalities (или в regions/associations для региональной практики) либо перенесите файл в папку ведущего муниципалитета`);
			}
			for (const [index, id] of data.related.entries()) {
				if (id === file.id) add(file, ['related', index], `практика указана в собственном списке related: уберите «${id}», там перечисляются другие практики`);
			}
			for (const [index, id] of data.participants.entries()) {
				if (data.municipalities.includes(id)) {
					add(file, ['participants', index], `«${id}» указан и в municipalities (проводит практику), и в participants (только участвует): оставьте его в одном из списков, как сказано в источнике`);
				}
			}
			const cited = new Set(data.sources.map((s) => s.source));
			if (data.statusSource === undefined && data.status !== 'планируется') {
				const line = file.lineOf(['status']);
				issues.push({
					severity: 'error',
					file: file.file,
					...(line === undefined ? {} : { line }),
					field: 'statusSource',
					message: `не указано, какой источник подтверждает статус «${data.status}»: добавьте строку «statusSource: <id>» — id того документа из sources, где сказано, что практика ${STATUS_CLAIMS[data.status]}; без источника можно оставить только статус «планируется»`,
				});
			}
			if (data.statusSource !== undefined && !cited.has(data.statusSource)) {
				add(file, ['statusSource'], `источник статуса «${data.statusSource}» не указан в списке sources практики; добавьте его туда или укажите в statusSource один из источников практики`);
			}
			for (const [index, result] of data.results.entries()) {
				if (!cited.has(result.source)) {
					add(file, ['results', index, 'source'], `источник «${result.source}» этой цифры не указан в списке sources практики; добавьте его туда`);
				}
				const rule = ruleWords(result.measure);
				if (rule) {
					add(
						file,
						['results', index, 'measure'],
						`«${result.measure}» — правило практики («${rule}»), а не её итог: в results пишите, чего практика достигла в ${result.year} году (план — с planned: true), а правило перенесите в раздел «Как это работает»`,
					);
				}
			}
			practiceTitles.push({ file, title: data.title, municipalities: data.municipalities.length ? data.municipalities : [owner] });
		}
		if (file.collection === 'replications' && parsed.success) {
			const data = parsed.data as z.infer<typeof CONTENT_SCHEMAS.replications>;
			if (carriersOf.get(data.practice)?.includes(data.municipality)) {
				add(
					file,
					['municipality'],
					`муниципалитет «${data.municipality}» сам проводит практику «${data.practice}» (он указан в её municipalities), а повтор — это когда практику перенял другой муниципалитет: укажите в municipality тот, что её повторил; новое о своей практике внесите в её файл`,
				);
			}
			for (const [index, result] of data.results.entries()) {
				if (result.source !== data.source) {
					add(file, ['results', index, 'source'], `источник «${result.source}» этой цифры — не источник повтора («${data.source}»): укажите у цифры source: ${data.source} или, если цифра из другого документа, сделайте источником повтора его`);
				}
			}
		}
		// The text is checked even when the properties have errors, so every problem shows at once.
		if (file.collection === 'practices') {
			const checked = checkBody(file.body);
			const bodyLine = (line: number | undefined) => (line ? { line: line + file.bodyLine - 1 } : {});
			for (const problem of checked.problems) {
				issues.push({ severity: 'error', file: file.file, ...bodyLine(problem.line), field: '', message: problem.message });
			}
			// Photo files and cited sources can change without the text changing, so they are checked
			// here on every run, not kept with the cached result of the text.
			for (const image of checked.images) {
				const problem = file.path ? checkPhotoFile(join(dirname(file.path), image.url), image.url) : undefined;
				if (problem) issues.push({ severity: 'error', file: file.file, ...bodyLine(image.line), field: '', message: problem });
			}
			const cited = new Set(((file.data as { sources?: { source?: unknown }[] }).sources ?? []).map((s) => s?.source));
			for (const source of checked.sources) {
				const existing = ids.get('sources');
				const message = !existing?.has(source.id)
					? `нет такого источника «${source.id}»${didYouMean(source.id, existing ?? [])}; укажите id файла из content/sources/`
					: !cited.has(source.id)
						? `источник «${source.id}» этой цифры не указан в списке sources практики; добавьте его туда`
						: undefined;
				if (message) issues.push({ severity: 'error', file: file.file, ...bodyLine(source.line), field: '', message });
			}
			for (const rule of rulesInResultsSection(file.body)) {
				issues.push({
					severity: 'error',
					file: file.file,
					...bodyLine(rule.line),
					field: '',
					message: `в разделе «Результаты» записано правило практики («${rule.words}»): перенесите его в раздел «Как это работает», а в «Результатах» оставьте то, чего практика достигла`,
				});
			}
			const unsorted = unsortedSection(file.body);
			if (unsorted) {
				const issue: ContentIssue = { severity: file.draft ? 'warning' : 'error', file: file.file, line: unsorted.line + file.bodyLine - 1, field: '', message: unsortedMessage(unsorted.items, !file.draft) };
				issues.push(issue);
				keep.add(issue);
			}
			if (!file.body.trim()) {
				add(file, [], `у практики нет текста: после блока свойств напишите разделы ${PRACTICE_SECTIONS.map((s) => `«## ${s}»`).join(', ')}`);
			} else {
				const headings = new Set([...file.body.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1]));
				const missing = PRACTICE_SECTIONS.filter((section) => !headings.has(section));
				if (missing.length) {
					add(file, [], `в тексте не хватает разделов: ${missing.map((s) => `«## ${s}»`).join(', ')}; добавьте их заголовками второго уровня`);
				}
				const empty = emptySections(file.body).filter((section) => (PRACTICE_SECTIONS as readonly string[]).includes(section.title));
				if (empty.length) {
					issues.push({
						severity: 'error',
						file: file.file,
						line: (empty[0]?.line ?? 1) + file.bodyLine - 1,
						field: '',
						message: `пустые разделы текста ${empty.map((s) => `«## ${s.title}»`).join(', ')}: напишите их по источнику`,
					});
				}
			}
		}
	}
	// Compare titles only within each municipality; within one, only titles that share rare trigrams.
	const byMunicipality = new Map<string, typeof practiceTitles>();
	for (const entry of practiceTitles) {
		for (const m of entry.municipalities) {
			const group = byMunicipality.get(m);
			if (group) group.push(entry);
			else byMunicipality.set(m, [entry]);
		}
	}
	const reported = new Set<string>();
	for (const group of byMunicipality.values()) {
		for (const [i, twin] of firstLookAlikes(group.map((e) => e.title), DUPLICATE_TITLE_SIMILARITY).entries()) {
			const a = twin === undefined ? undefined : group[twin];
			const b = group[i];
			if (!a || !b || reported.has(b.file.file)) continue;
			reported.add(b.file.file);
			const line = b.file.lineOf(['title']);
			const issue: ContentIssue = {
				severity: 'warning',
				file: b.file.file,
				...(line === undefined ? {} : { line }),
				field: 'title',
				message: `похоже на ту же практику, что и ${a.file.file} («${a.title}»): если это она, дополните ту запись вместо новой`,
			};
			issues.push(issue);
			keep.add(issue);
		}
	}
	return options.summariseDrafts === false ? issues : summariseDrafts(issues, files, keep);
}

type Add = (file: ContentFile, path: readonly PropertyKey[], message: string, severity?: ContentIssue['severity']) => void;

/** Dates that have not come yet are plans, and must say so; a check date cannot be in the future. */
function checkDates(file: ContentFile, data: Record<string, unknown>, now: { todayIso: string; thisYear: number }, add: Add) {
	const future = (date: unknown) => typeof date === 'string' && date > now.todayIso.slice(0, date.length);
	if (future(data['lastConfirmed'])) add(file, ['lastConfirmed'], `дата сверки ${String(data['lastConfirmed'])} ещё не наступила: укажите день, когда запись сверили с источником`);
	if (future(data['published'])) add(file, ['published'], `дата публикации ${String(data['published'])} ещё не наступила`);
	if (file.collection === 'practices') {
		const period = data['period'] as { start?: string } | undefined;
		if (future(period?.start) && data['status'] !== 'планируется') {
			add(file, ['period', 'start'], `практика начинается в будущем (${period?.start}): поставьте status: планируется или исправьте дату`);
		}
	}
	if (file.collection === 'replications') {
		const year = data['year'] as number;
		if (year > now.thisYear) add(file, ['year'], `${year} год ещё не наступил: повтор записывают, когда муниципалитет уже взялся за практику; исправьте год`);
		const start = (data['period'] as { start?: string } | undefined)?.start;
		if (future(start)) add(file, ['period', 'start'], `повтор начинается в будущем (${start}): запишите его, когда он начнётся, или исправьте дату`);
	}
	if (file.collection === 'practices' || file.collection === 'replications') {
		for (const [index, result] of ((data['results'] as { year: number; planned: boolean }[]) ?? []).entries()) {
			if (result.year > now.thisYear && !result.planned) {
				add(file, ['results', index, 'year'], `${result.year} год ещё не наступил: если это план, добавьте planned: true, иначе исправьте год`);
			}
		}
	}
	if (file.collection === 'events' && future(data['start']) && data['planned'] !== true) {
		add(file, ['start'], `событие в будущем (${String(data['start'])}): добавьте planned: true или исправьте дату`);
	}
}
