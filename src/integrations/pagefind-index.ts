import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index over the finished site, so `astro build` alone yields
 * a complete deployable `dist/`. Only pages that mark their content with `data-pagefind-body`
 * (practice cards and municipality pages) are indexed.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await createIndex({ forceLanguage: 'ru' });
				if (!index) throw new Error(`Pagefind не создал индекс: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: outDir });
				if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
				if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await close();
				logger.info(`Поисковый индекс: страниц — ${added.page_count}.`);
			},
		},
	};
}
