import { z } from 'astro/zod';
import { ref, TextSchema, YearSchema } from './common.ts';

/** How a figure relates to the true value, as the source words it. */
export const QUALIFIERS = ['точно', 'более', 'около', 'до', 'не менее'] as const;

/** One measured (or planned) result of a practice, with its figure and unit. */
export const ResultSchema = z.strictObject({
	/** What was measured, in Russian: «реализовано народных инициатив». Required. */
	measure: TextSchema,
	/** The figure exactly as in the source, without the unit. Required. */
	value: z.number().nonnegative(),
	/** Unit, in Russian, in the form that follows the number: «инициатив», «человек», «%». Required. */
	unit: TextSchema,
	/** «более 234 тысяч» is `более`; a plain figure is `точно`. Defaults to `точно`. */
	qualifier: z.enum(QUALIFIERS).default('точно'),
	/** The year the figure is for. Required. */
	year: YearSchema,
	/** `true` for a target or plan rather than an achieved result. Defaults to `false`. */
	planned: z.boolean().default(false),
	/** Id of the document the figure comes from. Required: a figure without a source is not shown. */
	source: ref('sources'),
});
export type Result = z.infer<typeof ResultSchema>;
