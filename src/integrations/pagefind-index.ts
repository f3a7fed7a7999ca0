import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Where pages with `data-pagefind-body` are: practice cards and municipality pages (the glob also matches catalogue pages one level deep, which have none). */
export const SEARCHABLE_PAGES = '{practices/*/*/index.html,municipalities/*/index.html}';

/**
 * Builds the Pagefind search index over the finished site, so `astro build` alone yields
 * a complete deployable `dist/`. Only pages that mark their content with `data-pagefind-body`
 * (practice cards, and municipality pages with content of their own) are indexed.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await createIndex({ forceLanguage: 'ru' });
				if (!index) throw new Error(`Pagefind не создал индекс: ${errors.join('; ')}`);
				// Only the folders of searchable pages are read: at 20,000 practices the catalogue and other
				// listings are as many files again, and Pagefind would parse each one to find no content.
				const added = await index.addDirectory({ path: outDir, glob: SEARCHABLE_PAGES });
				if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
				if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await close();
				logger.info(`Поисковый индекс: страниц — ${added.page_count}.`);
			},
		},
	};
}
