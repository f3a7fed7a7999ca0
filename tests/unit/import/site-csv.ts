import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../../../src/schemas/common.ts';
import { readContentFiles, type ContentFile } from '../../../src/validation/content-files.ts';
import { CONTENT_SCHEMAS } from '../../../src/validation/content-schemas.ts';
import { CONTENT_DIR } from '../../../src/site/content-root.ts';
import { practiceColumns } from '../../../src/open-data/practice-csv.ts';
import { toCsv } from '../../../src/open-data/open-data.ts';
import { practiceView, type PracticeEntry } from '../../../src/site/practice-view.ts';

/** The real content, as the import and validation read it. */
export const realFiles = (): ContentFile[] => readContentFiles(CONTENT_DIR, COLLECTIONS, { drafts: true });

/** Entries of a collection with their data as the schema gives it (defaults filled), as astro:content would. */
function entries<C extends CollectionName>(
	files: readonly ContentFile[],
	collection: C,
): { id: string; data: z.output<(typeof CONTENT_SCHEMAS)[C]> }[] {
	return files
		.filter((f) => f.collection === collection && !f.draft)
		.map((f) => ({
			id: f.id,
			data: CONTENT_SCHEMAS[collection].parse(f.data) as z.output<(typeof CONTENT_SCHEMAS)[C]>,
		}));
}

/**
 * The site's /data/practices.csv, made by the open-data module from the content files without a site build:
 * the same columns and cells as src/pages/data/practices.csv.ts, with each card at https://example.org/.
 */
export function siteCsv(files: readonly ContentFile[]): Uint8Array {
	const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
	const municipalityById = byId(entries(files, 'municipalities'));
	const sourceById = byId(entries(files, 'sources'));
	const lookups = {
		municipalityById,
		regionById: byId(entries(files, 'regions')),
		topicById: byId(entries(files, 'topics')),
		sourceById,
		replicationsBy: { practices: new Map() },
	};
	const views = entries(files, 'practices').map((entry) =>
		practiceView(entry as Pick<PracticeEntry, 'id' | 'data'>, {
			municipalityRegion: (id) => municipalityById.get(id)?.data.region,
			sourcePublished: (id) => sourceById.get(id)?.data.published,
			ownerName: (owner) => owner,
			replicated: () => false,
		}),
	);
	const columns = practiceColumns(lookups);
	const rows = views.map((view) =>
		columns.map(([, cell]) => cell(view, `https://example.org/practices/${view.id}/`, [])),
	);
	return new TextEncoder().encode(toCsv([columns.map(([header]) => header), ...rows]));
}
