import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkMdxBody, checkMdxTree } from '../../../src/practice-text/mdx-safety.ts';
import { MDX_COMPONENT_NAMES } from '../../../src/practice-text/mdx-components.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
/** The check on a full parse, never taking the plain-Markdown shortcut. */
const fully = (body: string) => checkMdxTree(parser.parse(body) as Root);

const practices = fileURLToPath(new URL('../../../content/practices/', import.meta.url));
const realBodies = readdirSync(practices, { recursive: true })
	.map(String)
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => readFileSync(join(practices, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));

const plain = [
	'## Проблема\n\nТекст с **полужирным**, *курсивом* и ~~зачёркнутым~~ — и «ёлочками».',
	'| Показатель | 2023 |\n| :-- | --: |\n| заявок | 105 |',
	'1. Шаг\n   - подпункт\n- [x] готово\n\n> цитата\n> в две строки',
	'Доля выросла с 5 % до 7 %; 3 > 2, а сайт www.admkrsk.ru и адрес info@example.org.',
	'```sh\nnpm test\n```\n\n---\n\nСноска.[^1]\n\n[^1]: Примечание.',
	'Строка с \\* звёздочкой и обратной чертой \\\\ и амперсандом &amp;.',
];
const marked = [
	'<script>alert(1)</script>',
	'{1 + 1}',
	'Текст }',
	'![](./foto.jpg)',
	'[ссылка](javascript:alert(1))',
	'[ссылка][x]\n\n[x]: javascript:alert(1)',
	'import x from "y"',
	'  export const a = 1',
	'<Callout title="Важно">\nТекст.\n</Callout>',
	'![Фото](./%E0%A4%A.jpg)',
];

describe('checkMdxBody', () => {
	it('gives for plain Markdown exactly what a full parse gives, without parsing', () => {
		for (const body of [...realBodies, ...plain]) expect(checkMdxBody(body), body.slice(0, 60)).toEqual(fully(body));
	});

	it('parses every text that holds a tag, an expression, an image, a link or an import', () => {
		for (const body of marked) {
			const result = checkMdxBody(body);
			expect(result, body).toEqual(fully(body));
			// A lone brace and an indented «export» are plain text in MDX.
			const harmless = body.startsWith('<Callout') || body === 'Текст }' || body.startsWith('  export');
			expect(result.problems.length + result.images.length > 0, body).toBe(!harmless);
		}
	});

	it('has real practices to compare, all plain Markdown today', () => {
		expect(realBodies.length).toBeGreaterThanOrEqual(20);
	});
});

describe('the examples in CONTRIBUTING.md', () => {
	const guide = readFileSync(fileURLToPath(new URL('../../../CONTRIBUTING.md', import.meta.url)), 'utf8');
	// A fence may name its language (```sh): without it, a closing fence would be taken for an opening one.
	const examples = [...guide.matchAll(/^ *```\w*\n([\s\S]*?)^ *```$/gm)]
		.map((m) => (m[1] ?? '').replace(/^ {3}/gm, ''))
		.filter((code) => /<[A-Z]|!\[/.test(code));

	it('show every component authors may use', () => {
		for (const name of MDX_COMPONENT_NAMES)
			expect(
				examples.some((code) => code.includes(`<${name} `) || code.includes(`<${name}>`)),
				name,
			).toBe(true);
	});

	it('pass the check as they are written, naming sources the check can look up', () => {
		for (const code of examples) {
			const result = checkMdxBody(code);
			expect(result.problems, code).toEqual([]);
			for (const { id } of result.sources)
				expect(existsSync(fileURLToPath(new URL(`../../../content/sources/${id}.yaml`, import.meta.url))), id).toBe(
					true,
				);
		}
	});
});
