import { z } from 'astro/zod';

/**
 * A date known to the year, the month or the day, written as in ISO 8601:
 * `2023`, `2023-12` or `2023-12-05`. Sources often give only a year or a month;
 * we keep exactly what they give instead of inventing a day.
 */
export const PartialDateSchema = z.preprocess(
	// YAML readers turn `2023-12-05` into a Date and `2023` into a number; curators should not need quotes.
	(value) =>
		value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value,
	z
		.string()
		.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/)
		.refine((value) => {
			const [year, month, day] = value.split('-').map(Number);
			if (day === undefined || month === undefined || year === undefined) return true;
			const date = new Date(Date.UTC(year, month - 1, day));
			return date.getUTCMonth() === month - 1;
		}, 'такой даты нет в календаре'),
);
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * Whether a span may run from `start` to `end`, each known as precisely as its source says: compared to
 * the coarser of the two, so «2023-06» to «2023» holds (June falls within that year).
 */
export const startsByEnd = (start: string | undefined, end: string | undefined): boolean => {
	if (!start || !end) return true;
	const precision = Math.min(start.length, end.length);
	return start.slice(0, precision) <= end.slice(0, precision);
};

/** A span of time; either end may be unknown. */
export const PeriodSchema = z
	.strictObject({
		/** When it began, as precisely as the source says. Optional. */
		start: PartialDateSchema.optional(),
		/** When it ended or is planned to end. Empty for a practice that goes on. Optional. */
		end: PartialDateSchema.optional(),
	})
	.refine((p) => startsByEnd(p.start, p.end), {
		message: 'начало периода позже его окончания: исправьте start или end',
		path: ['end'],
	});
export type Period = z.infer<typeof PeriodSchema>;
