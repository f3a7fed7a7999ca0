import { z } from 'astro/zod';
import { ref, TextSchema } from './common.ts';

/** Kinds of associations of municipalities. */
export const ASSOCIATION_KINDS = [
	'всероссийская',
	'межрегиональная',
	'региональный совет муниципальных образований',
] as const;

/** An association of municipalities: `content/associations/<id>.yaml`. */
export const AssociationSchema = z.strictObject({
	/** Full name: «Ассоциация сибирских и дальневосточных городов». Required. */
	name: TextSchema,
	/** Abbreviation: «АСДГ». Optional. */
	shortName: TextSchema.optional(),
	/** Level of the association. Required. */
	kind: z.enum(ASSOCIATION_KINDS),
	/** Region, for a regional council of municipalities. Optional. */
	region: ref('regions').optional(),
	/** What the association does, from the sources, one or two sentences. Required. */
	description: TextSchema.max(500),
	/** Official website, if a source gives it. Optional. */
	website: z.url({ protocol: /^https?$/ }).optional(),
	/** Documents that describe it. At least one. */
	sources: z.array(ref('sources')).min(1),
});
export type Association = z.infer<typeof AssociationSchema>;
