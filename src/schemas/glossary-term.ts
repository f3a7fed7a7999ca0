import { z } from 'astro/zod';
import { ref, TextSchema } from './common.ts';

/** An abbreviation and its expansion: `content/glossary/<id>.yaml`. */
export const GlossaryTermSchema = z.strictObject({
	/** The abbreviation as written: «ТОС», «СО НКО». Required. */
	term: TextSchema.max(20),
	/** The full form: «территориальное общественное самоуправление». Required. */
	expansion: TextSchema,
	/** What it means for a municipal official, one or two sentences. Optional. */
	description: TextSchema.max(500).optional(),
	/** Other spellings and forms that mean the same: «ТОСы». Optional. */
	aliases: z.array(TextSchema).default([]),
	/** Ids of related topics. Optional. */
	topics: z.array(ref('topics')).default([]),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
