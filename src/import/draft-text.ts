import { practiceMdx } from '../editor/decap-formats.ts';
import { fileLayout } from '../editor/decap-config.ts';
import { PRACTICE_SECTIONS, UNSORTED_SECTION } from '../practice-text/practice-sections.ts';
import type { RowDraft } from './row-draft.ts';
import { describeCell } from './table.ts';
import { draftMarkLine } from '../editor/draft-mark.ts';

/**
 * Text from a cell as Markdown that MDX reads as plain text: `<`, `{` and `}` would open a tag or an
 * expression, and a line starting with `#` would become a heading.
 */
export function escapeMdx(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/[<{}]/g, (c) => `\\${c}`)
		.replace(/^(\s*)#/gm, '$1\\#');
}

/** A list item of «Разобрать»: where the cell is, its column, the hint, and its text (further lines indented). */
function unsortedItem({ cell, note }: RowDraft['unsorted'][number]): string {
	const text = escapeMdx(cell.text).replace(/\n/g, '\n  ');
	return `- «${escapeMdx(cell.header)}» (${describeCell(cell.address)})${note ? ` — ${escapeMdx(note)}` : ''}: ${text}`;
}

/** The file a draft is written to, inside the content folder: `practices/<owner>/_<slug>.mdx`. */
export const draftPath = (draft: Pick<RowDraft, 'owner' | 'slug'>) => `practices/${draft.owner}/_${draft.slug}.mdx`;

/** The text of a draft practice file: the mark, properties in the schema's order, every section, and «Разобрать». */
export function draftText(draft: RowDraft, sourceFile: string): string {
	const sections = PRACTICE_SECTIONS.map((section) => {
		const paragraphs = (draft.sections[section] ?? []).map((p) => escapeMdx(p).replace(/\n(?=\S)/g, '\n\n'));
		return `## ${section}\n\n${paragraphs.join('\n\n')}`.trim();
	});
	if (draft.unsorted.length) sections.push(`## ${UNSORTED_SECTION}\n\n${draft.unsorted.map(unsortedItem).join('\n')}`);
	const text = practiceMdx(fileLayout('practices')).toFile({ ...draft.data, body: sections.join('\n\n') });
	return text.replace(/^---\n/, `---\n${draftMarkLine(sourceFile, draft.sheet, draft.row)}\n`);
}
