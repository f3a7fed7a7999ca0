import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { searchableSourcePath, setLiveIndex } from '../lib/searchable-pages.ts';

/** Pages handed to Pagefind and not yet indexed before rendering waits for it. */
const MAX_IN_FLIGHT = 64;

/** Folders whose pages may carry `data-pagefind-body`: practice cards and municipality pages. */
const SEARCHABLE_FOLDERS = ['practices', 'municipalities'];

/** Every page under dist/ that may be searchable, as paths relative to dist/. */
function searchableFiles(outDir: string): string[] {
	const files: string[] = [];
	for (const folder of SEARCHABLE_FOLDERS) {
		const root = join(outDir, folder);
		if (!existsSync(root)) continue;
		for (const entry of readdirSync(root, { recursive: true })) {
			const path = `${folder}/${String(entry)}`;
			if (path.endsWith('/index.html') && searchableSourcePath(`/${path.slice(0, -'index.html'.length)}`, '/') === path) files.push(path);
		}
	}
	return files;
}

/**
 * Builds the Pagefind search index, so `astro build` alone yields a complete deployable `dist/`.
 * Only pages that mark their content with `data-pagefind-body` (practice cards, and municipality
 * pages with content of their own) are indexed.
 *
 * The index is opened when the build starts and fed by the middleware as pages render, so Pagefind
 * works on the second core meanwhile (at 20,000 practices that halves the time after the last page).
 * Pages an incremental build copied instead of rendering are read from dist/ at the end; when most
 * were copied, Pagefind reads the folders itself, which is faster than taking pages one by one.
 */
export function pagefindIndex(): AstroIntegration {
	let index: PagefindIndex | undefined;
	const added = new Set<string>();
	const pending: Promise<{ errors: string[] }>[] = [];
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:start': async () => {
				const created = await createIndex({ forceLanguage: 'ru' });
				if (!created.index) throw new Error(`Pagefind не создал индекс: ${created.errors.join('; ')}`);
				index = created.index;
				const live = index;
				let inFlight = 0;
				setLiveIndex({
					add: (sourcePath, content) => {
						added.add(sourcePath);
						inFlight++;
						const done = live.addHTMLFile({ sourcePath, content }).finally(() => inFlight--);
						pending.push(done);
						// Wait for the page handed over MAX_IN_FLIGHT pages ago: once it is indexed, at most that many remain.
						return inFlight > MAX_IN_FLIGHT ? pending[pending.length - 1 - MAX_IN_FLIGHT] : undefined;
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				setLiveIndex(undefined);
				if (!index) throw new Error('Pagefind: индекс не был открыт в начале сборки');
				const outDir = fileURLToPath(dir);
				const files = searchableFiles(outDir);
				const errors = (await Promise.all(pending)).flatMap((r) => r.errors);
				if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
				if (added.size < files.length / 2) {
					// Mostly copied by an incremental build: Pagefind reads files itself faster than it takes
					// them one by one, so the few pages fed live are dropped and the folders indexed whole.
					await index.deleteIndex();
					const fresh = await createIndex({ forceLanguage: 'ru' });
					if (!fresh.index) throw new Error(`Pagefind не создал индекс: ${fresh.errors.join('; ')}`);
					index = fresh.index;
					const read = await index.addDirectory({ path: outDir, glob: '{practices/*/*/index.html,municipalities/*/index.html}' });
					if (read.errors.length) throw new Error(`Pagefind: ${read.errors.join('; ')}`);
				} else {
					const target = index;
					const rest = files.filter((f) => !added.has(f));
					const results = await Promise.all(rest.map((sourcePath) => target.addHTMLFile({ sourcePath, content: readFileSync(join(outDir, sourcePath), 'utf8') })));
					const late = results.flatMap((r) => r.errors);
					if (late.length) throw new Error(`Pagefind: ${late.join('; ')}`);
				}
				const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
				if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await close();
				const pages = readdirSync(join(outDir, 'pagefind', 'fragment')).length;
				logger.info(`Поисковый индекс: страниц — ${pages}, из них отрисовано в этой сборке — ${added.size}.`);
			},
		},
	};
}
