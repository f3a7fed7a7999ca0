import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageSize } from 'image-size';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../e2e/browser.ts';
import { printCompendium } from '../../scripts/lib/print-compendium.ts';
import { readPdf } from '../pdf-text.ts';
import { expectPrintedCompendium } from '../compendium-pdf.ts';

/**
 * What a curator sees of a practice text: the real content plus two fixture practices, one using every
 * construct a text may hold (rich.mdx of old) and one with photos, key figures and a callout, built by
 * the production pipeline (@astrojs/mdx with the site's processor), then read as HTML and in Chromium.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'practices-text-'));
const dist = join(work, 'dist');
const card = (slug: string) => readFileSync(join(dist, 'practices/krasnoyarsk', slug, 'index.html'), 'utf8');
/** The markup of the card's text, from its first section heading to the end of the text block. */
const prose = (html: string) => html.slice(html.indexOf('<div class="prose">'), html.indexOf('</div>', html.lastIndexOf('</section>')));

beforeAll(() => {
	cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
	cpSync(join(root, 'tests/fixtures/rich-practices/content'), join(work, 'content'), { recursive: true });
	const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: join(work, 'content'), ASTRO_CACHE_DIR: join(work, 'cache') },
		encoding: 'utf8',
	});
	if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a practice text with every construct', () => {
	it('keeps Markdown, GFM and the allowed HTML as the curator wrote them', () => {
		const html = card('vse-vozmozhnosti-teksta');
		expect(html).toContain('<strong>полужирным</strong>');
		expect(html).toContain('<del>зачёркнутым</del>');
		expect(html).toContain('<abbr title="территориальное общественное самоуправление">ТОС</abbr>');
		expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
		expect(html).toContain('<blockquote>');
		// Tags on lines of their own stand as blocks, not inside paragraphs.
		expect(html).toMatch(/<details>\s*<summary>Подробнее<\/summary>/);
		expect(html).toContain('<h3 id=');
		expect(html).toContain('data-footnotes');
		// SmartyPants is off: Russian quotes stay Russian.
		expect(html).toContain('«кавычки-ёлочки»');
		// Escaped MDX characters come out as text.
		expect(html).toContain('Экранированная скобка { и знак &#x3C; в тексте');
	});

	it('renders Callout as a note, with its title or the default one', () => {
		const html = card('vse-vozmozhnosti-teksta');
		expect(html).toMatch(/<aside class="callout">\s*<p><strong>Важно<\/strong><\/p>\s*<p>Обратите внимание на <strong>сроки<\/strong>/);
		expect(html).toMatch(/<aside class="callout">\s*<p><strong>Обратите внимание<\/strong><\/p>\s*<p>Выноска без заголовка\.<\/p>/);
	});

	it('aligns table columns with classes, since the CSP blocks style attributes', () => {
		const html = prose(card('vse-vozmozhnosti-teksta'));
		expect(html).toContain('<td class="align-right">12</td>');
		expect(html).toContain('<td class="align-center">15</td>');
		expect(html).not.toMatch(/ style=|align="/);
	});

	it('marks links to other sites noopener noreferrer and leaves comments out', () => {
		const html = card('vse-vozmozhnosti-teksta');
		expect(html).toContain('<a href="https://www.admkrsk.ru/" rel="noopener noreferrer">сайт города</a>');
		expect(html).toContain('<a href="/practices/">внутреннюю страницу</a>');
		expect(html).not.toContain('Комментарий редактора');
	});
});

describe('photos and author components on a card', () => {
	it('serves a photo beside the practice as WebP at most 1200 px wide, with srcset, size and lazy loading', () => {
		const html = card('testovaya-praktika-s-foto');
		const img = html.match(/<img[^>]*prazdnik-vo-dvore[^>]*>/)?.[0] ?? '';
		expect(img).toMatch(/src="\/_astro\/prazdnik-vo-dvore\.[\w-]+\.webp"/);
		expect(img).toMatch(/srcset="[^"]*400w[^"]*800w[^"]*1200w"/);
		expect(img).toContain('width="1200"');
		expect(img).toContain('height="800"');
		expect(img).toContain('loading="lazy"');
		expect(img).toContain('alt="Дети и взрослые за столами во дворе многоквартирного дома"');
		const file = join(dist, /src="([^"]+)"/.exec(img)?.[1] ?? 'missing');
		expect(existsSync(file)).toBe(true);
		const size = imageSize(readFileSync(file));
		expect(size).toMatchObject({ type: 'webp', width: 1200, height: 800 });
	});

	it('never enlarges a photo narrower than 1200 px', () => {
		const img = card('testovaya-praktika-s-foto').match(/<img[^>]*skhema-dvora[^>]*>/)?.[0] ?? '';
		expect(img).toContain('width="800"');
		expect(img).not.toContain('1200w');
	});

	it('shows a Figure with its caption and the photo credit', () => {
		const html = card('testovaya-praktika-s-foto');
		expect(html).toMatch(/<figure class="figure">[\s\S]*<img[\s\S]*<figcaption>Праздник во дворе на улице Мира <span class="figure__credit">Фото: администрация г\. Красноярска<\/span><\/figcaption><\/figure>/);
	});

	it('shows key figures, each with its year and a link to its source', () => {
		const html = card('testovaya-praktika-s-foto');
		const block = html.match(/<section class="key-figures"[\s\S]*?<\/section>/)?.[0] ?? '';
		expect(block.match(/<li class="key-figure">/g)).toHaveLength(2);
		expect(block).toContain('105 <span class="key-figure__unit">инициатив</span>');
		expect(block).toContain('2023 год · источник: <a href="/sources/asdg-anketa-krasnoyarsk-2023/">');
		expect(block).toContain('около 300');
	});

	it('lists the photos with their addresses and descriptions in practices.json and practices.csv', () => {
		const json = JSON.parse(readFileSync(join(dist, 'data/practices.json'), 'utf8')) as { practices: { id: string; photos: { url: string; alt: string; caption?: string; credit?: string }[] }[] };
		const photos = json.practices.find((p) => p.id === 'krasnoyarsk/testovaya-praktika-s-foto')?.photos ?? [];
		expect(photos.map((p) => p.alt)).toEqual(['Дети и взрослые за столами во дворе многоквартирного дома', 'Схема двора с игровой и спортивной площадками']);
		expect(photos[0]).toMatchObject({ caption: 'Праздник во дворе на улице Мира', credit: 'администрация г. Красноярска', width: 1200, height: 800 });
		for (const photo of photos) expect(existsSync(join(dist, new URL(photo.url).pathname))).toBe(true);
		expect(json.practices.find((p) => p.id === 'krasnoyarsk/yarkie-berega')?.photos).toEqual([]);
		const csv = readFileSync(join(dist, 'data/practices.csv'), 'utf8');
		expect(csv).toMatch(/\/_astro\/skhema-dvora\.[\w-]+\.webp \(Схема двора с игровой и спортивной площадками\)/);
	});

	it('keeps the photos in print and in the version for the visually impaired', async () => {
		const site = await openSite(dist);
		try {
			const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.goto(`${site.url}practices/krasnoyarsk/testovaya-praktika-s-foto/`);
			const shown = () =>
				page.$$eval('.prose img', (imgs) => imgs.map((img) => ({ alt: img.getAttribute('alt'), visible: (img as HTMLImageElement).getBoundingClientRect().width > 100 && getComputedStyle(img).display !== 'none' })));
			await page.emulateMedia({ media: 'print' });
			expect(await shown()).toEqual([
				{ alt: 'Дети и взрослые за столами во дворе многоквартирного дома', visible: true },
				{ alt: 'Схема двора с игровой и спортивной площадками', visible: true },
			]);
			// Chromium loads lazy images before it prints; the PDF carries them.
			const pdf = await page.pdf({ format: 'A4' });
			expect(pdf.toString('latin1').match(/\/Subtype\s*\/Image/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
			await page.emulateMedia({ media: 'screen' });
			await page.locator('#a11y-toggle').click();
			expect(await page.evaluate(() => document.documentElement.dataset['a11y'])).toBe('on');
			expect((await shown()).every((img) => img.visible && img.alt)).toBe(true);
		} finally {
			await site.close();
		}
	});
});

describe('the fixtures in a compendium for print', () => {
	it('prints the table on one page and the photos, with contents that match', async () => {
		const site = await openSite(dist);
		try {
			const path = 'compendium/topics/initsiativy-zhiteley/';
			const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
			expect(html).toContain('<table>');
			const printed = await printCompendium(site.browser, site.url + path);
			expect(printed.errors).toEqual([]);
			const pdf = await readPdf(new Uint8Array(printed.pdf));
			expectPrintedCompendium(html, pdf, printed.pages);
			// Both photos of the photo fixture, drawn on the pages of that practice.
			expect(pdf.images.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
		} finally {
			await site.close();
		}
	});
});
