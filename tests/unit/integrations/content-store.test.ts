import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearStoreOnSchemaChange } from '../../../src/integrations/content-store.ts';

describe('clearStoreOnSchemaChange', () => {
	it('keeps the content store while the schemas stay the same and clears every store when one changes', () => {
		const dir = mkdtempSync(join(tmpdir(), 'content-store-'));
		const schema = join(dir, 'practice.ts');
		const stores = [join(dir, 'cache', 'data-store.json'), join(dir, 'dev-data-store.json')];
		writeFileSync(schema, 'z.strictObject({ title: TextSchema })');
		// The first build has nothing to compare with.
		expect(clearStoreOnSchemaChange([schema], stores)).toBe(false);
		for (const store of stores) writeFileSync(store, '{}');
		expect(clearStoreOnSchemaChange([schema], stores)).toBe(false);
		expect(stores.every((s) => existsSync(s))).toBe(true);
		writeFileSync(schema, 'z.strictObject({ title: TextSchema, participants: z.array(z.string()).default([]) })');
		expect(clearStoreOnSchemaChange([schema], stores)).toBe(true);
		expect(stores.some((s) => existsSync(s))).toBe(false);
		expect(clearStoreOnSchemaChange([schema], stores)).toBe(false);
	});
});
