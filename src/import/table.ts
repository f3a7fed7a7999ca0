import type { CellValue } from './cell-values.ts';

/** One non-empty cell of a sheet. */
export interface TableCell {
	value: CellValue;
	/** The cell lies in a merged range below or right of its first cell, and this is that cell's value. */
	merged?: boolean;
	/** The address a cell with a hyperlink points to, when it shows other text. */
	link?: string;
}

/** A sheet as rows of cells; `rows[r][c]` is row `r + 1`, column `columnName(c)`; missing cells are empty. */
export interface Sheet {
	name: string;
	rows: (TableCell | undefined)[][];
}

/** A spreadsheet: the file's name (for the report) and its sheets in order. */
export interface Workbook {
	file: string;
	sheets: Sheet[];
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

/** Where a cell is, as the report names it: «лист «Реестр», строка 12, столбец F». */
export interface CellAddress {
	sheet: string;
	/** 1-based, as Excel numbers rows. */
	row: number;
	/** 0-based column index. */
	column: number;
}

export const cellKey = (address: CellAddress) => `${address.sheet}\u0000${address.row}\u0000${address.column}`;
export const describeCell = (address: CellAddress) =>
	`лист «${address.sheet}», строка ${address.row}, столбец ${columnName(address.column)}`;

/** Whether a value is worth a cell: empty strings and whitespace are not. */
export const isFilled = (value: CellValue | undefined): value is CellValue =>
	value !== undefined && (typeof value !== 'string' || value.trim() !== '');
