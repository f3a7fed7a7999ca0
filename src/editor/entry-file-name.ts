import { replicationFileName } from '../replications/replications.ts';
import { slugify } from './transliterate.ts';

/**
 * The file name the web editor gives a new entry when «Имя файла латиницей» is left empty: a repeat is
 * named after who repeated which practice (it has no title), any other entry after its title, name or term.
 * Empty when nothing to name it from is filled in yet.
 */
export function entryFileName(data: Readonly<Record<string, unknown>>): string {
	const { practice, municipality } = data;
	if (typeof practice === 'string' && practice && typeof municipality === 'string' && municipality)
		return replicationFileName(municipality, practice);
	return slugify(String(data['title'] ?? data['name'] ?? data['term'] ?? municipality ?? ''));
}
