import { z } from 'astro/zod';
import { ref, TextSchema, YearSchema } from './common.ts';

/** The four kinds of needs the АСДГ questionnaire asks about (its questions 3–6). */
export const NEED_KINDS = {
	задача: 'Задачи на год',
	помощь: 'Какая помощь нужна от ассоциации',
	обмен: 'Темы для обмена опытом',
	обучение: 'Темы для повышения квалификации',
} as const;
export type NeedKind = keyof typeof NEED_KINDS;
const NEED_KIND_CODES = Object.keys(NEED_KINDS) as [NeedKind, ...NeedKind[]];

/** What a municipality says it needs in a given year: `content/needs/<municipality>-<year>.yaml`. */
export const NeedsSchema = z.strictObject({
	/** Id of the municipality. Required. */
	municipality: ref('municipalities'),
	/** The year the needs are for. Required. */
	year: YearSchema,
	/** Id of the questionnaire or other document they are taken from. Required. */
	source: ref('sources'),
	/** The needs themselves. At least one. */
	items: z
		.array(
			z.strictObject({
				/** Which question it answers: задача, помощь, обмен or обучение. Required. */
				kind: z.enum(NEED_KIND_CODES),
				/** The need in our own words, one sentence. Required. */
				text: TextSchema.max(400),
				/** Ids of topics it relates to, to find practices that answer it. Optional. */
				topics: z.array(ref('topics')).default([]),
			}),
		)
		.min(1),
});
export type Needs = z.infer<typeof NeedsSchema>;
