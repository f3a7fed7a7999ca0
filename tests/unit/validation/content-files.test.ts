import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/validation/content-files.ts';

const content = join(mkdtempSync(join(tmpdir(), 'content-files-')), 'content');
mkdirSync(join(content, 'practices/krasnoyarsk'), { recursive: true });
writeFileSync(join(content, 'practices/krasnoyarsk/yarkie-berega.mdx'), '---\ntitle: Яркие берега\n---\n');
writeFileSync(join(content, 'practices/krasnoyarsk/_iz-tablitsy.mdx'), '---\ntitle: Из таблицы\n---\n');
afterAll(() => rmSync(join(content, '..'), { recursive: true, force: true }));

describe('readContentFiles', () => {
	it('leaves draft practices out, as the site’s loaders do', () => {
		expect(readContentFiles(content, ['practices']).map((f) => f.id)).toEqual(['krasnoyarsk/yarkie-berega']);
	});

	it('reads them, marked as drafts, when validation asks for them', () => {
		const files = readContentFiles(content, ['practices'], { drafts: true });
		expect(files.map((f) => [f.id, f.draft ?? false])).toEqual([
			['krasnoyarsk/_iz-tablitsy', true],
			['krasnoyarsk/yarkie-berega', false],
		]);
		expect(files[0]?.file).toBe('content/practices/krasnoyarsk/_iz-tablitsy.mdx');
	});
});
