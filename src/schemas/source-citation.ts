import { z } from 'astro/zod';
import { ref } from './common.ts';

/** Where in the sources a fact comes from. */
export const SourceCitationSchema = z.strictObject({
	/** Id of the document in `content/sources/`. Required. */
	source: ref('sources'),
	/** Where in the document: a section, question or paragraph, in Russian. Optional. */
	locator: z.string().trim().min(1).optional(),
});
export type SourceCitation = z.infer<typeof SourceCitationSchema>;
