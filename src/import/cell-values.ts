/**
 * Cells as registries write them: numbers with spaces and decimal commas, Excel's dates (as dates or as
 * serial numbers) and Russian dates in words. Pure functions; each returns `undefined` for what it cannot
 * read, so the caller puts the cell where the curator sees it rather than guessing. Hand-made: the date
 * packages read a date but not «март 2023 г.» or «с 2020 года по настоящее время», and the rest is a
 * dozen regular expressions.
 */
import { YearSchema } from '../schemas/common.ts';

/** A value as a spreadsheet reader gives it. */
export type CellValue = string | number | boolean | Date;

/** Russian months in the forms registries use: «март», «марта», «мар.». */
const MONTHS = [
	'январ',
	'феврал',
	'март',
	'апрел',
	'ма',
	'июн',
	'июл',
	'август',
	'сентябр',
	'октябр',
	'ноябр',
	'декабр',
];
const MONTH_WORD =
	/^(январ[ьяе]?|феврал[ьяе]?|мар(?:т[ае]?)?|апрел[ьяе]?|ма[йяе]|июн[ьяе]?|июл[ьяе]?|август[ае]?|авг|сентябр[ьяе]?|сен|окт(?:ябр[ьяе]?)?|ноя(?:бр[ьяе]?)?|дек(?:абр[ьяе]?)?|янв|фев|апр)\.?$/;

function monthOf(word: string): number | undefined {
	const w = word.toLowerCase().replace(/\.$/, '');
	if (!MONTH_WORD.test(w)) return undefined;
	// «май» and «мая» before «март»: the only two months sharing a first letter pair.
	if (/^ма[йяе]$/.test(w)) return 5;
	const index = MONTHS.findIndex((m, i) => i !== 4 && (w.startsWith(m) || m.startsWith(w)));
	return index < 0 ? undefined : index + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A year the base speaks of, as its schema bounds it. */
const validYear = (year: number) => YearSchema.safeParse(year).success;

/** A day as `YYYY-MM-DD`, or `undefined` when there is no such day in the calendar. */
function isoDay(year: number, month: number, day: number): string | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	return validYear(year) && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
		? `${year}-${pad(month)}-${pad(day)}`
		: undefined;
}

const yearMonth = (year: number, month: number) =>
	validYear(year) && month >= 1 && month <= 12 ? `${year}-${pad(month)}` : undefined;

/** Excel's serial day number (1900 date system; day 60 is its nonexistent 29 February 1900). */
export function excelSerialToIso(serial: number): string | undefined {
	if (!Number.isFinite(serial) || serial < 61) return undefined;
	const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
	return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * A number as written in a Russian registry: «1 000», «1 000» (no-break or thin space), «12,5», «12.5»,
 * «-3». `undefined` for anything else, units and words included: «12 человек» is not a number.
 */
export function parseNumber(value: CellValue): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim().replace(/[\s\u00a0\u202f\u2009]+/g, ' ');
	if (!/^-?\d{1,3}(?: \d{3})+(?:[.,]\d+)?$|^-?\d+(?:[.,]\d+)?$/.test(text)) return undefined;
	return Number(text.replace(/ /g, '').replace(',', '.'));
}

/**
 * A date known to the year, month or day, as the schema writes it (`2023`, `2023-03`, `2023-03-12`), from:
 * a date cell; a year (2023) or an Excel serial date (44997) in a number cell; «12.03.2023», «03.2023»,
 * «2023-03-12», «12 марта 2023 г.», «март 2023 г.», «2023 год», «2023 г.».
 */
export function parsePartialDate(value: CellValue): string | undefined {
	if (value instanceof Date) {
		return Number.isNaN(value.getTime())
			? undefined
			: isoDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
	}
	if (typeof value === 'number') {
		if (Number.isInteger(value) && validYear(value)) return String(value);
		// A serial day in a year the base speaks of (excelSerialToIso checks the year): a date cell that lost its date format.
		return excelSerialToIso(value);
	}
	if (typeof value !== 'string') return undefined;
	const text = value
		.trim()
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/ ?(?:г\.?|гг\.?|год[аыу]?)$/, '')
		.trim();
	let m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
	if (m) return isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
	m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^(\d{1,2})[./](\d{4})$/.exec(text);
	if (m) return yearMonth(Number(m[2]), Number(m[1]));
	m = /^(\d{4})-(\d{2})$/.exec(text);
	if (m) return yearMonth(Number(m[1]), Number(m[2]));
	if (/^\d{4}$/.test(text)) return validYear(Number(text)) ? text : undefined;
	m = /^(\d{1,2}) ([а-я.]+) (\d{4})$/.exec(text);
	if (m) {
		const month = monthOf(m[2] ?? '');
		return month ? isoDay(Number(m[3]), month, Number(m[1])) : undefined;
	}
	m = /^([а-я.]+) (\d{4})$/.exec(text);
	if (m) {
		const month = monthOf(m[1] ?? '');
		return month && validYear(Number(m[2])) ? `${m[2]}-${pad(month)}` : undefined;
	}
	return undefined;
}

/** When a practice ran, as the schema keeps it; either end may be unknown. */
export interface PartialPeriod {
	start?: string;
	end?: string;
}

/** «по настоящее время», «н.в.», «бессрочно»: an end that says the practice goes on. */
const ONGOING =
	/^(?:по )?(?:настоящее время|наст\. время|н\.? ?в\.?|сегодняшний день|текущее время|бессрочно|постоянно|не ограничен[ао]?)$/;

/**
 * A period from a «Срок реализации» cell: «2019–2023», «2019-2023 гг.», «с 2020 года», «с 01.02.2020 по
 * 31.12.2021», «март 2023 г. – декабрь 2023 г.», «2020 – по настоящее время», «до 2025 года», or a single date
 * (the start). `undefined` when any part of it cannot be read: the whole cell then goes where the curator sorts it.
 */
export function parsePeriod(value: CellValue): PartialPeriod | undefined {
	const single = parsePartialDate(value);
	if (single) return { start: single };
	if (typeof value !== 'string') return undefined;
	const text = value
		.trim()
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/ ?гг\.?$/, '');
	const until = /^(?:до|по) (.+)$/.exec(text);
	if (until) {
		const end = parsePartialDate(until[1] ?? '');
		return end ? { end } : undefined;
	}
	const from = text.replace(/^с /, '');
	if (from !== text && parsePartialDate(from)) return { start: parsePartialDate(from) as string };
	// Each place the text could split into a start and an end: «2023-03 – 2023-05» has hyphens inside its dates too.
	for (const separator of from.matchAll(/ ?[–—-] ?| по | до /g)) {
		const start = parsePartialDate(from.slice(0, separator.index));
		const rest = from.slice(separator.index + separator[0].length).trim();
		if (!start) continue;
		if (ONGOING.test(rest)) return { start };
		const end = parsePartialDate(rest);
		if (end && end >= start) return { start, end };
	}
	return undefined;
}

/**
 * A cell's text as it appears in the spreadsheet, for text fields and the report: a number in Russian
 * notation without grouping («12,5», «1500000»), a date as `YYYY-MM-DD`, a boolean as «да»/«нет».
 */
export function cellText(value: CellValue): string {
	if (value instanceof Date) return parsePartialDate(value) ?? value.toISOString();
	if (typeof value === 'number')
		return new Intl.NumberFormat('ru-RU', { useGrouping: false, maximumFractionDigits: 20 }).format(value);
	if (typeof value === 'boolean') return value ? 'да' : 'нет';
	return value.replace(/\r\n?/g, '\n').trim();
}
