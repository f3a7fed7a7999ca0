import { z } from 'astro/zod';
import { ref, TextSchema, YearSchema } from './common.ts';
import { PeriodSchema, PartialDateSchema } from './partial-date.ts';
import { ResultSchema } from './result.ts';
import { ContactSchema } from './contact.ts';
import { AwardSchema } from './award.ts';
import { SourceCitationSchema } from './source-citation.ts';

/** Where a practice stands now. */
export const PRACTICE_STATUSES = ['действует', 'завершена', 'планируется', 'пилот'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

/**
 * Frontmatter of a practice entry: `content/practices/<owner>/<slug>.mdx`.
 * `<owner>` is the municipality that runs the practice, or for a regional or association
 * practice the region or association; it must be listed in the entry itself.
 * The body holds the sections «Проблема», «Решение», «Как это работает», «Результаты», «Как повторить».
 */
export const PracticeSchema = z.strictObject({
	/** Name of the practice in Russian, as the municipality calls it. Required. */
	title: TextSchema.max(120),
	/** One or two sentences: what was done and what came of it. Shown in lists and search results. Required. */
	summary: TextSchema.min(40).max(400),
	/**
	 * Ids of the municipalities that carry out the practice; the lead one first. Required, and may be an
	 * empty list `[]` for a regional or association practice: that is a statement, not an omission.
	 */
	municipalities: z.array(ref('municipalities')),
	/**
	 * Ids of municipalities that took part without carrying the practice out: the audience of a session,
	 * the districts invited to a competition. Shown apart («Участники»); they do not count as the
	 * municipality's practices. Optional.
	 */
	participants: z.array(ref('municipalities')).default([]),
	/** Ids of the regions, for a practice run at the level of a region. Optional. */
	regions: z.array(ref('regions')).default([]),
	/** Ids of the associations that organise or support the practice. Optional. */
	associations: z.array(ref('associations')).default([]),
	/** Ids of topics from the rubricator in `content/topics/`, the main one first. At least one. */
	topics: z.array(ref('topics')).min(1),
	/** Free keywords in Russian that help search: «дворовые праздники». Optional. */
	tags: z.array(TextSchema).default([]),
	/** State as of `statusAsOf`: действует, завершена, планируется or пилот. Required. */
	status: z.enum(PRACTICE_STATUSES),
	/**
	 * The year the status is known for: a status is true only as of its source. Defaults to the year the
	 * status's source (`statusSource`, else the first source) was published; required when it has no date.
	 */
	statusAsOf: YearSchema.optional(),
	/**
	 * Id of the source that says the practice is in force, was piloted or has ended: the document the
	 * status rests on, one of `sources`. Required for every status but «планируется».
	 */
	statusSource: ref('sources').optional(),
	/** When the practice ran, as precisely as the source says. Required (its start may be unknown). */
	period: PeriodSchema,
	/** Results with figures and units, each with its source. Optional. */
	results: z.array(ResultSchema).default([]),
	/** Organisations that took part besides the municipality, in Russian. Optional. */
	partners: z.array(TextSchema).default([]),
	/** How the practice was paid for, only as the source says it. Optional. */
	funding: TextSchema.optional(),
	/** Awards and recognitions of the practice. Optional. */
	awards: z.array(AwardSchema).default([]),
	/** Ids of events where the practice was presented or discussed. Optional. */
	events: z.array(ref('events')).default([]),
	/** What another municipality needs to repeat it, briefly. Optional. */
	replication: TextSchema.optional(),
	/** Official contacts only. Optional. */
	contacts: z.array(ContactSchema).default([]),
	/** Documents the entry is written from. At least one. */
	sources: z.array(SourceCitationSchema).min(1),
	/** Ids of related practices (`owner/slug`), shown first among similar practices. Optional. */
	related: z.array(ref('practices')).default([]),
	/** When the entry was last checked against its sources or with the municipality. Required. */
	lastConfirmed: PartialDateSchema,
});
export type Practice = z.infer<typeof PracticeSchema>;
