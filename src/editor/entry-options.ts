import type { CollectionName } from '../schemas/common.ts';
import type { ContentFile } from '../validation/content-files.ts';

/** An entry to choose in `npm run new`: its id and what the curator reads. */
export interface EntryOption {
	value: string;
	label: string;
}

/** The entries of a collection to choose from, labelled by a field (`name`, `title`), in Russian alphabetical order. */
export function entryOptions(files: readonly ContentFile[], collection: CollectionName, field: string): EntryOption[] {
	return files
		.filter((f) => f.collection === collection && f.data && typeof f.data === 'object')
		.map((f) => ({ value: f.id, label: String((f.data as Record<string, unknown>)[field] ?? f.id) }))
		.sort((a, b) => a.label.localeCompare(b.label, 'ru'));
}
