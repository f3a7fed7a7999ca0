import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteMarkdownProcessor } from '../../../src/practice-text/markdown-processor.ts';
import { withMdxWorkers } from '../../../src/practice-text/mdx-workers.ts';
import { CONTENT_DIR } from '../../../src/site/content-root.ts';

const fixture = (name: string) =>
	readFileSync(
		new URL(`../../fixtures/rich-practices/content/practices/krasnoyarsk/${name}`, import.meta.url),
		'utf8',
	).replace(/^---[\s\S]*?\n---\n/, '');
/** What @astrojs/mdx passes to createMdxRenderer for this site (astro.config.mjs). */
const shared = { syntaxHighlight: false as const, gfm: true, smartypants: false };
const mdx = { optimize: true, srcDir: new URL('../../../src/', import.meta.url), sourcemap: false };
const practice = (slug: string) => join(CONTENT_DIR, 'practices/krasnoyarsk', `${slug}.mdx`);

describe('MDX compiled on worker threads', () => {
	it('gives @astrojs/mdx the same module as the processor in the main thread', async () => {
		const plain = siteMarkdownProcessor({ workers: false });
		const main = await plain.createMdxRenderer!(shared, mdx);
		const workers = await withMdxWorkers(plain, 2).createMdxRenderer!(shared, mdx);
		for (const name of ['vse-vozmozhnosti-teksta.mdx', 'testovaya-praktika-s-foto.mdx']) {
			const path = practice(name.replace('.mdx', ''));
			const [expected, actual] = await Promise.all([
				main.process(fixture(name), path, { title: 'Т' }),
				workers.process(fixture(name), path, { title: 'Т' }),
			]);
			expect(actual.code).toBe(expected.code);
			expect(actual.astroMetadata).toEqual(expected.astroMetadata);
		}
	});

	it('refuses an unsafe practice text with the safety check’s message, as in the main thread', async () => {
		const workers = await withMdxWorkers(siteMarkdownProcessor({ workers: false }), 1).createMdxRenderer!(shared, mdx);
		await expect(
			workers.process('## Проблема\n\n<script>alert(1)</script>\n', practice('opasnaya'), {}),
		).rejects.toThrow(/content\/practices\/krasnoyarsk\/opasnaya\.mdx:3: тег <script> запрещён/);
	});
});

describe('MDX worker threads that cannot start', () => {
	it('reject the job with the worker’s error instead of leaving it unsettled', async () => {
		const broken = new URL('../../fixtures/mdx-workers/failing-worker.ts', import.meta.url);
		const workers = await withMdxWorkers(siteMarkdownProcessor({ workers: false }), 1, broken).createMdxRenderer!(
			shared,
			mdx,
		);
		await expect(workers.process('## Проблема\n\nТекст.\n', practice('lyubaya'), {})).rejects.toThrow(/не запускается/);
	});
});
