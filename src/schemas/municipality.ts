import { z } from 'astro/zod';
import { ref, TextSchema, YearSchema } from './common.ts';
import { AwardSchema } from './award.ts';

/**
 * Kinds of municipalities under Federal Law 131-FZ, the law of the years the sources speak of (it was replaced by
 * Federal Law 33-FZ of 20 March 2025). A city of federal significance is a region, not a municipality.
 */
export const MUNICIPALITY_KINDS = [
	'городской округ',
	'муниципальный округ',
	'муниципальный район',
	'городское поселение',
	'сельское поселение',
	'внутригородское муниципальное образование',
] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/** A municipality: `content/municipalities/<id>.yaml`, the id in Latin kebab-case. */
export const MunicipalitySchema = z.strictObject({
	/** Name as people say it: «Красноярск», «Лебедянский район». Required. */
	name: TextSchema,
	/** Official name, if different from `name`. Optional. */
	officialName: TextSchema.optional(),
	/** Kind of municipality, as at the time of the sources. Required. */
	kind: z.enum(MUNICIPALITY_KINDS),
	/** Id of the region (subject of the Russian Federation). Required. */
	region: ref('regions'),
	/** Administrative centre, if it differs from the name: «село Становое». Optional. */
	centre: TextSchema.optional(),
	/** Population with the year and the source of the figure. Empty where no source gives it. */
	population: z
		.strictObject({
			/** Number of residents. Required. */
			value: z.number().int().positive(),
			/** Year of the figure. Required. */
			year: YearSchema,
			/** Id of the source. Required. */
			source: ref('sources'),
		})
		.optional(),
	/** Approximate coordinates of the administrative centre, WGS 84, with the source. Needed for the map; left out where not known. */
	coordinates: z
		.strictObject({
			/** Latitude in degrees north. */
			lat: z.number().min(41).max(82),
			/** Longitude in degrees east (negative for Chukotka beyond 180° is not used). */
			lon: z.number().min(19).max(180),
			/** Id of the source of the coordinates. */
			source: ref('sources'),
		})
		.optional(),
	/** Official website of the municipality, if a source gives it. Optional. */
	website: z.url({ protocol: /^https?$/ }).optional(),
	/** Ids of associations it belongs to, as a source shows. Optional. */
	associations: z.array(ref('associations')).default([]),
	/** Awards of the municipality itself (competitions of municipal practices). Optional. */
	awards: z.array(AwardSchema).default([]),
	/** Documents that name this municipality. At least one. */
	sources: z.array(ref('sources')).min(1),
});
export type Municipality = z.infer<typeof MunicipalitySchema>;
