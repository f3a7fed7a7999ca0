import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text on a PDF page, where it stands (PDF units, y from the bottom) and how high its font is. */
export interface PdfText {
	text: string;
	x: number;
	y: number;
	/** The font's size on the page. */
	size: number;
}

export interface PdfFont {
	name: string;
	/** Whether the font's file is inside the PDF (else a reader substitutes one, and Cyrillic may not show). */
	embedded: boolean;
}

export interface ReadPdf {
	/** The pages' text runs, page 1 first. */
	pages: PdfText[][];
	/** Every font the pages use. */
	fonts: PdfFont[];
	/** Images (photos) drawn on each page, page 1 first. */
	images: number[];
}

/** Whitespace folded into single spaces, as text reads in the PDF and in HTML alike. */
export const squash = (text: string) => text.replace(/[\s\u00a0\u00ad]+/g, ' ').trim();

/** Runs of text read as one line of text: a word hyphenated at a line's end («Инженерно-» / «техническое») is joined again. */
export const joinRuns = (items: readonly PdfText[]) =>
	squash(
		items
			.map((i) => i.text)
			.join(' ')
			.replace(/(\p{L})- (?=\p{L})/gu, '$1-'),
	);

/** The text and fonts of a PDF, read with pdf.js as a PDF reader would. */
export async function readPdf(pdf: Uint8Array): Promise<ReadPdf> {
	const doc = await getDocument({
		data: pdf,
		fontExtraProperties: true,
		disableFontFace: true,
		useSystemFonts: false,
		verbosity: 0,
	}).promise;
	const pages: PdfText[][] = [];
	const fonts = new Map<string, PdfFont>();
	const images: number[] = [];
	const drawsImage = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat]);
	try {
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			pages.push(
				content.items.flatMap((item) =>
					'str' in item && item.str.trim()
						? [
								{
									text: item.str,
									x: item.transform[4] as number,
									y: item.transform[5] as number,
									size: Math.hypot(item.transform[2] as number, item.transform[3] as number),
								},
							]
						: [],
				),
			);
			// Fonts are loaded while the page's operators are read; each then carries its file, if embedded.
			const operators = await page.getOperatorList();
			images.push(operators.fnArray.filter((op) => drawsImage.has(op)).length);
			for (const id of new Set(
				Object.values(content.styles).map((s) => s.fontFamily).length ? Object.keys(content.styles) : [],
			)) {
				const font = page.commonObjs.has(id)
					? (page.commonObjs.get(id) as { name?: string; missingFile?: boolean; data?: Uint8Array })
					: undefined;
				if (font)
					fonts.set(font.name ?? id, {
						name: font.name ?? id,
						embedded: !font.missingFile && (font.data?.length ?? 0) > 0,
					});
			}
		}
	} finally {
		await doc.destroy();
	}
	return { pages, fonts: [...fonts.values()], images };
}
