import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../e2e/browser.ts';
import { printCompendium } from '../../scripts/lib/print-compendium.ts';
import { readPdf } from '../pdf-text.ts';
import { contentsOf, expectPrintedCompendium, htmlText } from '../compendium-pdf.ts';

/**
 * A compendium too big for one volume, split by year into parts: the real content built with volumes of
 * at most 2 practices (COMPENDIUM_PART_SIZE), as a topic with thousands of practices is at 100.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'compendium-parts-'));
const dist = join(work, 'dist');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const TOPIC = 'compendium/topics/initsiativy-zhiteley';

beforeAll(() => {
	const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
		cwd: root,
		env: { ...process.env, COMPENDIUM_PART_SIZE: '2', ASTRO_CACHE_DIR: join(work, 'cache') },
		encoding: 'utf8',
	});
	if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a compendium split into parts', () => {
	it('lists its parts by year, which together hold every practice of the topic once', () => {
		const index = page(TOPIC);
		const parts = [...index.matchAll(/<li><a href="\/compendium\/topics\/initsiativy-zhiteley\/([^/]+)\/">([^<]+)<\/a> — (\d+)/g)].map((m) => ({ id: m[1]!, label: htmlText(m[2]!), count: Number(m[3]) }));
		expect(parts.length).toBeGreaterThan(1);
		expect(parts.map((p) => p.id)).toEqual(readdirSync(join(dist, TOPIC)).filter((name) => name !== 'index.html').sort((a, b) => parts.findIndex((p) => p.id === a) - parts.findIndex((p) => p.id === b)));
		const titles = parts.flatMap((p) => {
			const contents = contentsOf(page(`${TOPIC}/${p.id}`)).filter((t) => t !== 'Контакты');
			expect(contents.length, p.id).toBe(p.count);
			expect(p.count, p.id).toBeLessThanOrEqual(2);
			expect(htmlText(page(`${TOPIC}/${p.id}`)), p.id).toContain(`Сборник практик: Поддержка инициатив жителей — ${p.label}`);
			return contents;
		});
		const topic = page('topics/initsiativy-zhiteley');
		const total = Number(topic.match(/<h2>(\d+)\u00a0практи/)![1]);
		expect(titles).toHaveLength(total);
		expect(new Set(titles).size).toBe(total);
	});

	it('prints a part with its own cover, contents and pages', async () => {
		const first = page(TOPIC).match(/<li><a href="\/(compendium\/topics\/initsiativy-zhiteley\/[^/]+\/)">/)![1]!;
		const site = await openSite(dist);
		try {
			const printed = await printCompendium(site.browser, site.url + first);
			expect(printed.errors).toEqual([]);
			expectPrintedCompendium(page(first), await readPdf(new Uint8Array(printed.pdf)), printed.pages);
		} finally {
			await site.close();
		}
	});
});
