import { z } from 'astro/zod';
import { ref, TextSchema } from './common.ts';
import { PartialDateSchema, startsByEnd } from './partial-date.ts';

/** Kinds of events where practices are presented. */
export const EVENT_KINDS = ['форум', 'съезд', 'стратегическая сессия', 'заседание', 'чемпионат', 'конкурс'] as const;

/** A forum, congress or session where practices were presented: `content/events/<id>.yaml`. */
export const EventSchema = z
	.strictObject({
		/** Name as in the source: «XIX Красноярский городской форум „Форум городских сообществ. Муниципальный диалог“». Required. */
		title: TextSchema,
		/** Kind of event. Required. */
		kind: z.enum(EVENT_KINDS),
		/** First day, or the month or year if that is all the source gives. Empty if the source gives no date. */
		start: PartialDateSchema.optional(),
		/** Last day of a multi-day event. Optional. */
		end: PartialDateSchema.optional(),
		/** `true` if the source describes the event as planned, not held. Defaults to `false`. */
		planned: z.boolean().default(false),
		/** Where it took place, in Russian: «Красноярск», «онлайн». Optional. */
		place: TextSchema.optional(),
		/** Id of the municipality where it was held. Optional. */
		municipality: ref('municipalities').optional(),
		/** Ids of municipalities that presented their practices there. Optional. */
		presenters: z.array(ref('municipalities')).default([]),
		/** Ids of other municipalities that took part. Optional. */
		participants: z.array(ref('municipalities')).default([]),
		/** Who else presented practices there and is not a municipality, as the source names them: «Санкт-Петербург». Optional. */
		otherPresenters: z.array(TextSchema).default([]),
		/** Ids of organising associations. Optional. */
		organisers: z.array(ref('associations')).default([]),
		/** Organisers that are not associations, in Russian. Optional. */
		otherOrganisers: z.array(TextSchema).default([]),
		/** What happened there, from the sources, in our own words. Required. */
		description: TextSchema.max(800),
		/** Documents that describe it. At least one. */
		sources: z.array(ref('sources')).min(1),
	})
	.refine((e) => startsByEnd(e.start, e.end), {
		message: 'событие заканчивается раньше, чем начинается: исправьте start или end',
		path: ['end'],
	});
export type Event = z.infer<typeof EventSchema>;
