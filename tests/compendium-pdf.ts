import { expect } from 'vitest';
import { joinRuns, squash, type PdfText, type ReadPdf } from './pdf-text.ts';
import { textOf, type HTMLElement } from './support/html.ts';

/**
 * What a printed compendium must be, checked against the page it was printed from: every practice in
 * the contents with the page it starts on, that page's heading and running head, page numbers at the
 * foot, a page count the practices imply, tables on one page, Cyrillic text with its fonts embedded.
 * Used by tests/build/compendium.test.ts (every compendium of the site) and practice-text.test.ts
 * (a compendium holding the fixtures' tables and photos).
 */

/** Text of an element as the PDF reads it: every run of white space, no-break and soft hyphens among it, as one space. */
export const printedText = (element: HTMLElement | null | undefined) => squash(textOf(element));

/** The contents' lines of a built compendium page, in order: each practice's title, then «Контакты» if there. */
export const contentsOf = (page: HTMLElement) => page.querySelectorAll('.compendium-toc__title').map(printedText);

/** Each table of the page as its rows' texts. */
export const tablesOf = (page: HTMLElement) =>
	page
		.querySelectorAll('table')
		.map((table) => table.querySelectorAll('tr').map((row) => row.querySelectorAll('th, td').map(printedText)));

/** A4 in PDF units is 842 high: the running head stands above the text, the page number below it. */
const HEAD_Y = 780;
const FOOT_Y = 70;
/** Headings of practices and of «Контакты» are set larger than the text (11 pt) and the contents. */
const HEADING_SIZE = 14;

const firstPageWith = (pages: PdfText[][], from: number, test: (item: PdfText) => boolean) => {
	for (let p = from; p <= pages.length; p++) if (pages[p - 1]!.some(test)) return p;
	return undefined;
};

export function expectPrintedCompendium(page: HTMLElement, pdf: ReadPdf, laidOutPages: number): void {
	const entries = contentsOf(page);
	const practices = entries.filter((t) => t !== 'Контакты').length;
	const { pages } = pdf;
	expect(entries.length, 'the contents lists the practices').toBeGreaterThan(0);
	// Cover, contents, a page at least per practice, and the contacts' page if there.
	expect(pages.length).toBe(laidOutPages);
	expect(pages.length).toBeGreaterThanOrEqual(2 + entries.length);

	// Cyrillic text reads back from the PDF, in fonts the PDF carries.
	const title = printedText(page.querySelector('h1#compendium-title'));
	expect(title.length, "the cover's title").toBeGreaterThan(0);
	expect(joinRuns(pages[0]!)).toContain(title);
	expect(pdf.fonts.length).toBeGreaterThan(0);
	expect(pdf.fonts.filter((f) => !f.embedded)).toEqual([]);

	let after = 2;
	entries.forEach((entry, i) => {
		const line = `${i + 1}. ${entry}`;
		// The contents' line: its first run starts with the number and the title, and the page number stands level with it.
		const tocPage = firstPageWith(
			pages,
			2,
			(item) => squash(item.text).startsWith(`${i + 1}. `) && line.startsWith(squash(item.text)),
		);
		expect(tocPage, `«${entry}» in the contents`).toBeDefined();
		const tocItem = pages[tocPage! - 1]!.find(
			(item) => squash(item.text).startsWith(`${i + 1}. `) && line.startsWith(squash(item.text)),
		)!;
		const number = pages[tocPage! - 1]!.find(
			(item) => /^\d+$/.test(item.text.trim()) && Math.abs(item.y - tocItem.y) < 2 && item.x > tocItem.x + 100,
		);
		expect(number, `the page number of «${entry}» in the contents`).toBeDefined();
		const listed = Number(number!.text);

		// The page where its heading actually is: the first, after the previous one's, with a large run that begins the title.
		const start = firstPageWith(
			pages,
			after,
			(item) => item.size >= HEADING_SIZE && squash(item.text).length > 0 && entry.startsWith(squash(item.text)),
		);
		expect(start, `the page «${entry}» starts on, against the contents`).toBe(listed);
		after = start!;
		const head = joinRuns(pages[start! - 1]!.filter((item) => item.y > HEAD_Y && item.size < 10));
		expect(
			entry.startsWith(head.slice(0, 30)) && head.length > 0,
			`running head «${head}» on the first page of «${entry}»`,
		).toBe(true);
	});

	// Page numbers at the foot of every page after the cover.
	for (let p = 2; p <= pages.length; p++) {
		expect(
			pages[p - 1]!.some((item) => item.y < FOOT_Y && item.text.trim() === String(p)),
			`page number on page ${p}`,
		).toBe(true);
	}

	// A table's first and last rows print on the same page.
	for (const rows of tablesOf(page)) {
		const [first, last] = [rows[0]![0]!, rows.at(-1)![0]!];
		const firstPage = firstPageWith(pages, 3, (item) => squash(item.text) === first);
		const lastPage = firstPage && firstPageWith(pages, firstPage, (item) => squash(item.text) === last);
		expect(firstPage, `table starting «${first}»`).toBeDefined();
		expect(lastPage, `the last row «${last}» of the table starting «${first}» on its first row's page`).toBe(firstPage);
	}
	expect(practices).toBeGreaterThan(0);
}
