import { z } from 'astro/zod';
import { ref, TextSchema, YearSchema } from './common.ts';
import { PeriodSchema } from './partial-date.ts';
import { ResultSchema } from './result.ts';
import { ContactSchema } from './contact.ts';

/**
 * A municipality repeated another's practice: `content/replications/<municipality>-<owner>-<slug>.yaml`.
 * One file per case. The municipality must not be one that carries the practice out already.
 */
export const ReplicationSchema = z.strictObject({
	/** Id of the practice that was repeated, `owner/slug`: `krasnoyarsk/yarkie-berega`. Required. */
	practice: ref('practices'),
	/** Id of the municipality that repeated it. Required. */
	municipality: ref('municipalities'),
	/** The year the municipality took the practice up, as the source says. Required. */
	year: YearSchema,
	/** What came of it, in Russian, in our own words after the source: one to three sentences. Required. */
	outcome: TextSchema.min(20).max(600),
	/** Id of the document that reports the repeat. Required: a repeat without a source is not shown. */
	source: ref('sources'),
	/** Results of the repeat with figures and units, each with its source (the one above). Optional. */
	results: z.array(ResultSchema).default([]),
	/** Official contacts of the municipality that repeated it. Optional. */
	contacts: z.array(ContactSchema).default([]),
	/** When the repeat ran, as precisely as the source says. Optional. */
	period: PeriodSchema.optional(),
});
export type Replication = z.infer<typeof ReplicationSchema>;
