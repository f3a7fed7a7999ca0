import { z } from 'astro/zod';
import { TextSchema } from './common.ts';
import { PartialDateSchema } from './partial-date.ts';

/** Kinds of source documents. */
export const SOURCE_KINDS = ['новость', 'анкета АСДГ', 'справочные данные', 'отчёт', 'сборник практик'] as const;

/** A document facts come from: `content/sources/<id>.yaml`. */
export const SourceSchema = z.strictObject({
	/** Title of the document in Russian. Required. */
	title: TextSchema,
	/** Kind of document. Required. */
	kind: z.enum(SOURCE_KINDS),
	/** Who published or wrote it: «Администрация города Красноярска». Required. */
	publisher: TextSchema,
	/** Publication date, as precisely as known. Empty if the document has no date. */
	published: PartialDateSchema.optional(),
	/** The period it reports on, in words: «2023 год». Optional. */
	covers: TextSchema.optional(),
	/** Where the original is published, if known. Optional. */
	url: z.url({ protocol: /^https?$/ }).optional(),
	/** File name of the original in the project's archive of source documents. Optional. */
	file: TextSchema.optional(),
	/** What the document is and what it contains, one or two sentences. Required. */
	description: TextSchema.max(500),
});
export type Source = z.infer<typeof SourceSchema>;
