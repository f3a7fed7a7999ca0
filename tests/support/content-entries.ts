import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/common.ts';
import { CONTENT_SCHEMAS } from '../../src/validation/content-schemas.ts';

/**
 * Collections as `getCollection` gives them, read from the files without a build: the real content with
 * fixture sets laid over it (a fixture's file replaces the real one of the same name), each entry parsed
 * by its collection's schema. For tests that render components through the Container API: they mock
 * `astro:content` with these, so a component's `siteData()` sees the fixtures.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

export interface Entry {
	id: string;
	collection: CollectionName;
	data: Record<string, unknown>;
	body?: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/;

export function contentEntries(overlays: readonly string[] = []): Record<CollectionName, Entry[]> {
	const folders = [
		join(root, 'content'),
		...overlays.map((overlay) => join(root, 'tests/fixtures', overlay, 'content')),
	];
	const result = {} as Record<CollectionName, Entry[]>;
	for (const collection of COLLECTIONS) {
		const files = new Map<string, { text: string; practice: boolean }>();
		for (const folder of folders) {
			const practice = collection === 'practices';
			for (const file of globSync(practice ? '**/[^_]*.mdx' : '**/[^_]*.yaml', { cwd: join(folder, collection) })) {
				files.set(file.replace(/\.(mdx|yaml)$/, ''), {
					text: readFileSync(join(folder, collection, file), 'utf8'),
					practice,
				});
			}
		}
		result[collection] = [...files]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([id, { text, practice }]) => {
				const front = practice ? (FRONT_MATTER.exec(text)?.[1] ?? '') : text;
				const data = CONTENT_SCHEMAS[collection].parse(parse(front)) as Record<string, unknown>;
				return { id, collection, data, ...(practice ? { body: text.replace(FRONT_MATTER, '') } : {}) };
			});
	}
	return result;
}
