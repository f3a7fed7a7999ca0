import { fileURLToPath } from 'node:url';

import { resolve } from 'node:path';

/** The content folder as astro.config.mjs resolved it, in code Vite compiles; undeclared in plain Node. */
declare const __CONTENT_DIR__: string | undefined;

/**
 * Top-level folder with all entries, outside `src/` so curators never need to touch code.
 * `CONTENT_DIR` in the environment points the build elsewhere: tests and benchmarks build other corpora.
 */
export const CONTENT_DIR: string =
	// In the built site's bundle this module no longer sits in src/site/: code that Vite compiles gets the folder
	// astro.config.mjs resolved (its `define`); plain Node (scripts, the config itself) resolves it here.
	typeof __CONTENT_DIR__ === 'string'
		? __CONTENT_DIR__
		: process.env['CONTENT_DIR']
			? `${resolve(process.env['CONTENT_DIR'])}/`
			: fileURLToPath(new URL('../../content/', import.meta.url));

/** File patterns of each collection, relative to its folder. Files starting with `_` are drafts. */
export const PRACTICE_PATTERN = '**/[^_]*.mdx';
export const DATA_PATTERN = '**/[^_]*.yaml';
/**
 * Draft practices: `content/practices/<owner>/_<slug>.mdx` (what `npm run import` writes). The site never
 * loads them; `npm run validate` reads them to say what each still lacks. Renaming the file without the
 * `_` publishes it.
 */
export const DRAFT_PRACTICE_PATTERN = '**/_*.mdx';
