import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSite } from '../e2e/browser.ts';
import { printCompendium } from '../../scripts/lib/print-compendium.ts';
import { readPdf } from '../pdf-text.ts';
import { expectPrintedCompendium } from '../compendium-pdf.ts';
import { fixtureSite, OTHER_DEPLOYMENT } from '../support/build-site.ts';
import { builtPage, textOf } from '../support/html.ts';

/**
 * A compendium too big for one volume, split by year into parts: the real content built with volumes of
 * at most 2 practices (COMPENDIUM_PART_SIZE), as a topic with thousands of practices is at 100.
 */
const dist = fixtureSite(OTHER_DEPLOYMENT);
const page = (path: string) => builtPage(path, dist);
const TOPIC = 'compendium/topics/initsiativy-zhiteley';

/** The parts a compendium's page lists: «<a>2023 г.</a> — 2 практики». */
const partsOf = (index: ReturnType<typeof page>) =>
	index.querySelectorAll(`li > a[href^="/${TOPIC}/"]`).map((a) => ({
		id: a.getAttribute('href')!.slice(TOPIC.length + 2, -1),
		label: textOf(a),
		count: Number(/^ — (\d+)/.exec(textOf(a.parentNode).slice(textOf(a).length))?.[1]),
	}));

describe('a compendium split into parts', () => {
	it('lists its parts by year, which together hold every practice of the topic once', () => {
		const parts = partsOf(page(TOPIC));
		expect(parts.length).toBeGreaterThan(1);
		expect(parts.map((p) => p.id)).toEqual(
			readdirSync(join(dist, TOPIC))
				.filter((name) => name !== 'index.html')
				.sort((a, b) => parts.findIndex((p) => p.id === a) - parts.findIndex((p) => p.id === b)),
		);
		const titles = parts.flatMap((p) => {
			const part = page(`${TOPIC}/${p.id}`);
			const contents = part
				.querySelectorAll('.compendium-toc__title')
				.map(textOf)
				.filter((t) => t !== 'Контакты');
			expect(contents.length, p.id).toBe(p.count);
			expect(p.count, p.id).toBeLessThanOrEqual(2);
			expect(textOf(part), p.id).toContain(`Сборник практик: Поддержка инициатив жителей — ${p.label}`);
			return contents;
		});
		const count = page('topics/initsiativy-zhiteley')
			.querySelectorAll('h2')
			.map((h2) => /^(\d+)\u00a0практи/.exec(textOf(h2))?.[1])
			.find(Boolean);
		const total = Number(count);
		expect(total).toBeGreaterThan(0);
		expect(titles).toHaveLength(total);
		expect(new Set(titles).size).toBe(total);
	});

	it('prints a part with its own cover, contents and pages', async () => {
		const [first] = partsOf(page(TOPIC));
		const path = `${TOPIC}/${first!.id}/`;
		const site = await openSite(dist);
		try {
			const printed = await printCompendium(site.browser, site.url + path);
			expect(printed.errors).toEqual([]);
			expectPrintedCompendium(page(path), await readPdf(new Uint8Array(printed.pdf)), printed.pages);
		} finally {
			await site.close();
		}
	});
});
