import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { CellValue } from './cell-values.ts';
import { isFilled, type Sheet, type TableCell, type Workbook } from './table.ts';

/**
 * Spreadsheets as registries come: `.xlsx` read with ExcelJS, which reports merged ranges (a municipality
 * written once for several practices below it), dates and hyperlinks; `.csv` in UTF-8 or Windows-1251,
 * separated by «;» or «,», read with csv-parse.
 */

/** An ExcelJS cell value as a plain value: rich text joined, a formula's last result, a hyperlink's text. */
function plainValue(value: ExcelJS.CellValue): { value?: CellValue; link?: string } {
	if (value === null || value === undefined) return {};
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
		return { value };
	if ('richText' in value) return { value: value.richText.map((part) => part.text).join('') };
	if ('hyperlink' in value) {
		const text = plainValue(value.text as ExcelJS.CellValue).value;
		return {
			value: text ?? value.hyperlink,
			...(text !== undefined && text !== value.hyperlink ? { link: value.hyperlink } : {}),
		};
	}
	if ('formula' in value || 'sharedFormula' in value)
		return plainValue((value as { result?: ExcelJS.CellValue }).result ?? null);
	if ('error' in value) return {};
	return {};
}

/** Every sheet of an `.xlsx` file, with merged cells marked. `.xls` (Excel 97–2003) is not read: ExcelJS does not know it. */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	const sheets: Sheet[] = [];
	workbook.eachSheet((worksheet) => {
		const rows: Sheet['rows'] = [];
		worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
			const cells: (TableCell | undefined)[] = [];
			row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
				const merged = cell.isMerged && cell.master.address !== cell.address;
				const { value, link } = plainValue(merged ? cell.master.value : cell.value);
				if (isFilled(value))
					cells[columnNumber - 1] = { value, ...(merged ? { merged: true } : {}), ...(link ? { link } : {}) };
			});
			rows[rowNumber - 1] = cells;
		});
		sheets.push({ name: worksheet.name, rows });
	});
	return { file, sheets };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Node's own decoder knows Windows-1251 (full ICU), so no iconv package is needed for it.
const cp1251 = new TextDecoder('windows-1251');

/** The text of a CSV file: UTF-8 (with or without a byte order mark) or, failing that, Windows-1251. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Windows-1251' } {
	try {
		return { text: utf8.decode(bytes).replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
	} catch {
		return { text: cp1251.decode(bytes), encoding: 'Windows-1251' };
	}
}

/**
 * The separator of a CSV text: the one of «;», «,» and tab that splits its first lines into the same number
 * of columns, more than one. Excel with Russian settings saves «;» (the comma is the decimal separator there).
 */
export function csvDelimiter(text: string): string {
	const sample = text.split(/\r?\n/).slice(0, 20).join('\n');
	let best = ';';
	let bestScore = -1;
	for (const delimiter of [';', ',', '\t']) {
		let records: string[][];
		try {
			records = parse(sample, {
				delimiter,
				relax_column_count: true,
				relax_quotes: true,
				skip_empty_lines: true,
			}) as string[][];
		} catch {
			continue;
		}
		const counts = new Map<number, number>();
		for (const record of records) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
		const [width = 0, agreeing = 0] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [];
		const score = width > 1 ? agreeing * 1000 + width : 0;
		if (score > bestScore) {
			best = delimiter;
			bestScore = score;
		}
	}
	return best;
}

/** A CSV file as a workbook of one sheet named after the file. */
export function readCsv(bytes: Uint8Array, file: string): Workbook & { encoding: string; delimiter: string } {
	const { text, encoding } = decodeCsv(bytes);
	const delimiter = csvDelimiter(text);
	const records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
	const rows = records.map((record) =>
		record.map((value): TableCell | undefined => (isFilled(value) ? { value } : undefined)),
	);
	const name = file.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '');
	return { file, sheets: [{ name, rows }], encoding, delimiter };
}
