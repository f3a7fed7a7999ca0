import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { planImport, type ImportPlan } from '../../../src/import/import-registry.ts';
import { importReport, summaryLines } from '../../../src/import/import-report.ts';
import { parseMapping } from '../../../src/import/columns.ts';
import { readCsv, readXlsx } from '../../../src/import/read-spreadsheet.ts';
import { cellText } from '../../../src/import/cell-values.ts';
import { cellKey, describeCell, isFilled, type Workbook } from '../../../src/import/table.ts';
import { checkMdxBody } from '../../../src/practice-text/mdx-safety.ts';
import { parseContentFile, type ContentFile } from '../../../src/validation/content-files.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';
import { sampleRegistry } from '../../../scripts/lib/sample-registry.ts';
import { hasDraftMark } from '../../../src/editor/draft-mark.ts';
import { realFiles } from './site-csv.ts';

const files = realFiles();
const xlsx = async (workbook: ExcelJS.Workbook, name: string) =>
	readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), name);
const registry = await xlsx(sampleRegistry(files, { rows: 60, tricky: true }), 'reestr.xlsx');
const plan = planImport(registry, files);
const frontmatter = (text: string) => parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
const asFiles = (p: ImportPlan): ContentFile[] =>
	p.written.map((w) =>
		parseContentFile('practices', w.path.replace(/^practices\/|\.mdx$/g, ''), `content/${w.path}`, w.text),
	);
const draftOf = (row: number) => plan.written.find((w) => w.draft.row === row);

/** Every non-empty cell of a workbook, as the import reads it. */
const cellsOf = (workbook: Workbook) =>
	workbook.sheets.flatMap((sheet) =>
		sheet.rows.flatMap((row, r) =>
			(row ?? []).flatMap((cell, column) =>
				cell && isFilled(cell.value) ? [{ address: { sheet: sheet.name, row: r + 1, column }, cell }] : [],
			),
		),
	);

describe('import of a registry made from the real practices, with every tricky case', () => {
	it('finds the header row below the title and the note, and reads the notes sheet into the report only', () => {
		expect(plan.sheets.map((s) => [s.name, s.headerRow])).toEqual([
			['Реестр', 4],
			['Пояснения', undefined],
		]);
		const reportText = importReport(plan);
		expect(reportText).toContain(
			'- лист «Реестр», строка 1, столбец A: «Реестр лучших муниципальных практик» — над строкой заголовков',
		);
		// The title merged across the row is listed once.
		expect(reportText.match(/Реестр лучших муниципальных практик/g)).toHaveLength(1);
		expect(reportText).toContain(
			'- лист «Пояснения», строка 1, столбец A: «Реестр составлен по анкетам муниципальных образований.» — на листе нет строки заголовков с названием практики',
		);
	});

	it('accounts for every non-empty cell: in a field or section of its draft, in «Разобрать», or in the report', () => {
		const cells = cellsOf(registry);
		expect(cells.length).toBeGreaterThan(500);
		for (const { address, cell } of cells) {
			const entry = plan.ledger.get(cellKey(address));
			expect(entry, describeCell(address)).toBeDefined();
			const written = entry && 'path' in entry ? plan.written.find((w) => w.path === entry.path) : undefined;
			if (entry?.kind === 'unsorted')
				expect(written?.text, describeCell(address)).toContain(`(${describeCell(address)})`);
			// Text carried into the draft as written (ids, dates and statuses are carried as values instead).
			if (
				entry?.kind === 'draft' &&
				[
					'title',
					'summary',
					'Проблема',
					'Решение',
					'Как это работает',
					'Результаты',
					'Как повторить',
					'funding',
				].includes(entry.where)
			) {
				for (const line of cellText(cell.value).split('\n'))
					expect(written?.text.replace(/\s+/g, ' '), describeCell(address)).toContain(line.trim().slice(0, 40));
			}
		}
		expect(plan.ledger.size).toBe(cells.length);
	});

	it('writes no row twice: a repeated row and rows that are practices already in the base are not written, and the report names the twin', () => {
		const repeated = plan.twins.filter((t) => t.twinRow);
		const existing = plan.twins.filter((t) => t.twinFile);
		expect(repeated.length).toBeGreaterThan(0);
		expect(existing.map((t) => t.twinFile)).toContain('content/practices/khabarovsk/soglashenie-sovetov-mo-dfo.mdx');
		const titles = plan.written.map((w) => `${w.draft.owner} ${String(w.draft.data['title'])}`);
		expect(new Set(titles).size).toBe(titles.length);
		expect(importReport(plan)).toMatch(
			/строка \d+ «[^»]+» — похожа на `content\/practices\/khabarovsk\/soglashenie-sovetov-mo-dfo\.mdx`/,
		);
	});

	it('writes nothing on a second run, and says so', () => {
		const again = planImport(registry, [...files, ...asFiles(plan)]);
		expect(again.written).toEqual([]);
		expect(again.twins.length).toBe(plan.written.length + plan.twins.length);
		expect(
			again.twins.every(
				(t) => !t.twinFile || t.twinIsDraft || plan.twins.some((first) => first.draft.row === t.draft.row),
			),
		).toBe(true);
		expect(summaryLines(again)).toContain(
			'Новых черновиков нет: все строки, которые можно перенести, уже есть в базе — повторный импорт ничего не записал.',
		);
	});

	it('refuses rows whose municipality the base does not know, naming the nearest, and rows without a title', () => {
		const reasons = plan.refused.map((r) => r.reason);
		expect(reasons).toContain(
			'муниципалитет «г. Дивногорск» не найден в content/municipalities/; похожих нет: добавьте его файл (или исправьте название в таблице) и запустите импорт снова',
		);
		expect(reasons).toContain(
			'муниципалитет «Красноярсл» не найден в content/municipalities/; похожие: Красноярск (krasnoyarsk): добавьте его файл (или исправьте название в таблице) и запустите импорт снова',
		);
		expect(reasons).toContain('нет названия практики');
	});

	it('gives each row of a merged municipality cell that municipality, and reads the spellings registries use', async () => {
		const source = await new ExcelJS.Workbook().xlsx.load(
			await sampleRegistry(files, { rows: 60, tricky: true }).xlsx.writeBuffer(),
		);
		const merges = (source.getWorksheet('Реестр')!.model as unknown as { merges: string[] }).merges.filter((m) =>
			m.startsWith('C'),
		);
		expect(merges.length).toBeGreaterThan(3);
		for (const merge of merges) {
			const [from, to] = merge.split(':').map((a) => Number(a.slice(1)));
			const owners = new Set<string>();
			for (let row = from!; row <= to!; row++) {
				const written = draftOf(row) ?? plan.twins.find((t) => t.draft.row === row);
				if (written) owners.add(String((written.draft.data['municipalities'] as string[])[0]));
			}
			expect(owners.size, merge).toBe(1);
		}
		const spelled = registry.sheets[0]!.rows.map((r) => r?.[2]?.value).filter(
			(v) => typeof v === 'string' && /^(г\.|городской округ город|город) /.test(v),
		);
		expect(spelled.length).toBeGreaterThan(3);
	});

	it('reads the period however it is written, and every draft’s text passes the MDX check with markup characters escaped', () => {
		const periods = plan.written
			.map((w) => (frontmatter(w.text)['period'] as { start?: unknown }).start)
			.filter(Boolean);
		expect(periods.length).toBe(plan.written.length);
		for (const w of plan.written) {
			const body = w.text.split(/^---$/m).slice(2).join('---');
			expect(checkMdxBody(body).problems, w.path).toEqual([]);
		}
		const regional = plan.written.find((w) => w.draft.owner === 'lipetskaya-oblast');
		expect(regional?.text).toContain('охват \\{более 1 000\\} \\<детей>');
		expect(frontmatter(regional!.text)).toMatchObject({ municipalities: [], regions: ['lipetskaya-oblast'] });
	});

	it('leaves the base valid with the drafts in place, and reports what each draft lacks', () => {
		const issues = validateContent([...files, ...asFiles(plan)]);
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		for (const w of plan.written) {
			expect(w.gaps).toContain('lastConfirmed — не заполнено обязательное поле lastConfirmed');
			expect(hasDraftMark(w.text), w.path).toBe(true);
		}
		expect(importReport(plan)).toMatch(
			/\| `content\/practices\/[a-z-]+\/_[a-z0-9-]+\.mdx` \| Реестр, \d+ \| lastConfirmed — /,
		);
	});
});

describe('CSV registries', () => {
	const csv = (name: string) =>
		readCsv(new Uint8Array(readFileSync(new URL(`../../fixtures/registry/${name}`, import.meta.url))), name);

	it('reads UTF-8 with «;» and Windows-1251 with «,» into the same cells', () => {
		const utf8 = csv('reestr-utf8.csv');
		const cp1251 = csv('reestr-cp1251.csv');
		expect([utf8.encoding, utf8.delimiter, cp1251.encoding, cp1251.delimiter]).toEqual([
			'UTF-8',
			';',
			'Windows-1251',
			',',
		]);
		expect(cp1251.sheets[0]!.rows).toEqual(utf8.sheets[0]!.rows);
		expect(utf8.sheets[0]!.rows[1]?.[1]?.value).toBe('Наименование практики');
	});

	it('imports a CSV whose header is on its second row, skipping the empty row', () => {
		const base = files.filter((f) => f.collection !== 'practices');
		const csvPlan = planImport(csv('reestr-cp1251.csv'), base);
		expect(csvPlan.sheets[0]).toMatchObject({ headerRow: 2, rows: 2, emptyRows: 1 });
		expect(csvPlan.written.map((w) => w.path)).toEqual([
			'practices/lesosibirsk/_resursnyy-tsentr-podderzhki-obshchestvennykh-initsiativ.mdx',
			'practices/lesosibirsk/_obshchestvennyy-sovet-po-voprosam-zhkkh.mdx',
		]);
		expect(csvPlan.written.map((w) => frontmatter(w.text)['period'])).toEqual([
			{ start: 2017 },
			{ start: '2019-03-12' },
		]);
		expect(frontmatter(csvPlan.written[0]!.text)).toMatchObject({
			status: 'действует',
			sources: [{ source: 'asdg-anketa-lesosibirsk-2020' }],
		});
	});
});

describe('a mapping file for columns the import does not know', () => {
	const workbook: Workbook = {
		file: 'svod.xlsx',
		sheets: [
			{
				name: 'Свод',
				rows: [
					[{ value: 'Инициатива' }, { value: 'Где' }, { value: 'Что сделано' }, { value: 'Служебная отметка' }],
					[
						{ value: 'Соседские праздники во дворах' },
						{ value: 'Лесосибирск' },
						{ value: 'Жители сами готовят праздники для соседей.' },
						{ value: 'проверить' },
					],
				],
			},
		],
	};

	it('maps columns by the file and documents the names it accepts', () => {
		const mapping = parseMapping(
			'столбцы:\n  Инициатива: название\n  Где: муниципалитет\n  Что сделано: решение\n  Служебная отметка: пропустить\n',
		);
		const mapped = planImport(workbook, files, { mapping });
		expect(mapped.written).toHaveLength(1);
		expect(mapped.written[0]?.text).toContain('## Решение\n\nЖители сами готовят праздники для соседей.');
		expect(mapped.reported.map((c) => c.note)).toContain('пропущен по файлу сопоставления');
		expect(() => parseMapping('столбцы:\n  Где: куда-то\n')).toThrow(
			/столбец «Где»: не знаю, куда «куда-то»; можно: id, название, кратко, муниципалитеты/,
		);
	});

	it('without the file, finds no header row there and reports every cell', () => {
		const unmapped = planImport(workbook, files);
		expect(unmapped.written).toEqual([]);
		expect(unmapped.ledger.size).toBe(8);
	});

	it('puts rows that name no municipality into the --owner folder, and refuses them without it', () => {
		const sheet = {
			name: 'Лист1',
			rows: [
				[{ value: 'Название практики' }, { value: 'Описание' }],
				[{ value: 'Школа муниципального депутата' }, { value: 'Ассоциация учит депутатов.' }],
			],
		};
		const withoutOwner = planImport({ file: 'a.xlsx', sheets: [sheet] }, files);
		expect(withoutOwner.refused[0]?.reason).toMatch(/^не указан ни муниципалитет, ни регион: .* --owner/);
		const owned = planImport({ file: 'a.xlsx', sheets: [sheet] }, files, {
			owner: 'asdg',
			source: 'asdg-anketa-krasnoyarsk-2023',
		});
		expect(owned.written[0]?.path).toBe('practices/asdg/_shkola-munitsipalnogo-deputata.mdx');
		expect(frontmatter(owned.written[0]!.text)).toMatchObject({
			municipalities: [],
			associations: ['asdg'],
			sources: [{ source: 'asdg-anketa-krasnoyarsk-2023' }],
		});
	});
});

describe('the example registry in examples/', () => {
	it('imports into the real base with every row a draft and nothing to sort out', async () => {
		const example = await readXlsx(
			new Uint8Array(readFileSync(new URL('../../../examples/reestr-praktik-obrazets.xlsx', import.meta.url))),
			'reestr-praktik-obrazets.xlsx',
		);
		const examplePlan = planImport(example, files);
		expect(examplePlan.refused).toEqual([]);
		expect(examplePlan.twins).toEqual([]);
		expect(examplePlan.written.length).toBeGreaterThanOrEqual(8);
		expect(examplePlan.written.flatMap((w) => w.draft.unsorted)).toEqual([]);
	});
});

describe('CONTRIBUTING’s mapping file example', () => {
	it('is a mapping file the import reads', () => {
		const contributing = readFileSync(new URL('../../../CONTRIBUTING.md', import.meta.url), 'utf8');
		const example = /```yaml\n(# сопоставление\.yaml[\s\S]*?)```/.exec(contributing)?.[1];
		expect(example).toBeDefined();
		const mapping = parseMapping(example!);
		expect([...mapping.columns.values()]).toEqual(['title', 'municipalities', 'solution', 'skip']);
		expect(mapping).toMatchObject({ sheets: ['Реестр 2024'], headerRow: 3 });
	});
});
