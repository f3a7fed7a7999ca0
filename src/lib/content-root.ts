import { fileURLToPath } from 'node:url';

import { resolve } from 'node:path';

/**
 * Top-level folder with all entries, outside `src/` so curators never need to touch code.
 * `CONTENT_DIR` in the environment points the build elsewhere: tests and benchmarks build other corpora.
 */
export const CONTENT_DIR = process.env['CONTENT_DIR']
	? `${resolve(process.env['CONTENT_DIR'])}/`
	: fileURLToPath(new URL('../../content/', import.meta.url));

/** File patterns of each collection, relative to its folder. Files starting with `_` are drafts. */
export const PRACTICE_PATTERN = '**/[^_]*.mdx';
export const DATA_PATTERN = '**/[^_]*.yaml';
