import { parse } from 'csv-parse/sync';

/** RFC 4180 CSV, as a spreadsheet reads it: quoted fields may hold separators, quotes and line breaks. */
export function parseCsv(text: string, separator: string): string[][] {
	return parse(text, { delimiter: separator, relaxColumnCount: true });
}
