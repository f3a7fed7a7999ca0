import { YearSchema } from '../schemas/common.ts';
import { PRACTICE_STATUSES, type PracticeStatus } from '../schemas/practice.ts';
import { QUALIFIERS } from '../schemas/result.ts';
import { slugify } from '../editor/transliterate.ts';
import { parseNumber, parsePartialDate, parsePeriod, type CellValue } from './cell-values.ts';
import { IMPORT_TARGETS, type Column, type ImportTarget } from './columns.ts';
import {
	listItems,
	matchMunicipality,
	matchRegion,
	matchSource,
	matchTopic,
	type Match,
	type ReferenceData,
} from './reference-names.ts';
import type { CellAddress } from './table.ts';

/** A non-empty cell of a row with its column. */
export interface RowCell {
	address: CellAddress;
	header: string;
	target?: ImportTarget;
	value: CellValue;
	link?: string;
	/** The text as the spreadsheet shows it. */
	text: string;
	/** The value comes from a merged range that starts above or left of this cell. */
	merged?: boolean;
}

/** Where a cell went: a field of the draft's properties, a section of its text, the section to sort out, or the report only. */
export type Destination =
	| { kind: 'field'; field: string }
	| { kind: 'section'; section: DraftSection }
	| { kind: 'unsorted' }
	| { kind: 'report'; note: string };

/** The text sections a draft fills from cells. */
export type DraftSection = 'Проблема' | 'Решение' | 'Как это работает' | 'Результаты' | 'Как повторить';

/** One cell the curator must sort out: shown in «## Разобрать» with its sheet, row and column, and a hint. */
export interface UnsortedCell {
	cell: RowCell;
	note?: string;
}

/** A row made into a draft practice, before it is compared with the base. */
export interface RowDraft {
	sheet: string;
	row: number;
	owner: string;
	slug: string;
	/** The draft's properties, in the shape of a practice file. */
	data: Record<string, unknown>;
	sections: Partial<Record<DraftSection, string[]>>;
	unsorted: UnsortedCell[];
	/** Every non-empty cell of the row and where it went. */
	cells: { cell: RowCell; destination: Destination }[];
	/** The municipalities (or owner) its title is compared within, as validation compares look-alikes. */
	groups: string[];
}

/** A row that was not made into a draft, and why. */
export interface RefusedRow {
	sheet: string;
	row: number;
	title?: string;
	reason: string;
	cells: RowCell[];
}

export interface RowContext {
	data: ReferenceData;
	/** `--owner`: whose practices rows are when they name no municipality or region. */
	owner?: string;
	/** `--source`: a source every draft cites (the registry itself, entered in content/sources/). */
	source?: string;
}

/** Registries' words for the four statuses. */
const STATUS_WORDS: [RegExp, PracticeStatus][] = [
	[
		/^(действует|действующая|реализуется|в работе|в процессе реализации|продолжается|работает|внедрена|внедрено)$/,
		'действует',
	],
	[/^(завершена|завершен[ао]?|реализована|реализован[ао]?|закончена|окончена|выполнена)$/, 'завершена'],
	[/^(планируется|запланирована|в планах|план|на стадии проекта)$/, 'планируется'],
	[/^(пилот|пилотная|пилотный проект|в пилотном режиме|апробация|пилотная практика)$/, 'пилот'],
];

export function parseStatus(text: string): PracticeStatus | undefined {
	const word = text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '');
	if ((PRACTICE_STATUSES as readonly string[]).includes(word)) return word as PracticeStatus;
	return STATUS_WORDS.find(([pattern]) => pattern.test(word))?.[1];
}

/**
 * A result as the site's practices.csv writes it: «измерено: [более ]1 000 единиц (2023[, план])».
 * Free text about results is not read into figures: which number is the measure, its unit and year would be guesses.
 */
const RESULT = new RegExp(
	`^(.+?): (?:(${QUALIFIERS.filter((q) => q !== 'точно').join('|')}) )?(\\d[\\d\\s\\u00a0]*(?:[.,]\\d+)?) (.+) \\((\\d{4})(, план)?\\)$`,
);

export function parseResult(
	text: string,
): { measure: string; value: number; unit: string; qualifier?: string; year: number; planned?: true } | undefined {
	const m = RESULT.exec(text.trim());
	const value = m ? parseNumber(m[3] ?? '') : undefined;
	if (!m || value === undefined) return undefined;
	// In the schema's order, as hand-written files have it.
	return {
		measure: m[1] ?? '',
		value,
		unit: m[4] ?? '',
		...(m[2] ? { qualifier: m[2] } : {}),
		year: Number(m[5]),
		...(m[6] ? { planned: true as const } : {}),
	};
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
const nearestNote = (what: string, match: Match) =>
	'ambiguous' in match
		? `${what} подходит к нескольким записям: ${match.ambiguous.join(', ')}; напишите точнее`
		: `${what} не найден(а) в базе${'nearest' in match && match.nearest.length ? `; похожие: ${match.nearest.join(', ')}` : ''}`;

/**
 * A row of a registry as a draft practice, or the reason it cannot be one. Every non-empty cell is placed:
 * in a property, a text section, the section to sort out, or (for columns that carry nothing of the
 * practice, like row numbers) the report.
 */
export function rowDraft(
	sheet: string,
	row: number,
	cells: readonly RowCell[],
	context: RowContext,
): RowDraft | RefusedRow {
	const { data } = context;
	const placed: RowDraft['cells'] = [];
	const unsorted: UnsortedCell[] = [];
	const sections: RowDraft['sections'] = {};
	const fields: Record<string, unknown> = {};
	const place = (cell: RowCell, destination: Destination) => placed.push({ cell, destination });
	const toField = (cell: RowCell, field: string) => place(cell, { kind: 'field', field });
	const toUnsorted = (cell: RowCell, note?: string) => {
		unsorted.push({ cell, ...(note ? { note } : {}) });
		place(cell, { kind: 'unsorted' });
	};
	const toSection = (cell: RowCell, section: DraftSection) => {
		(sections[section] ??= []).push(cell.text);
		place(cell, { kind: 'section', section });
	};
	const by = (target: ImportTarget) => cells.filter((c) => c.target === target);
	const list = (field: string) => (fields[field] ??= []) as unknown[];
	const addUnique = (field: string, value: unknown) => {
		const items = list(field);
		if (!items.includes(value)) items.push(value);
	};

	const title = by('title')
		.map((c) => oneLine(c.text))
		.join('. ');
	if (!title) return { sheet, row, reason: 'нет названия практики', cells: [...cells] };

	// The region helps find a municipality («Становлянский район» of which region) and is the owner of a regional practice.
	const regionIds: string[] = [];
	const regionCells: RowCell[] = [];
	for (const cell of by('region')) {
		const matches = listItems(cell.text).map((item) => ({ item, match: matchRegion(item, data) }));
		const unknown = matches.filter((m) => !('id' in m.match));
		for (const m of matches) if ('id' in m.match) regionIds.push(m.match.id);
		if (unknown.length) toUnsorted(cell, unknown.map((m) => nearestNote(`регион «${m.item}»`, m.match)).join('; '));
		else regionCells.push(cell);
	}

	const municipalities: string[] = [];
	for (const cell of by('municipalities')) {
		for (const item of listItems(cell.text)) {
			const match =
				regionIds.length === 1 ? matchMunicipality(item, data, regionIds[0]) : matchMunicipality(item, data);
			if (!('id' in match)) {
				const reason =
					'ambiguous' in match
						? nearestNote(`муниципалитет «${item}»`, match)
						: `муниципалитет «${item}» не найден в content/municipalities/${match.nearest.length ? `; похожие: ${match.nearest.join(', ')}` : '; похожих нет'}: добавьте его файл (или исправьте название в таблице) и запустите импорт снова`;
				return { sheet, row, title, reason, cells: [...cells] };
			}
			if (!municipalities.includes(match.id)) municipalities.push(match.id);
		}
		toField(cell, 'municipalities');
	}
	const municipalityRegions = new Set(municipalities.map((id) => data.municipalities.find((m) => m.id === id)?.region));
	// Regions of the row's municipalities only locate them; a region of its own makes it a regional practice.
	const ownRegions = regionIds.filter((id) => !municipalityRegions.has(id));
	for (const cell of regionCells) toField(cell, ownRegions.length ? 'regions' : 'municipalities');

	// Owner: the folder in the site's own id column, else the lead municipality, else the region, else --owner.
	const idCell = by('id')[0];
	const [idOwner, idSlug] = idCell ? idCell.text.split('/') : [];
	const known = (id: string | undefined) =>
		id === undefined
			? undefined
			: data.municipalities.some((m) => m.id === id)
				? 'municipality'
				: data.regions.some((r) => r.id === id)
					? 'region'
					: data.associations.some((a) => a.id === id)
						? 'association'
						: undefined;
	let owner: string | undefined;
	const regions = [...ownRegions];
	const associations: string[] = [];
	const claim = (id: string) => {
		const kind = known(id);
		if (kind === 'municipality' && !municipalities.includes(id)) return false;
		if (kind === 'region' && !regions.includes(id)) regions.push(id);
		if (kind === 'association' && !associations.includes(id)) associations.push(id);
		owner = id;
		return kind !== undefined;
	};
	if (!(idOwner && claim(idOwner))) {
		if (municipalities[0]) owner = municipalities[0];
		else if (regions[0]) owner = regions[0];
		else if (context.owner) {
			if (known(context.owner) === 'municipality') municipalities.push(context.owner);
			claim(context.owner);
		}
	}
	if (!owner) {
		return {
			sheet,
			row,
			title,
			reason:
				'не указан ни муниципалитет, ни регион: допишите его в таблицу или запустите импорт с --owner <id муниципалитета, региона или ассоциации>',
			cells: [...cells],
		};
	}
	if (idCell) toField(idCell, 'имя файла');

	fields['title'] = title;
	for (const cell of by('title')) toField(cell, 'title');
	fields['municipalities'] = municipalities;
	if (regions.length) fields['regions'] = regions;
	if (associations.length) fields['associations'] = associations;

	for (const cell of by('summary')) {
		fields['summary'] = [fields['summary'], oneLine(cell.text)].filter(Boolean).join(' ');
		toField(cell, 'summary');
	}
	for (const cell of by('participants')) {
		const unknown: string[] = [];
		for (const item of listItems(cell.text)) {
			const match = matchMunicipality(item, data);
			if ('id' in match) addUnique('participants', match.id);
			else unknown.push(nearestNote(`муниципалитет «${item}»`, match));
		}
		if (unknown.length) toUnsorted(cell, `участники: ${unknown.join('; ')}`);
		else toField(cell, 'participants');
	}
	fields['topics'] = [];
	for (const cell of by('topics')) {
		const matches = listItems(cell.text).map((item) => ({ item, match: matchTopic(item, data) }));
		if (matches.every((m) => 'id' in m.match)) {
			for (const m of matches) addUnique('topics', (m.match as { id: string }).id);
			toField(cell, 'topics');
		} else {
			toUnsorted(
				cell,
				`темы берутся из content/topics/: ${matches
					.filter((m) => !('id' in m.match))
					.map((m) => nearestNote(`тема «${m.item}»`, m.match))
					.join('; ')}`,
			);
		}
	}
	for (const cell of by('tags')) {
		for (const item of listItems(cell.text)) addUnique('tags', item);
		toField(cell, 'tags');
	}
	for (const cell of by('status')) {
		const status = parseStatus(cell.text);
		if (status && fields['status'] === undefined) {
			fields['status'] = status;
			toField(cell, 'status');
		} else toUnsorted(cell, `статус: одно из ${PRACTICE_STATUSES.join(', ')}, и год, на который он верен (statusAsOf)`);
	}
	for (const cell of by('statusAsOf')) {
		const year = parseNumber(cell.value);
		if (YearSchema.safeParse(year).success) {
			fields['statusAsOf'] = year;
			toField(cell, 'statusAsOf');
		} else toUnsorted(cell, 'год, на который верен статус (statusAsOf)');
	}

	const period: { start?: string; end?: string } = {};
	for (const cell of by('period')) {
		const parsed = parsePeriod(cell.value);
		if (parsed && !period.start && !period.end) {
			Object.assign(period, parsed);
			toField(cell, 'period');
		} else toUnsorted(cell, 'срок не разобран: запишите period.start и period.end (2023, 2023-06 или 2023-06-01)');
	}
	for (const [target, end] of [
		['start', 'start'],
		['end', 'end'],
	] as const) {
		for (const cell of by(target)) {
			const date = parsePartialDate(cell.value);
			if (date && !period[end]) {
				period[end] = date;
				toField(cell, `period.${end}`);
			} else toUnsorted(cell, `дата не разобрана: запишите period.${end} (2023, 2023-06 или 2023-06-01)`);
		}
	}
	// A year alone is written as a number, as in hand-written files (`start: 2020`).
	fields['period'] = Object.fromEntries(Object.entries(period).map(([k, v]) => [k, /^\d{4}$/.test(v) ? Number(v) : v]));

	const sources: { source: string }[] = context.source ? [{ source: context.source }] : [];
	for (const cell of by('sources')) {
		const items = [
			...listItems(cell.text).flatMap((item) => (/^https?:\/\//i.test(item) ? item.split(/\s+/) : [item])),
			...(cell.link ? [cell.link] : []),
		];
		const matches = items.map((item) => ({ item, match: matchSource(item, data) }));
		const found = matches.filter((m) => 'id' in m.match).map((m) => (m.match as { id: string }).id);
		for (const id of found) if (!sources.some((s) => s.source === id)) sources.push({ source: id });
		if (found.length === matches.length) toField(cell, 'sources');
		else
			toUnsorted(
				cell,
				'источник не найден в content/sources/: добавьте файл источника (название, вид, кто издал, дата, адрес) и укажите его в sources',
			);
	}
	fields['sources'] = sources;
	// The row's status rests on the row's source when it has one; with several, the curator says which (statusSource).
	const [only] = sources;
	if (only && sources.length === 1 && typeof fields['status'] === 'string' && fields['status'] !== 'планируется')
		fields['statusSource'] = only.source;

	for (const cell of by('results')) {
		const items = cell.text.split(/;\s*/).filter((s) => s.trim());
		const figures = items.map(parseResult);
		if (items.length && figures.every(Boolean)) {
			// A figure's source is known only when the practice has one source.
			const source = sources.length === 1 ? { source: sources[0]!.source } : {};
			for (const figure of figures) list('results').push({ ...figure, ...source });
			toField(cell, 'results');
		} else toSection(cell, 'Результаты');
	}
	for (const [target, section] of [
		['problem', 'Проблема'],
		['solution', 'Решение'],
		['howItWorks', 'Как это работает'],
		['howToRepeat', 'Как повторить'],
	] as const) {
		for (const cell of by(target)) toSection(cell, section);
	}
	for (const cell of by('replication')) {
		fields['replication'] = [fields['replication'], oneLine(cell.text)].filter(Boolean).join(' ');
		toField(cell, 'replication');
	}
	for (const cell of by('funding')) {
		// A bare number means nothing without the header's unit: «Объём финансирования, тыс. руб.: 1500».
		const text = /\p{L}/u.test(cell.text) ? oneLine(cell.text) : `${cell.header}: ${cell.text}`;
		fields['funding'] = [fields['funding'], text].filter(Boolean).join('; ');
		toField(cell, 'funding');
	}
	for (const cell of by('partners')) {
		for (const item of listItems(cell.text)) addUnique('partners', item);
		toField(cell, 'partners');
	}
	for (const cell of by('lastConfirmed')) {
		const date = parsePartialDate(cell.value);
		if (date) {
			fields['lastConfirmed'] = date;
			toField(cell, 'lastConfirmed');
		} else toUnsorted(cell, 'дата сверки с источником (lastConfirmed)');
	}
	for (const cell of by('contacts'))
		toUnsorted(
			cell,
			'контакты: перенесите в contacts только официальные (отдел или приёмная администрации, официальные телефон, почта, сайт)',
		);
	for (const cell of by('photos'))
		toUnsorted(cell, 'фото другого сайта: скачайте их с разрешения владельца и положите рядом с практикой');
	for (const cell of by('replications'))
		toUnsorted(cell, 'опыт повторили: каждый случай — отдельный файл в content/replications/');
	for (const cell of by('cardUrl'))
		place(cell, { kind: 'report', note: 'адрес карточки на сайте, откуда выгружена таблица' });
	for (const cell of by('number')) place(cell, { kind: 'report', note: 'номер строки в реестре' });
	for (const cell of by('skip')) place(cell, { kind: 'report', note: 'пропущен по файлу сопоставления' });
	for (const cell of cells.filter((c) => !c.target || c.target === 'unsorted')) toUnsorted(cell);

	const slug = (idSlug && /^[a-z0-9-]+$/.test(idSlug) ? idSlug : slugify(title)) || `praktika-${row}`;
	return {
		sheet,
		row,
		owner,
		slug,
		data: fields,
		sections,
		unsorted,
		cells: placed,
		groups: municipalities.length ? municipalities : [owner],
	};
}

/** Whether a row's result is a draft. */
export const isDraft = (result: RowDraft | RefusedRow): result is RowDraft => 'slug' in result;

/** A target's name in the report: «название», «срок». */
export const targetLabel = (column: Column) =>
	column.target ? IMPORT_TARGETS[column.target].label : 'неизвестный столбец';
