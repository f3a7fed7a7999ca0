import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceVersion } from '../validation/cached-check.ts';

/**
 * Clears Astro's content store when a schema changes. Astro keeps parsed entries between builds and
 * clears them when `content.config.ts` itself changes, but it does not see the schema files that file
 * imports: after a new field with a default, unchanged entries came back from the store without it and
 * the build failed on them. `stores` are the store files (the build's in `cacheDir`, the dev server's in
 * `.astro/`); the schemas' fingerprint is kept beside the first. Returns whether it cleared them.
 */
export function clearStoreOnSchemaChange(schemaFiles: readonly string[], stores: readonly string[]): boolean {
	const [first] = stores;
	if (!first) return false;
	const stamp = `${first}.schemas`;
	const version = sourceVersion(schemaFiles);
	const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8') : undefined;
	const changed = previous !== undefined && previous !== version;
	if (changed) for (const store of stores) rmSync(store, { force: true });
	mkdirSync(join(first, '..'), { recursive: true });
	writeFileSync(stamp, version);
	return changed;
}

/** Every file that defines a collection's schema: `content.config.ts` and `src/schemas/`. */
export function schemaFiles(srcDir: string): string[] {
	const schemas = join(srcDir, 'schemas');
	return [
		join(srcDir, 'content.config.ts'),
		...readdirSync(schemas)
			.sort()
			.map((f) => join(schemas, f)),
	];
}
