import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { encodeFacets, type FacetsFile } from './engine/facet-index.ts';

/** What Pagefind writes before the JSON of a fragment, once the file is unzipped. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * The facet file (engine/facet-index.ts) for a Pagefind index: each page's filters as Pagefind
 * wrote them into the page's fragment, keyed by the fragment's name, which is the id a search result has.
 */
export function facetFileFromIndex(pagefindDir: string): FacetsFile {
	const dir = join(pagefindDir, 'fragment');
	const pages = readdirSync(dir)
		.filter((name) => name.endsWith('.pf_fragment'))
		.map((name): [string, Record<string, string[]>] => {
			const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
			if (!text.startsWith(FRAGMENT_SIGNATURE))
				throw new Error(
					`${join(dir, name)}: это не фрагмент Pagefind (нет подписи ${FRAGMENT_SIGNATURE}); пересоберите индекс.`,
				);
			const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { filters?: Record<string, string[]> };
			return [name.slice(0, -'.pf_fragment'.length), fragment.filters ?? {}];
		});
	return encodeFacets(pages);
}
