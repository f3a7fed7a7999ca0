import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { openSite } from '../e2e/browser.ts';
import { printCompendium } from '../../scripts/lib/print-compendium.ts';
import { readPdf } from '../pdf-text.ts';
import { expectPrintedCompendium } from '../compendium-pdf.ts';
import { fixtureSite, WITH_FIXTURES } from '../support/build-site.ts';
import { builtPage, textOf } from '../support/html.ts';

/**
 * What a curator sees of a practice text: the real content plus two fixture practices, one using every
 * construct a text may hold (rich.mdx of old) and one with photos, key figures and a callout, built by
 * the production pipeline (@astrojs/mdx with the site's processor), then read as HTML and in Chromium.
 * The fixture repeats are in the same build (support/build-site.ts), which the repeats' test reads too.
 */
const dist = fixtureSite(WITH_FIXTURES);
const card = (slug: string) => builtPage(`practices/krasnoyarsk/${slug}/`, dist);
/** The card's text, from its first section heading to the end of the text block. */
const prose = (slug: string) => card(slug).querySelector('div.prose')!;

describe('a practice text with every construct', () => {
	const text = () => prose('vse-vozmozhnosti-teksta');
	const texts = (selector: string) => text().querySelectorAll(selector).map(textOf);

	it('keeps Markdown, GFM and the allowed HTML as the curator wrote them', () => {
		expect(texts('strong')).toContain('полужирным');
		expect(texts('del')).toContain('зачёркнутым');
		expect(
			text()
				.querySelectorAll('abbr')
				.find((abbr) => textOf(abbr) === 'ТОС')
				?.getAttribute('title'),
		).toBe('территориальное общественное самоуправление');
		expect(text().querySelector('input[type="checkbox"][checked]')).not.toBeNull();
		expect(text().querySelector('blockquote')).not.toBeNull();
		// Tags on lines of their own stand as blocks, not inside paragraphs.
		const details = text().querySelector('details');
		expect(details?.parentNode?.rawTagName).not.toBe('p');
		expect(details?.firstElementChild?.rawTagName).toBe('summary');
		expect(textOf(details?.querySelector('summary'))).toBe('Подробнее');
		expect(text().querySelector('h3[id]')).not.toBeNull();
		expect(text().querySelector('[data-footnotes]')).not.toBeNull();
		// SmartyPants is off: Russian quotes stay Russian.
		expect(textOf(text())).toContain('«кавычки-ёлочки»');
		// Escaped MDX characters come out as text.
		expect(textOf(text())).toContain('Экранированная скобка { и знак < в тексте');
	});

	it('renders Callout as a note, with its title or the default one', () => {
		const notes = text()
			.querySelectorAll('aside.callout')
			.map((aside) => aside.querySelectorAll('p'));
		const [titled, untitled] = ['Важно', 'Обратите внимание'].map((title) =>
			notes.find(([first]) => textOf(first?.querySelector('strong')) === title && textOf(first) === title),
		);
		expect(textOf(titled?.[1])).toMatch(/^Обратите внимание на сроки/);
		expect(textOf(titled?.[1]?.querySelector('strong'))).toBe('сроки');
		expect(textOf(untitled?.[1])).toBe('Выноска без заголовка.');
	});

	it('aligns table columns with classes, since the CSP blocks style attributes', () => {
		expect(texts('td.align-right')).toContain('12');
		expect(texts('td.align-center')).toContain('15');
		expect(text().querySelectorAll('[style], [align]')).toEqual([]);
	});

	it('marks links to other sites noopener noreferrer and leaves comments out', () => {
		const link = (label: string) =>
			text()
				.querySelectorAll('a')
				.find((a) => textOf(a) === label);
		expect(link('сайт города')?.attributes).toEqual({ href: 'https://www.admkrsk.ru/', rel: 'noopener noreferrer' });
		expect(link('внутреннюю страницу')?.attributes).toEqual({ href: '/practices/' });
		// A comment is no element: the file itself must not hold it.
		expect(readFileSync(join(dist, 'practices/krasnoyarsk/vse-vozmozhnosti-teksta/index.html'), 'utf8')).not.toContain(
			'Комментарий редактора',
		);
	});
});

describe('photos and author components on a card', () => {
	const photo = (name: string) =>
		card('testovaya-praktika-s-foto')
			.querySelectorAll('img')
			.find((img) => img.getAttribute('src')?.includes(name));

	it('serves a photo beside the practice as WebP at most 1200 px wide, with srcset, size and lazy loading', () => {
		const img = photo('prazdnik-vo-dvore');
		expect(img?.getAttribute('src')).toMatch(/^\/_astro\/prazdnik-vo-dvore\.[\w-]+\.webp$/);
		expect(img?.getAttribute('srcset')).toMatch(/400w.*800w.*1200w$/);
		expect(img?.attributes).toMatchObject({
			width: '1200',
			height: '800',
			loading: 'lazy',
			alt: 'Дети и взрослые за столами во дворе многоквартирного дома',
		});
		const file = join(dist, img?.getAttribute('src') ?? 'missing');
		expect(existsSync(file)).toBe(true);
		const size = imageSize(readFileSync(file));
		expect(size).toMatchObject({ type: 'webp', width: 1200, height: 800 });
	});

	it('never enlarges a photo narrower than 1200 px', () => {
		const img = photo('skhema-dvora');
		expect(img?.getAttribute('width')).toBe('800');
		expect(img?.getAttribute('srcset') ?? '').not.toContain('1200w');
	});

	it('shows a Figure with its caption and the photo credit', () => {
		const figure = card('testovaya-praktika-s-foto').querySelector('figure.figure');
		expect(figure?.querySelector('img')).not.toBeNull();
		expect(textOf(figure?.querySelector('figcaption'))).toBe(
			'Праздник во дворе на улице Мира Фото: администрация г. Красноярска',
		);
		expect(textOf(figure?.querySelector('figcaption > span.figure__credit'))).toBe(
			'Фото: администрация г. Красноярска',
		);
	});

	it('shows key figures, each with its year and a link to its source', () => {
		const block = card('testovaya-praktika-s-foto').querySelector('section.key-figures');
		const figures = block?.querySelectorAll('li.key-figure') ?? [];
		expect(figures).toHaveLength(2);
		const initiatives = figures.find((li) => textOf(li.querySelector('.key-figure__unit')) === 'инициатив');
		expect(textOf(initiatives)).toContain('105 инициатив');
		expect(textOf(initiatives)).toContain('2023 год · источник:');
		expect(initiatives?.querySelector('a')?.getAttribute('href')).toBe('/sources/asdg-anketa-krasnoyarsk-2023/');
		expect(textOf(block)).toContain('около 300');
	});

	it('lists the photos with their addresses and descriptions in practices.json and practices.csv', () => {
		const json = JSON.parse(readFileSync(join(dist, 'data/practices.json'), 'utf8')) as {
			practices: { id: string; photos: { url: string; alt: string; caption?: string; credit?: string }[] }[];
		};
		const photos = json.practices.find((p) => p.id === 'krasnoyarsk/testovaya-praktika-s-foto')?.photos ?? [];
		expect(photos.map((p) => p.alt)).toEqual([
			'Дети и взрослые за столами во дворе многоквартирного дома',
			'Схема двора с игровой и спортивной площадками',
		]);
		expect(photos[0]).toMatchObject({
			caption: 'Праздник во дворе на улице Мира',
			credit: 'администрация г. Красноярска',
			width: 1200,
			height: 800,
		});
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
				page.$$eval('.prose img', (imgs) =>
					imgs.map((img) => ({
						alt: img.getAttribute('alt'),
						visible:
							(img as HTMLImageElement).getBoundingClientRect().width > 100 && getComputedStyle(img).display !== 'none',
					})),
				);
			await page.emulateMedia({ media: 'print' });
			// Polled: a lazy image has its width once it has loaded, which on a busy machine takes a moment.
			await expect.poll(shown, { timeout: 15_000 }).toEqual([
				{ alt: 'Дети и взрослые за столами во дворе многоквартирного дома', visible: true },
				{ alt: 'Схема двора с игровой и спортивной площадками', visible: true },
			]);
			// Chromium loads lazy images before it prints; the PDF carries them.
			const pdf = await page.pdf({ format: 'A4' });
			expect(pdf.toString('latin1').match(/\/Subtype\s*\/Image/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
			await page.emulateMedia({ media: 'screen' });
			await page.locator('#a11y-toggle').click();
			expect(await page.evaluate(() => document.documentElement.dataset['a11y'])).toBe('on');
			await expect
				.poll(async () => (await shown()).every((img) => img.visible && img.alt), { timeout: 15_000 })
				.toBe(true);
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
			const html = builtPage(path, dist);
			expect(html.querySelector('table')).not.toBeNull();
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
