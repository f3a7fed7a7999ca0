import { z } from 'astro/zod';
import { ref, TextSchema, YearSchema } from './common.ts';
import { PartialDateSchema } from './partial-date.ts';

/** A place or prize won in a competition, or an official recognition. */
export const AwardSchema = z.strictObject({
	/** Competition or recognition, in Russian: «Всероссийский конкурс „Лучшая муниципальная практика“». Required. */
	title: TextSchema,
	/** Nomination or category, if any. Optional. */
	nomination: TextSchema.optional(),
	/** The result as the source states it: «третье место», «победитель». Required. */
	result: TextSchema,
	/** Year of the award, only if the source gives it. Optional. */
	year: YearSchema.optional(),
	/** When the source reported the award, if it gives no year of its own. Optional. */
	reported: PartialDateSchema.optional(),
	/** Id of the document that reports the award. Required. */
	source: ref('sources'),
});
export type Award = z.infer<typeof AwardSchema>;
