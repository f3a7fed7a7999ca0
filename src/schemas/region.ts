import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** The federal districts of the Russian Federation, by their usual abbreviations. */
export const FEDERAL_DISTRICTS = {
	ЦФО: 'Центральный федеральный округ',
	СЗФО: 'Северо-Западный федеральный округ',
	ЮФО: 'Южный федеральный округ',
	СКФО: 'Северо-Кавказский федеральный округ',
	ПФО: 'Приволжский федеральный округ',
	УФО: 'Уральский федеральный округ',
	СФО: 'Сибирский федеральный округ',
	ДФО: 'Дальневосточный федеральный округ',
} as const;
export type FederalDistrict = keyof typeof FEDERAL_DISTRICTS;
const FEDERAL_DISTRICT_CODES = Object.keys(FEDERAL_DISTRICTS) as [FederalDistrict, ...FederalDistrict[]];

/** A subject of the Russian Federation: `content/regions/<id>.yaml`. */
export const RegionSchema = z.strictObject({
	/** Name: «Красноярский край». Required. */
	name: TextSchema,
	/** Name in the genitive, for phrases like «практики Красноярского края». Required. */
	nameGenitive: TextSchema,
	/** Federal district code: СФО, ДФО, ЦФО… Required. */
	federalDistrict: z.enum(FEDERAL_DISTRICT_CODES),
});
export type Region = z.infer<typeof RegionSchema>;
