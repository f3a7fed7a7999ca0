import ExcelJS from 'exceljs';
import { PRACTICE_SECTIONS } from '../../src/practice-text/practice-sections.ts';
import type { ContentFile } from '../../src/validation/content-files.ts';
import { firstLookAlikes } from '../../src/validation/title-similarity.ts';
import { DUPLICATE_TITLE_SIMILARITY } from '../../src/validation/validate-content.ts';

/**
 * A registry of practices as an association keeps it in Excel, made from the base's real practices: their
 * summaries, texts, municipalities, topics, statuses, periods and sources, under the column names registries
 * use. It feeds the import's tests, the 200-row run in README and the example spreadsheet in examples/.
 *
 * With `tricky`, it also holds what registries do that an import must survive: a title and a note above
 * the header row, municipalities spelled «г. Красноярск» or «Лебедянский муниципальный район» and merged
 * over several rows, dates as date cells, serial numbers and Russian words, results with «1 000» and «12,5»,
 * empty rows, a municipality the base does not have and one misspelled, a row repeated, rows that are
 * practices already in the base, a row without a title, a regional practice, a source that is only a link,
 * a topic the base does not have, markup characters, a column nobody maps, and a sheet of notes.
 */

type Data = Record<string, unknown>;
interface Practice {
	id: string;
	data: Data;
	sections: Record<string, string>;
}

const HEADERS = [
	'№ п/п',
	'Субъект РФ',
	'Муниципальное образование',
	'Наименование практики',
	'Краткое описание',
	'Проблема',
	'Описание практики',
	'Механизм реализации',
	'Результаты',
	'Рекомендации по тиражированию',
	'Срок реализации',
	'Финансирование',
	'Контакты',
	'Источник',
	'Направление',
	'Статус',
	'Примечание',
] as const;
type Header = (typeof HEADERS)[number];
const column = (header: Header) => HEADERS.indexOf(header) + 1;

/** The first paragraph of each section of a practice text. */
function sectionsOf(body: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const section of PRACTICE_SECTIONS) {
		const match = new RegExp(`^## ${section}\\s*\\n+([^\\n#][^\\n]*)`, 'm').exec(body);
		// Components and photos are the base's own markup, not what a registry holds.
		if (match?.[1] && !/[<{![]/.test(match[1])) out[section] = match[1].trim();
	}
	return out;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A number as a Russian registry writes it: «1 000», «12,5». */
const ruNumber = (value: number) => new Intl.NumberFormat('ru-RU').format(value).replace(/\u00a0/g, ' ');

/** How registries spell a municipality's name, by its kind. */
function spellings(name: string, kind: string): string[] {
	if (kind === 'городской округ') return [name, `г. ${name}`, `городской округ город ${name}`, `город ${name}`];
	if (kind === 'муниципальный район') return [name, name.replace(/ район$/, ' муниципальный район')];
	return [name];
}

/** The ways registries write when a practice started; `variant` picks one. */
function periodCell(start: string | undefined, variant: number): ExcelJS.CellValue {
	const [year = '2020', month = '01', day = '01'] = (start ?? '2020').split('-');
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	const months = [
		'январь',
		'февраль',
		'март',
		'апрель',
		'май',
		'июнь',
		'июль',
		'август',
		'сентябрь',
		'октябрь',
		'ноябрь',
		'декабрь',
	];
	switch (variant % 7) {
		case 0:
			return date;
		case 1:
			// A date cell that lost its format: Excel's serial day number.
			return Math.round(date.getTime() / 86_400_000 + 25_569);
		case 2:
			return `${day}.${month}.${year}`;
		case 3:
			return `${months[Number(month) - 1]} ${year} г.`;
		case 4:
			return `${year}–${Number(year) + 1}`;
		case 5:
			return `с ${year} года по настоящее время`;
		default:
			return `${year} г.`;
	}
}

/** Registries' words for a status. */
const STATUS_WORDS: Record<string, string[]> = {
	действует: ['действует', 'реализуется', 'Действует'],
	завершена: ['завершена', 'реализована'],
	планируется: ['планируется'],
	пилот: ['пилотный проект', 'пилот'],
};

export interface SampleOptions {
	/** How many rows of practices (the tricky ones included). */
	rows: number;
	/** Add the tricky cases listed above. */
	tricky?: boolean;
}

/** The sample registry as an Excel workbook (ExcelJS): sheet «Реестр», and with `tricky` a sheet «Пояснения». */
export function sampleRegistry(files: readonly ContentFile[], options: SampleOptions): ExcelJS.Workbook {
	const published = (collection: string) =>
		files.filter((f) => f.collection === collection && !f.draft && f.data && typeof f.data === 'object');
	const practices: Practice[] = published('practices').map((f) => ({
		id: f.id,
		data: f.data as Data,
		sections: sectionsOf(f.body),
	}));
	const byId = (collection: string) => new Map(published(collection).map((f) => [f.id, f.data as Data]));
	const municipalities = byId('municipalities');
	const regions = byId('regions');
	const topics = byId('topics');
	const sources = byId('sources');
	const municipalityIds = [...municipalities.keys()].sort();
	const tricky = options.tricky ?? false;

	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Реестр');
	let r = 1;
	if (tricky) {
		sheet.getCell(1, 1).value = 'Реестр лучших муниципальных практик';
		sheet.mergeCells(1, 1, 1, HEADERS.length);
		sheet.getCell(2, 1).value = 'по состоянию на 01.11.2026 (сведения муниципальных образований)';
		r = 4;
	}
	const headerRow = r;
	HEADERS.forEach((header, i) => (sheet.getCell(headerRow, i + 1).value = header));
	sheet.getRow(headerRow).font = { bold: true };
	r++;

	// Titles no practice of the same municipality already has, nor an earlier row: the base's tags, then tag and topic.
	const taken = new Map<string, string[]>();
	for (const p of practices)
		for (const m of (p.data['municipalities'] as string[]).length
			? (p.data['municipalities'] as string[])
			: [p.id.split('/')[0] ?? ''])
			(taken.get(m) ?? taken.set(m, []).get(m)!).push(String(p.data['title']));
	const fresh = (municipality: string, title: string) => {
		const group = taken.get(municipality) ?? [];
		const alike = firstLookAlikes([...group, title], DUPLICATE_TITLE_SIMILARITY).at(-1);
		if (alike !== undefined) return false;
		taken.set(municipality, [...group, title]);
		return true;
	};
	const candidates = practices.flatMap(
		(p) => (p.data['tags'] as string[] | undefined)?.map((tag) => ({ p, title: capital(tag) })) ?? [],
	);
	for (const p of practices)
		for (const t of p.data['topics'] as string[])
			for (const tag of (p.data['tags'] as string[] | undefined) ?? [])
				candidates.push({ p, title: `${capital(tag)}: ${String(topics.get(t)?.['name'] ?? t).toLowerCase()}` });

	let number = 0;
	let cursor = 0;
	let regular = 0;
	const gaps = new Set<number>();
	const rowMunicipality = new Map<number, string>();
	const written: { title: string; municipality: string }[] = [];
	const put = (row: number, header: Header, value: ExcelJS.CellValue | undefined) => {
		if (value !== undefined && value !== '') sheet.getCell(row, column(header)).value = value;
	};

	/** One practice row: the text of `p` under `title`, in `municipality`'s name as the registry spells it. */
	const practiceRow = (
		p: Practice,
		title: string | undefined,
		municipality: string | undefined,
		variant: number,
		region?: string,
	) => {
		const row = r++;
		put(row, '№ п/п', ++number);
		const m = municipality ? municipalities.get(municipality) : undefined;
		put(row, 'Субъект РФ', String(regions.get(String(m?.['region'] ?? region))?.['name'] ?? ''));
		if (m)
			put(
				row,
				'Муниципальное образование',
				spellings(String(m['name']), String(m['kind']))[
					variant % spellings(String(m['name']), String(m['kind'])).length
				],
			);
		put(row, 'Наименование практики', title);
		put(row, 'Краткое описание', String(p.data['summary'] ?? ''));
		put(row, 'Проблема', p.sections['Проблема']);
		put(row, 'Описание практики', p.sections['Решение']);
		put(row, 'Механизм реализации', p.sections['Как это работает']);
		put(row, 'Рекомендации по тиражированию', p.sections['Как повторить']);
		const results =
			(p.data['results'] as
				{ measure: string; value: number; unit: string; year: number; qualifier?: string }[] | undefined) ?? [];
		// Figures in the form the site's CSV writes them, where the practice has any; else the text of its section.
		put(
			row,
			'Результаты',
			results.length && variant % 2 === 0
				? results
						.slice(0, 3)
						.map(
							(x) =>
								`${x.measure}: ${x.qualifier && x.qualifier !== 'точно' ? `${x.qualifier} ` : ''}${ruNumber(x.value)} ${x.unit} (${x.year})`,
						)
						.join('; ')
				: p.sections['Результаты'],
		);
		const period = (p.data['period'] as { start?: unknown } | undefined)?.start;
		put(row, 'Срок реализации', periodCell(period === undefined ? undefined : String(period), variant));
		if (variant % 7 === 0) sheet.getCell(row, column('Срок реализации')).numFmt = 'dd.mm.yyyy';
		put(row, 'Финансирование', p.data['funding'] as string | undefined);
		const contacts = (p.data['contacts'] as { organisation: string; phone?: string; url?: string }[] | undefined) ?? [];
		put(row, 'Контакты', contacts.map((c) => [c.organisation, c.phone, c.url].filter(Boolean).join(', ')).join('; '));
		const source = (p.data['sources'] as { source: string }[])[0]?.source;
		put(row, 'Источник', source ? String(sources.get(source)?.['title'] ?? '') : undefined);
		put(row, 'Направление', (p.data['topics'] as string[]).map((t) => String(topics.get(t)?.['name'] ?? t)).join('; '));
		const words = STATUS_WORDS[String(p.data['status'])] ?? [String(p.data['status'])];
		put(row, 'Статус', words[variant % words.length]);
		return row;
	};

	const trickyAt = (n: number) => tricky && n % 50 === 7;
	const total = options.rows;
	const lastRow = () => written.at(-1);
	while (number < total) {
		const variant = number;
		// An empty row every 50 rows.
		if (tricky && number > 0 && number % 50 === 0 && !gaps.has(number)) {
			gaps.add(number);
			r++;
		}
		if (trickyAt(number)) {
			// A block of the tricky rows, once every 50 rows.
			const block = Math.floor(number / 50);
			const p = practices[block % practices.length]!;
			const unknown = block % 2 === 0 ? 'г. Дивногорск' : 'Красноярсл';
			const row = practiceRow(
				p,
				`${capital(String((p.data['tags'] as string[])[0] ?? 'практика'))} — опыт соседей`,
				undefined,
				variant,
			);
			sheet.getCell(row, column('Муниципальное образование')).value = unknown;
			if (number < total && lastRow()) {
				const twin = lastRow()!;
				const again = practiceRow(p, twin.title, twin.municipality, variant);
				put(again, 'Примечание', 'повтор строки выше');
			}
			if (number < total) {
				const existing = practices[(block * 5) % practices.length]!;
				const owner = (existing.data['municipalities'] as string[])[0];
				practiceRow(
					existing,
					String(existing.data['title']),
					owner,
					variant,
					owner ? undefined : existing.id.split('/')[0],
				);
			}
			if (number < total && block % 2 === 0) {
				const row = r++;
				put(row, 'Финансирование', `Итого: ${ruNumber(12_500_000)}`);
				put(row, 'Примечание', 'сводная строка');
			}
			if (number < total && block === 0) {
				const regional = practices.find(
					(x) => !(x.data['municipalities'] as string[]).length && (x.data['regions'] as string[] | undefined)?.length,
				)!;
				const row = practiceRow(
					regional,
					`${capital(String((regional.data['tags'] as string[] | undefined)?.[0] ?? 'практика'))} в районах области`,
					undefined,
					variant,
					(regional.data['regions'] as string[])[0],
				);
				sheet.getCell(row, column('Субъект РФ')).value = String(
					regions.get((regional.data['regions'] as string[])[0]!)?.['name'] ?? '',
				).replace('область', 'обл.');
				sheet.getCell(row, column('Источник')).value = {
					text: 'сайт администрации',
					hyperlink: 'https://admlip.ru/news/',
				};
				put(row, 'Направление', 'Культура');
				put(row, 'Примечание', 'охват {более 1 000} <детей>, доля 12,5 %');
			}
			continue;
		}
		if (cursor >= candidates.length * 2) throw new Error(`Из практик базы выходит не больше ${number} строк реестра`);
		const candidate = candidates[cursor % candidates.length]!;
		cursor++;
		// Three rows at a time for one municipality, as registries group a municipality's practices.
		const municipality = municipalityIds[(Math.floor(regular / 3) * 7) % municipalityIds.length]!;
		if (!fresh(municipality, candidate.title)) continue;
		const row = practiceRow(candidate.p, candidate.title, municipality, variant);
		rowMunicipality.set(row, municipality);
		written.push({ title: candidate.title, municipality });
		regular++;
	}
	// A municipality's cell merged over its consecutive rows, and its region's too.
	if (tricky) {
		for (let row = headerRow + 1; row < r; row++) {
			const municipality = rowMunicipality.get(row);
			let end = row;
			while (municipality && rowMunicipality.get(end + 1) === municipality) end++;
			if (end > row)
				for (const header of ['Муниципальное образование', 'Субъект РФ'] as const)
					sheet.mergeCells(row, column(header), end, column(header));
			row = end;
		}
	}
	if (tricky) {
		const notes = workbook.addWorksheet('Пояснения');
		notes.getCell(1, 1).value = 'Реестр составлен по анкетам муниципальных образований.';
		notes.getCell(2, 1).value = 'Ответственный за реестр: отдел методической работы ассоциации.';
	}
	sheet.columns.forEach((c) => (c.width = 24));
	return workbook;
}
