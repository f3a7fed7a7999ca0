import { fileURLToPath } from 'node:url';

/** Top-level folder with all entries, outside `src/` so curators never need to touch code. */
export const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));

/** File patterns of each collection, relative to its folder. Files starting with `_` are drafts. */
export const PRACTICE_PATTERN = '**/[^_]*.mdx';
export const DATA_PATTERN = '**/[^_]*.yaml';
