import { parseContentFile, type ContentFile } from '../validation/content-files.ts';
import { firstLookAlikes } from '../validation/title-similarity.ts';
import { DUPLICATE_TITLE_SIMILARITY, validateContent, type ContentIssue } from '../validation/validate-content.ts';
import { draftGaps } from '../validation/drafts.ts';
import { cellText } from './cell-values.ts';
import { findHeader, type Column, type ColumnMapping } from './columns.ts';
import { draftPath, draftText } from './draft-text.ts';
import { referenceData } from './reference-names.ts';
import { isDraft, rowDraft, type RefusedRow, type RowCell, type RowDraft } from './row-draft.ts';
import { cellKey, isFilled, type CellAddress, type Workbook } from './table.ts';

/**
 * `npm run import` without the disk: a registry read into a workbook, and the base's files, become the drafts
 * to write, the rows left out and why, and where every non-empty cell went. Rows that look like a practice
 * already in the base (a draft of an earlier import included) or like an earlier row are not written again.
 */

export interface ImportOptions {
	mapping?: ColumnMapping;
	/** `--owner`: whose practices the rows are when they name no municipality or region. */
	owner?: string;
	/** `--source`: a source every draft cites. */
	source?: string;
	/** The date checks measure from (today by default). */
	today?: Date;
}

/** A draft to write: its path inside the content folder, its text, and what it still lacks to pass validation. */
export interface WrittenDraft {
	draft: RowDraft;
	/** `practices/<owner>/_<slug>.mdx` */
	path: string;
	text: string;
	gaps: string[];
}

/** A row that looks like a practice already in the base or like an earlier row, with the one it looks like. */
export interface TwinRow {
	draft: RowDraft;
	/** `content/practices/…` of the entry in the base, or `undefined` when the twin is an earlier row. */
	twinFile?: string;
	twinTitle: string;
	twinRow?: { sheet: string; row: number };
	/** The twin is a draft: most often this very row, imported before. */
	twinIsDraft: boolean;
}

/** A cell that is in no draft, and why: the rows above the headers, sheets without a table, refused rows, columns like «№». */
export interface ReportedCell {
	address: CellAddress;
	text: string;
	note: string;
}

export interface SheetSummary {
	name: string;
	headerRow?: number;
	columns: Column[];
	rows: number;
	emptyRows: number;
}

export interface ImportPlan {
	file: string;
	sheets: SheetSummary[];
	written: WrittenDraft[];
	twins: TwinRow[];
	refused: RefusedRow[];
	/** Cells in no draft, each with why. */
	reported: ReportedCell[];
	/** Every non-empty cell of the workbook and where it went: `cellKey` → a description. */
	ledger: Map<string, Ledger>;
}

export type Ledger =
	| { kind: 'draft'; path: string; where: string }
	| { kind: 'unsorted'; path: string }
	| { kind: 'twin'; row: number }
	| { kind: 'refused'; row: number }
	| { kind: 'report'; note: string };

/** Plans the import of a workbook into a base made of `files` (read with drafts). Pure: it writes nothing. */
export function planImport(workbook: Workbook, files: readonly ContentFile[], options: ImportOptions = {}): ImportPlan {
	const data = referenceData(files);
	const context = {
		data,
		...(options.owner ? { owner: options.owner } : {}),
		...(options.source ? { source: options.source } : {}),
	};
	const ledger = new Map<string, Ledger>();
	const reported: ReportedCell[] = [];
	const report = (address: CellAddress, cell: { value: RowCell['value']; merged?: boolean }, note: string) => {
		// A merged range is one cell to a reader: its first cell is listed, the rest only counted.
		if (!cell.merged) reported.push({ address, text: cellText(cell.value), note });
		ledger.set(cellKey(address), { kind: 'report', note: cell.merged ? `${note} (объединённая ячейка)` : note });
	};
	const sheets: SheetSummary[] = [];
	const rows: (RowDraft | RefusedRow)[] = [];

	const wanted = options.mapping?.sheets ?? [];
	for (const sheet of workbook.sheets) {
		const filled = (r: number) =>
			(sheet.rows[r] ?? []).flatMap((cell, column) => (cell && isFilled(cell.value) ? [{ cell, column }] : []));
		if (wanted.length && !wanted.includes(sheet.name)) {
			for (let r = 0; r < sheet.rows.length; r++)
				for (const { cell, column } of filled(r))
					report({ sheet: sheet.name, row: r + 1, column }, cell, 'лист не указан в файле сопоставления');
			continue;
		}
		const header = findHeader(sheet, options.mapping);
		if (!header) {
			for (let r = 0; r < sheet.rows.length; r++) {
				for (const { cell, column } of filled(r))
					report(
						{ sheet: sheet.name, row: r + 1, column },
						cell,
						'на листе нет строки заголовков с названием практики',
					);
			}
			sheets.push({ name: sheet.name, columns: [], rows: 0, emptyRows: 0 });
			continue;
		}
		const summary: SheetSummary = {
			name: sheet.name,
			headerRow: header.row,
			columns: header.columns,
			rows: 0,
			emptyRows: 0,
		};
		sheets.push(summary);
		for (let r = 0; r < header.row; r++) {
			for (const { cell, column } of filled(r)) {
				report(
					{ sheet: sheet.name, row: r + 1, column },
					cell,
					r + 1 === header.row ? 'заголовок столбца' : 'над строкой заголовков',
				);
			}
		}
		const byIndex = new Map(header.columns.map((c) => [c.index, c]));
		for (let r = header.row; r < sheet.rows.length; r++) {
			const cells: RowCell[] = filled(r).map(({ cell, column }) => {
				const col = byIndex.get(column);
				return {
					address: { sheet: sheet.name, row: r + 1, column },
					header: col?.header ?? '',
					...(col?.target ? { target: col.target } : {}),
					value: cell.value,
					...(cell.link ? { link: cell.link } : {}),
					text: cellText(cell.value),
					...(cell.merged ? { merged: true } : {}),
				};
			});
			// A row whose only values come from cells merged down into it is empty: the values belong above.
			if (!filled(r).some(({ cell }) => !cell.merged)) {
				for (const cell of cells)
					ledger.set(cellKey(cell.address), { kind: 'report', note: 'объединённая ячейка над пустой строкой' });
				summary.emptyRows++;
				continue;
			}
			summary.rows++;
			rows.push(rowDraft(sheet.name, r + 1, cells, context));
		}
	}

	const refused = rows.filter((r): r is RefusedRow => !isDraft(r));
	for (const row of refused)
		for (const cell of row.cells) ledger.set(cellKey(cell.address), { kind: 'refused', row: row.row });

	// Look-alikes within each municipality, as validation finds them: the base first, then the rows in order.
	const drafts = rows.filter(isDraft);
	const existing = files.filter((f) => f.collection === 'practices' && f.data && typeof f.data === 'object');
	const titleOf = (f: ContentFile) => String((f.data as { title?: unknown }).title ?? '');
	const groupsOf = (f: ContentFile) => {
		const listed = (f.data as { municipalities?: unknown }).municipalities;
		return Array.isArray(listed) && listed.length ? listed.map(String) : [f.id.split('/')[0] ?? ''];
	};
	type Entry = { title: string; file?: ContentFile; draft?: RowDraft };
	const groups = new Map<string, Entry[]>();
	const join = (key: string, entry: Entry) => (groups.get(key) ?? groups.set(key, []).get(key)!).push(entry);
	for (const file of existing) for (const key of groupsOf(file)) join(key, { title: titleOf(file), file });
	for (const draft of drafts) for (const key of draft.groups) join(key, { title: String(draft.data['title']), draft });
	const twinOf = new Map<RowDraft, Entry>();
	for (const group of groups.values()) {
		for (const [i, j] of firstLookAlikes(
			group.map((e) => e.title),
			DUPLICATE_TITLE_SIMILARITY,
		).entries()) {
			const entry = group[i];
			if (j === undefined || !entry?.draft || twinOf.has(entry.draft)) continue;
			twinOf.set(entry.draft, group[j]!);
		}
	}
	const twins: TwinRow[] = [];
	const toWrite: RowDraft[] = [];
	for (const draft of drafts) {
		const twin = twinOf.get(draft);
		if (!twin) {
			toWrite.push(draft);
			continue;
		}
		twins.push({
			draft,
			twinTitle: twin.title,
			twinIsDraft: twin.file?.draft === true,
			...(twin.file ? { twinFile: twin.file.file } : {}),
			...(twin.draft ? { twinRow: { sheet: twin.draft.sheet, row: twin.draft.row } } : {}),
		});
		for (const { cell } of draft.cells) ledger.set(cellKey(cell.address), { kind: 'twin', row: draft.row });
	}

	// File names: a draft never takes the name of another file in its folder, published or draft.
	const taken = new Set(existing.map((f) => f.id.replace(/\/_/, '/')));
	for (const draft of toWrite) {
		let slug = draft.slug;
		for (let n = 2; taken.has(`${draft.owner}/${slug}`); n++) slug = `${draft.slug}-${n}`;
		draft.slug = slug;
		taken.add(`${draft.owner}/${slug}`);
	}
	const texts = toWrite.map((draft) => ({ draft, path: draftPath(draft), text: draftText(draft, workbook.file) }));
	for (const { draft, path } of texts) {
		for (const { cell, destination } of draft.cells) {
			const where =
				destination.kind === 'field' ? destination.field : destination.kind === 'section' ? destination.section : '';
			ledger.set(
				cellKey(cell.address),
				destination.kind === 'unsorted'
					? { kind: 'unsorted', path }
					: destination.kind === 'report'
						? { kind: 'report', note: destination.note }
						: { kind: 'draft', path, where },
			);
			if (destination.kind === 'report')
				reported.push({ address: cell.address, text: cell.text, note: destination.note });
		}
	}

	// What each draft lacks: the issues it would have if published, with the base and the other drafts beside it.
	const draftFiles = texts.map(({ path, text }) =>
		parseContentFile('practices', path.replace(/^practices\//, '').replace(/\.mdx$/, ''), `content/${path}`, text),
	);
	const issues = validateContent([...files, ...draftFiles], {
		summariseDrafts: false,
		...(options.today ? { today: options.today } : {}),
	});
	const byFile = new Map<string, ContentIssue[]>();
	for (const issue of issues) (byFile.get(issue.file) ?? byFile.set(issue.file, []).get(issue.file)!).push(issue);
	const written = texts.map(({ draft, path, text }) => ({
		draft,
		path,
		text,
		gaps: draftGaps((byFile.get(`content/${path}`) ?? []).filter((i) => i.field !== 'title' || i.severity === 'error')),
	}));

	return { file: workbook.file, sheets, written, twins, refused, reported, ledger };
}
