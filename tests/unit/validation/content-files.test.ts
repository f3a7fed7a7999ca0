import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseText, readContentFiles } from '../../../src/validation/content-files.ts';

const content = join(mkdtempSync(join(tmpdir(), 'content-files-')), 'content');
mkdirSync(join(content, 'practices/krasnoyarsk'), { recursive: true });
writeFileSync(join(content, 'practices/krasnoyarsk/yarkie-berega.mdx'), '---\ntitle: Яркие берега\n---\n');
writeFileSync(join(content, 'practices/krasnoyarsk/_iz-tablitsy.mdx'), '---\ntitle: Из таблицы\n---\n');
afterAll(() => rmSync(join(content, '..'), { recursive: true, force: true }));

describe('readContentFiles', () => {
	it('leaves draft practices out, as the site’s loaders do', () => {
		expect(readContentFiles(content, ['practices']).map((f) => f.id)).toEqual(['krasnoyarsk/yarkie-berega']);
	});

	it('reads them, marked as drafts, when validation asks for them', () => {
		const files = readContentFiles(content, ['practices'], { drafts: true });
		expect(files.map((f) => [f.id, f.draft ?? false])).toEqual([
			['krasnoyarsk/_iz-tablitsy', true],
			['krasnoyarsk/yarkie-berega', false],
		]);
		expect(files[0]?.file).toBe('content/practices/krasnoyarsk/_iz-tablitsy.mdx');
	});
});

describe('parseText on the YAML mistakes curators make', () => {
	it.each([
		[
			'a colon inside a value',
			'title: Практика: новая\n',
			1,
			'ошибка синтаксиса YAML: в значении поля «title» есть двоеточие с пробелом: если это текст, возьмите всё значение в кавычки, например title: "Практика: новое название"',
		],
		[
			'a field written twice',
			'status: действует\nstatus: завершена\n',
			2,
			'ошибка синтаксиса YAML: поле «status» записано дважды: оставьте одну строку с ним',
		],
		[
			'a tab as indentation',
			'topics:\n\t- tos\n',
			2,
			'ошибка синтаксиса YAML: отступ сделан табуляцией: замените её пробелами (по два на уровень)',
		],
		['an unclosed quote', 'title: "Практика\nstatus: пилот\n', 3, 'ошибка синтаксиса YAML: не закрыта кавычка'],
		[
			'an unclosed bracket',
			'topics: [tos\nstatus: пилот\n',
			2,
			'ошибка синтаксиса YAML: не закрыта скобка: список в квадратных скобках закончите «]»',
		],
	])('says in Russian what is wrong with %s and how to fix it, once per line', (_what, yaml, line, message) => {
		const { data, readErrors } = parseText(yaml, false);
		expect(data).toBeUndefined();
		expect(readErrors).toHaveLength(1);
		expect(readErrors[0]?.line).toBe(line);
		expect(readErrors[0]?.message.startsWith(message), readErrors[0]?.message).toBe(true);
	});
});
