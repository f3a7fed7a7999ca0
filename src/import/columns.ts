import { parse } from 'yaml';
import { cellText } from './cell-values.ts';
import { columnName, type Sheet } from './table.ts';

/**
 * What a column of a registry holds, and so where its cells go in a draft. Registries name their columns in
 * many ways («Наименование практики», «Название проекта», «МО», «Субъект РФ»); the site's own practices.csv
 * names them too (src/open-data/published-practices.ts), so that a base can be moved into another.
 */
export const IMPORT_TARGETS = {
	id: { label: 'id', headers: ['id'] },
	title: {
		label: 'название',
		headers: [
			'наименование практики',
			'название практики',
			'наименование проекта',
			'название проекта',
			'наименование',
			'название',
			'практика',
			'проект',
		],
	},
	summary: {
		label: 'кратко',
		headers: ['краткое описание', 'кратко', 'краткая аннотация', 'аннотация', 'краткое содержание', 'резюме'],
	},
	municipalities: {
		label: 'муниципалитеты',
		headers: [
			'муниципальное образование',
			'наименование муниципального образования',
			'муниципальные образования',
			'муниципалитет',
			'муниципалитеты',
			'мо',
			'город',
			'городской округ',
			'муниципальный район',
			'территория',
		],
	},
	participants: { label: 'участники', headers: ['участники'] },
	region: { label: 'регион', headers: ['субъект рф', 'субъект российской федерации', 'субъект', 'регион', 'регионы'] },
	topics: {
		label: 'темы',
		headers: [
			'темы',
			'тема',
			'направление',
			'направление практики',
			'сфера',
			'сфера реализации',
			'номинация',
			'рубрика',
		],
	},
	tags: { label: 'ключевые слова', headers: ['ключевые слова', 'теги', 'метки'] },
	status: { label: 'статус', headers: ['статус', 'статус практики', 'состояние'] },
	statusAsOf: { label: 'статус по данным на', headers: ['статус по данным на'] },
	period: {
		label: 'срок',
		headers: ['срок реализации', 'сроки реализации', 'период реализации', 'срок', 'сроки', 'период'],
	},
	start: { label: 'начало', headers: ['начало', 'дата начала', 'год начала', 'начало реализации', 'год запуска'] },
	end: { label: 'окончание', headers: ['окончание', 'дата окончания', 'год окончания', 'окончание реализации'] },
	results: {
		label: 'результаты',
		headers: ['результаты', 'результат', 'результаты реализации', 'достигнутые результаты', 'эффект', 'эффективность'],
	},
	problem: {
		label: 'проблема',
		headers: ['проблема', 'описание проблемы', 'проблематика', 'актуальность', 'обоснование'],
	},
	solution: {
		label: 'решение',
		headers: ['описание практики', 'описание проекта', 'описание', 'суть практики', 'содержание практики', 'решение'],
	},
	howItWorks: {
		label: 'как это работает',
		headers: ['как это работает', 'механизм реализации', 'порядок реализации', 'этапы реализации', 'ход реализации'],
	},
	// The site's CSV column is the short `replication` field; a registry's recommendations are the section.
	replication: { label: 'как повторить', headers: ['как повторить'] },
	howToRepeat: {
		label: 'раздел «Как повторить»',
		headers: [
			'рекомендации по тиражированию',
			'рекомендации по внедрению',
			'возможность тиражирования',
			'условия тиражирования',
			'тиражирование',
			'как повторить опыт',
		],
	},
	funding: {
		label: 'финансирование',
		headers: [
			'финансирование',
			'источник финансирования',
			'источники финансирования',
			'объем финансирования',
			'бюджет',
			'стоимость',
			'затраты',
		],
	},
	partners: { label: 'партнёры', headers: ['партнеры', 'партнеры практики', 'соисполнители', 'участники реализации'] },
	contacts: {
		label: 'контакты',
		headers: [
			'контакты',
			'контактное лицо',
			'контактная информация',
			'ответственный',
			'ответственное лицо',
			'телефон',
			'e mail',
			'email',
			'электронная почта',
		],
	},
	sources: {
		label: 'источники',
		headers: [
			'источники',
			'источник',
			'ссылка',
			'ссылки',
			'ссылка на источник',
			'источник информации',
			'адрес в интернете',
			'сайт',
			'url',
		],
	},
	lastConfirmed: { label: 'подтверждено', headers: ['подтверждено'] },
	// The site's practices.csv: the card's address on the site it came from, and what other files hold.
	cardUrl: { label: 'адрес карточки', headers: ['адрес'] },
	photos: { label: 'фото', headers: ['фото'] },
	replications: { label: 'опыт повторили', headers: ['опыт повторили'] },
	number: { label: 'номер по порядку', headers: ['№', '№ п п', 'n п п', 'номер', 'п п'] },
	skip: { label: 'пропустить', headers: [] },
	unsorted: { label: 'разобрать', headers: [] },
} as const satisfies Record<string, { label: string; headers: readonly string[] }>;
export type ImportTarget = keyof typeof IMPORT_TARGETS;

/** A header or a mapping key as compared: lower case, ё as е, words only. `№` stays: it is a whole header. */
export const normaliseHeader = (text: string) =>
	text
		.toLowerCase()
		.replace(/ё/g, 'е')
		.replace(/[^\p{L}\p{N}№]+/gu, ' ')
		.trim();

const KNOWN = Object.entries(IMPORT_TARGETS).flatMap(([target, { headers }]) =>
	headers.map((header) => ({ header: normaliseHeader(header), target: target as ImportTarget })),
);
// Longest first, so «источник финансирования» is funding and «наименование муниципального образования» a municipality.
KNOWN.sort((a, b) => b.header.length - a.header.length);

/** The target of a header the import knows: the header itself, or the header followed by a note («Срок реализации (годы)»). */
export function knownTarget(header: string): ImportTarget | undefined {
	const text = normaliseHeader(header);
	return KNOWN.find((k) => text === k.header || text.startsWith(`${k.header} `))?.target;
}

/** A curator's mapping file (YAML, see CONTRIBUTING): which column goes where, and where the table starts. */
export interface ColumnMapping {
	/** Normalised header → target. */
	columns: Map<string, ImportTarget>;
	/** Sheets to read, by name; all when empty. */
	sheets: string[];
	/** The 1-based row of the headers, when it cannot be found by itself. */
	headerRow?: number;
}

const TARGET_NAMES = new Map<string, ImportTarget>(
	Object.entries(IMPORT_TARGETS).flatMap(([target, { label }]) => [
		[normaliseHeader(label), target as ImportTarget],
		[normaliseHeader(target), target as ImportTarget],
	]),
);
// Words a curator may write instead of a target's label.
for (const [alias, target] of [
	['муниципалитет', 'municipalities'],
	['муниципальное образование', 'municipalities'],
	['источник', 'sources'],
	['тема', 'topics'],
	['партнеры', 'partners'],
	['срок реализации', 'period'],
] as const) {
	TARGET_NAMES.set(normaliseHeader(alias), target);
}

/** The names a mapping file may give a column's destination, for messages. */
export const targetNames = () => Object.values(IMPORT_TARGETS).map((t) => t.label);

/** Reads a mapping file; throws an Error with a message in Russian naming what is wrong. */
export function parseMapping(text: string): ColumnMapping {
	const data = (parse(text) ?? {}) as Record<string, unknown>;
	const get = (...keys: string[]) => keys.map((k) => data[k]).find((v) => v !== undefined);
	const columns = get('столбцы', 'колонки', 'columns') ?? {};
	if (typeof columns !== 'object' || Array.isArray(columns) || columns === null)
		throw new Error('«столбцы» должны быть набором строк «Заголовок столбца: куда»');
	const mapping: ColumnMapping = { columns: new Map(), sheets: [] };
	for (const [header, destination] of Object.entries(columns as Record<string, unknown>)) {
		const target = TARGET_NAMES.get(normaliseHeader(String(destination)));
		if (!target)
			throw new Error(
				`столбец «${header}»: не знаю, куда «${String(destination)}»; можно: ${targetNames().join(', ')}`,
			);
		mapping.columns.set(normaliseHeader(header), target);
	}
	const sheets = get('лист', 'листы', 'sheets');
	if (sheets !== undefined) mapping.sheets = (Array.isArray(sheets) ? sheets : [sheets]).map(String);
	const headerRow = get('строка заголовков', 'headerRow');
	if (headerRow !== undefined) {
		if (!Number.isInteger(headerRow) || (headerRow as number) < 1)
			throw new Error('«строка заголовков» — номер строки, как в Excel: 1, 2, 3…');
		mapping.headerRow = headerRow as number;
	}
	return mapping;
}

/** A column of a sheet with its header and where its cells go; `target` is undefined when the import does not know it. */
export interface Column {
	index: number;
	header: string;
	target?: ImportTarget;
}

/** How many rows from the top are searched for the headers: titles and notes often come first. */
const HEADER_SEARCH_ROWS = 30;

/**
 * The header row of a sheet and its columns: the mapping's row if it gives one, else the row among the
 * first ones where most cells are headers the import knows (or the mapping names), at least two of them,
 * one a title. `undefined` when the sheet has no such row.
 */
export function findHeader(sheet: Sheet, mapping?: ColumnMapping): { row: number; columns: Column[] } | undefined {
	const columnsOf = (rowIndex: number): Column[] =>
		(sheet.rows[rowIndex] ?? []).flatMap((cell, index) => {
			if (!cell || cell.merged) return [];
			const header = cellText(cell.value);
			const target = mapping?.columns.get(normaliseHeader(header)) ?? knownTarget(header);
			return [{ index, header, ...(target ? { target } : {}) }];
		});
	if (mapping?.headerRow) return { row: mapping.headerRow, columns: columnsOf(mapping.headerRow - 1) };
	let best: { row: number; columns: Column[]; score: number } | undefined;
	for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
		const columns = columnsOf(r);
		const known = columns.filter((c) => c.target && c.target !== 'number');
		if (known.length < 2 || !known.some((c) => c.target === 'title')) continue;
		if (!best || known.length > best.score) best = { row: r + 1, columns, score: known.length };
	}
	return best && { row: best.row, columns: best.columns };
}

/** «B «Контакты»» for messages about a column. */
export const describeColumn = (column: Column) => `${columnName(column.index)} «${column.header}»`;
