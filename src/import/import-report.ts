import { formatNumber } from '../site/plural.ts';
import { UNSORTED_SECTION } from '../practice-text/practice-sections.ts';
import { describeColumn } from './columns.ts';
import type { ImportPlan, ReportedCell } from './import-registry.ts';
import { targetLabel } from './row-draft.ts';
import { columnName, describeCell } from './table.ts';

/**
 * The import's report in Markdown, to paste into the pull request: summary lines first, then the drafts
 * with what each lacks, the rows left out and why, and the cells that went nowhere but here.
 */

/** A table cell's text: one line, pipes escaped. */
const td = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const quote = (text: string, max = 80) => `«${td(text.length > max ? `${text.slice(0, max - 1)}…` : text)}»`;
const rowRef = (sheet: string, row: number) => `лист «${sheet}», строка ${row}`;

/** Row numbers as ranges: 4–9, 12, 15–16. */
function ranges(rows: readonly number[]): string {
	const sorted = [...new Set(rows)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length; i++) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
		parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
		i = j;
	}
	return parts.join(', ');
}

/** The summary lines: how many rows, drafts, look-alikes, refusals, and where the cells went. */
export function summaryLines(plan: ImportPlan, dryRun = false): string[] {
	const rows = plan.sheets.reduce((n, s) => n + s.rows, 0);
	const empty = plan.sheets.reduce((n, s) => n + s.emptyRows, 0);
	const kinds = { draft: 0, unsorted: 0, report: 0, twin: 0, refused: 0 };
	for (const entry of plan.ledger.values()) kinds[entry.kind]++;
	const tables = plan.sheets
		.filter((s) => s.headerRow !== undefined)
		.map((s) => `«${s.name}», заголовки в строке ${s.headerRow}`);
	const lines = [
		`Строк с данными под заголовками: ${formatNumber(rows)}${tables.length ? ` (${tables.length > 1 ? 'листы' : 'лист'} ${tables.join('; ')})` : ''}.`,
		`${dryRun ? 'Было бы записано черновиков (пробный запуск, файлы не записаны)' : 'Записано черновиков'}: ${formatNumber(plan.written.length)}.`,
		`Похожи на практики, уже имеющиеся в базе, или на строку выше, не записаны: ${formatNumber(plan.twins.length)}.`,
		`Не перенесены: ${formatNumber(plan.refused.length)}.`,
		`Пустых строк: ${formatNumber(empty)}.`,
		`Непустых ячеек: ${formatNumber(plan.ledger.size)} — в свойства и текст черновиков: ${formatNumber(kinds.draft)}, в раздел «${UNSORTED_SECTION}»: ${formatNumber(kinds.unsorted)}, в строках, похожих на имеющиеся: ${formatNumber(kinds.twin)}, в непереносённых строках: ${formatNumber(kinds.refused)}, только в этом отчёте: ${formatNumber(kinds.report)}.`,
	];
	if (!plan.written.length && plan.twins.length)
		lines.push(
			'Новых черновиков нет: все строки, которые можно перенести, уже есть в базе — повторный импорт ничего не записал.',
		);
	return lines;
}

/** Cells that are only in the report, one line per column and reason (with their rows), or per cell when alone. */
function reportedLines(cells: readonly ReportedCell[]): string[] {
	const groups = new Map<string, ReportedCell[]>();
	for (const cell of cells) {
		// Cells of a column that carries nothing of a practice (row numbers, addresses) go on one line; others one by one.
		const alone =
			cell.note === 'над строкой заголовков' ||
			cell.note.startsWith('на листе нет') ||
			cell.note.startsWith('лист не указан');
		const key = `${cell.address.sheet}\u0000${cell.note}\u0000${cell.note === 'заголовок столбца' ? '' : cell.address.column}\u0000${alone ? cell.address.row : ''}`;
		(groups.get(key) ?? groups.set(key, []).get(key)!).push(cell);
	}
	return [...groups.values()].map((group) => {
		const [first] = group as [ReportedCell];
		if (group.length === 1) return `- ${describeCell(first.address)}: ${quote(first.text)} — ${first.note}`;
		if (first.note === 'заголовок столбца')
			return `- ${rowRef(first.address.sheet, first.address.row)}: заголовки столбцов ${group.map((c) => columnName(c.address.column)).join(', ')}`;
		return `- лист «${first.address.sheet}», столбец ${columnName(first.address.column)}, строки ${ranges(group.map((c) => c.address.row))} (${formatNumber(group.length)}): ${first.note}`;
	});
}

export function importReport(plan: ImportPlan, options: { dryRun?: boolean; seconds?: number } = {}): string {
	const out = [`## Импорт реестра «${plan.file}»`, '', ...summaryLines(plan, options.dryRun).map((l) => `- ${l}`)];
	if (options.seconds !== undefined)
		out.push(`- Время: ${options.seconds.toLocaleString('ru-RU', { maximumFractionDigits: 1 })} с.`);

	if (plan.written.length) {
		out.push('', `### ${options.dryRun ? 'Черновики, которые были бы записаны' : 'Записанные черновики'}`, '');
		out.push(
			'Черновик не попадает на сайт, пока имя его файла начинается с «_». Когда недостающее дописано, переименуйте файл без «_» (или откройте его в веб-редакторе, раздел «Черновики», и сохраните).',
			'',
		);
		out.push('| Файл | Строка таблицы | Что нужно до публикации |', '|---|---|---|');
		for (const { draft, path, gaps } of plan.written)
			out.push(`| \`content/${path}\` | ${draft.sheet}, ${draft.row} | ${td(gaps.join('; ')) || 'готов'} |`);
	}
	if (plan.refused.length) {
		out.push('', '### Не перенесены', '');
		for (const row of plan.refused) {
			const columns = [...new Set(row.cells.map((c) => columnName(c.address.column)))].join(', ');
			out.push(
				`- ${rowRef(row.sheet, row.row)}${row.title ? ` ${quote(row.title)}` : ''}: ${row.reason}. Непустые ячейки: ${columns}.`,
			);
		}
	}
	if (plan.twins.length) {
		out.push('', '### Не записаны: похожи на уже имеющиеся', '');
		for (const twin of plan.twins) {
			const where = twin.twinFile
				? `\`${twin.twinFile}\`${twin.twinIsDraft ? ' (черновик)' : ''}`
				: `${rowRef(twin.twinRow!.sheet, twin.twinRow!.row)} этой таблицы`;
			out.push(
				`- ${rowRef(twin.draft.sheet, twin.draft.row)} ${quote(String(twin.draft.data['title']))} — похожа на ${where} ${quote(twin.twinTitle)}. Если это другая практика, измените её название в таблице; если та же — дополните имеющуюся запись.`,
			);
		}
	}
	out.push('', '### Столбцы', '');
	for (const sheet of plan.sheets) {
		if (sheet.headerRow === undefined) {
			out.push(`- Лист «${sheet.name}»: строки заголовков с названием практики нет, лист не перенесён.`);
			continue;
		}
		out.push(
			`- Лист «${sheet.name}»: ${sheet.columns.map((c) => `${describeColumn(c)} → ${c.target ? targetLabel(c) : `раздел «${UNSORTED_SECTION}»`}`).join('; ')}.`,
		);
	}
	if (plan.reported.length) out.push('', '### Ячейки, которых нет в черновиках', '', ...reportedLines(plan.reported));
	return `${out.join('\n')}\n`;
}
