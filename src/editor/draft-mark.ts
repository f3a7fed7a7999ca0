/**
 * How a draft practice (`content/practices/<owner>/_<slug>.mdx`) says it is one inside its text: its
 * properties open with a YAML comment, which the schema never sees. `npm run import` writes it; the web
 * editor reads it to list drafts among «Черновики» (Decap filters entries by their data, not their file
 * names), and never writes it back: a draft saved there is published.
 */
export const DRAFT_MARK = '# Черновик';

/** The mark of a draft made from a row of a spreadsheet: where it came from and how to publish it. */
export const draftMarkLine = (file: string, sheet: string, row: number) =>
	`${DRAFT_MARK} из таблицы «${file}», лист «${sheet}», строка ${row}. Чтобы опубликовать, допишите недостающее и переименуйте файл без «_» в начале.`;

/** Whether a practice file's text is a draft's: its properties open with the mark. */
export const hasDraftMark = (text: string) => /^\uFEFF?---\r?\n# Черновик(?=\s)/.test(text);

/** The path a draft is published at: its file name without the leading `_`. `undefined` for a path that is not a draft's. */
export function publishedPath(path: string): string | undefined {
	const match = /^(.*\/)_([^/]+\.mdx)$/.exec(path);
	return match ? `${match[1]}${match[2]}` : undefined;
}
