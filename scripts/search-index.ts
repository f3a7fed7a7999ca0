// Builds the Pagefind search index over the built site: `node scripts/search-index.ts [dist]`, run by
// `npm run build` after `astro build` has exited. In a process of its own, after Astro's, the build's
// peak memory is the larger of the two rather than their sum (at 20,000 practices Astro holds about
// 8 GB and Pagefind about 5 GB). Pagefind's Node API with its own `addDirectory`: only the glob is ours.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { close, createIndex } from 'pagefind';
import { SEARCHABLE_GLOB } from '../src/search/searchable-pages.ts';
import { facetFileFromIndex } from '../src/search/facet-file.ts';
import { FACETS_FILE } from '../src/search/engine/facet-index.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`Нет собранного сайта в ${dist}. Сначала выполните: npx astro build`);
	process.exit(1);
}
const started = performance.now();
const { index, errors } = await createIndex({ forceLanguage: 'ru' });
if (!index) throw new Error(`Pagefind не создал индекс: ${errors.join('; ')}`);
const read = await index.addDirectory({ path: dist, glob: SEARCHABLE_GLOB });
if (read.errors.length) throw new Error(`Pagefind: ${read.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await close();
// The search page narrows and counts facets from this file rather than Pagefind's filter files (src/search/engine/facet-index.ts).
writeFileSync(join(dist, 'pagefind', FACETS_FILE), JSON.stringify(facetFileFromIndex(join(dist, 'pagefind'))));
const pages = readdirSync(join(dist, 'pagefind', 'fragment')).length;
console.log(`Поисковый индекс: страниц — ${pages} за ${((performance.now() - started) / 1000).toFixed(1)} с.`);
