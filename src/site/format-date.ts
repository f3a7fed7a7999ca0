import type { PartialDate, Period } from '../schemas/partial-date.ts';

const dayFormat = new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('ru', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A partial date in Russian, as precise as it is known:
 * `2023` → «2023 г.», `2023-12` → «декабрь 2023 г.», `2023-12-05` → «5 декабря 2023 г.».
 */
export function formatPartialDate(value: PartialDate): string {
	const [year, month, day] = value.split('-').map(Number);
	if (month === undefined) return `${year}\u00a0г.`;
	const date = new Date(Date.UTC(year ?? 0, month - 1, day ?? 1));
	return keepYearTogether((day === undefined ? monthFormat : dayFormat).format(date));
}

/** A period in Russian: «с июня 2023 г.», «2020 г. — 2021 г.», «до 2024 г.»; `undefined` if nothing is known. */
export function formatPeriod(period: Period): string | undefined {
	const { start, end } = period;
	if (start && end)
		return start === end ? formatPartialDate(start) : `${formatPartialDate(start)} — ${formatPartialDate(end)}`;
	if (start) return `с ${formatPartialDateGenitive(start)}`;
	if (end) return `до ${formatPartialDateGenitive(end)}`;
	return undefined;
}

/** After «с» and «до» a month stands in the genitive: «с июня 2023 г.». */
function formatPartialDateGenitive(value: PartialDate): string {
	const [year, month, day] = value.split('-').map(Number);
	if (month !== undefined && day === undefined) {
		// «1 июня 2023 г.» → «июня 2023 г.»: the day format already has the genitive month.
		return keepYearTogether(dayFormat.format(new Date(Date.UTC(year ?? 0, month - 1, 1))).replace(/^1\s/, ''));
	}
	return formatPartialDate(value);
}

/** The year of a partial date. */
export function yearOf(value: PartialDate): number {
	return Number(value.slice(0, 4));
}

/** «2023 г.» never breaks across lines. */
function keepYearTogether(text: string): string {
	return text.replace(/(\d)\s+г\.$/, '$1\u00a0г.');
}
