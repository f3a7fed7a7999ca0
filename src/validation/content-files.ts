import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document, type YAMLError } from 'yaml';
import type { CollectionName } from '../schemas/common.ts';
import { DATA_PATTERN, DRAFT_PRACTICE_PATTERN, PRACTICE_PATTERN } from '../site/content-root.ts';

/** One content file as read from disk, before schema validation. */
export interface ContentFile {
	collection: CollectionName;
	/** Id as Astro's glob loader gives it: the path inside the collection folder, without extension. */
	id: string;
	/** Path relative to the project root, for messages: `content/practices/krasnoyarsk/x.mdx`. */
	file: string;
	/** Absolute path on disk, when read from disk: photos beside a practice are found from it. */
	path?: string;
	/** Parsed YAML data (frontmatter for MDX), or `undefined` if it could not be parsed. */
	data: unknown;
	/** MDX body after the frontmatter; empty for data files. */
	body: string;
	/** 1-based line of the file where the body starts. */
	bodyLine: number;
	/** Problems found while reading: broken YAML, missing frontmatter. */
	readErrors: { line?: number; message: string }[];
	/** 1-based line in the file of the value at a path in the data, when it can be found. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	/** A draft practice (`_<slug>.mdx`): not on the site; validation says what it lacks rather than failing. */
	draft?: true;
}

/** Whether a practice file is a draft: its name starts with `_` (its id is `<owner>/_<slug>`). */
export const isDraftId = (id: string): boolean => (id.split('/').at(-1) ?? '').startsWith('_');

// The properties may be empty («---» twice in a row): validation then says the block is empty, not missing.
const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

function locate(doc: Document, counter: LineCounter, lineOffset: number) {
	return (path: readonly PropertyKey[]) => {
		// Walk up to the closest existing parent, so a missing field points at its object.
		for (let depth = path.length; depth >= 0; depth--) {
			const node = path.length === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
			if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + lineOffset;
			if (depth === 0) break;
		}
		return undefined;
	};
}

/** What parsing a file's YAML gives: kept between builds, by the file's text. */
export interface ParsedText {
	data: unknown;
	readErrors: ContentFile['readErrors'];
}

/** Splits an MDX file into its YAML and body; the YAML's first line is the file's second. */
function split(
	source: string,
	isMdx: boolean,
): { yamlText: string; body: string; bodyLine: number; lineOffset: number } | undefined {
	if (!isMdx) return { yamlText: source, body: '', bodyLine: 1, lineOffset: 0 };
	const match = FRONTMATTER.exec(source);
	if (!match) return undefined;
	return {
		yamlText: match[1] ?? '',
		body: source.slice(match[0].length),
		bodyLine: match[0].split('\n').length,
		lineOffset: 1,
	};
}

const parseYaml = (yamlText: string) => {
	const counter = new LineCounter();
	return { doc: parseDocument(yamlText, { lineCounter: counter, prettyErrors: true, uniqueKeys: true }), counter };
};

/**
 * A YAML syntax error in Russian, with the fix, for the mistakes curators make: a colon inside a value, a
 * field written twice, a tab, an unclosed quote or bracket. Others keep the parser's English words. Kept in
 * this file because the parse cache's version is this file's text (src/integrations/content-check.ts).
 */
function yamlErrorMessage(error: YAMLError, lineText: string): string {
	const key = /^\s*(?:-\s+)?([^\s:#][^:#]*?)\s*:/.exec(lineText)?.[1];
	const english = error.message.split('\n')[0] ?? '';
	const says = (() => {
		switch (error.code) {
			case 'DUPLICATE_KEY':
				return `поле${key ? ` «${key}»` : ''} записано дважды: оставьте одну строку с ним`;
			case 'TAB_AS_INDENT':
				return 'отступ сделан табуляцией: замените её пробелами (по два на уровень)';
			case 'BLOCK_AS_IMPLICIT_KEY':
				return english.startsWith('Nested mappings')
					? `в значении${key ? ` поля «${key}»` : ''} есть двоеточие с пробелом: если это текст, возьмите всё значение в кавычки, например title: "Практика: новое название"; если со следующей строки начинается другое поле, выровняйте её отступ по соседним полям`
					: 'у строки неверный отступ: выровняйте её по соседним строкам того же списка или поля';
			case 'MISSING_CHAR':
				if (english.includes('quote')) return 'не закрыта кавычка: поставьте такую же кавычку в конце значения';
				if (english.includes('followed by map values'))
					return 'после имени поля нет двоеточия или у строки неверный отступ: пишите «имя: значение» и выравнивайте по соседним строкам';
				return undefined;
			case 'BAD_INDENT':
				return english.startsWith('Flow ')
					? 'не закрыта скобка: список в квадратных скобках закончите «]», набор полей в фигурных — «}»'
					: 'у строки неверный отступ: выровняйте её по соседним строкам того же списка или поля';
			case 'UNEXPECTED_TOKEN':
				return 'у строки неверный отступ или лишний знак: сравните её с соседними строками, поля одного уровня начинаются с одной позиции';
			default:
				return undefined;
		}
	})();
	return `ошибка синтаксиса YAML: ${says ?? english}`;
}

/** Parses a file's YAML: its data and syntax errors. Pure, so its result can be kept by the text's hash. */
export function parseText(text: string, isMdx: boolean): ParsedText {
	const parts = split(text.replace(/^\uFEFF/, ''), isMdx);
	if (!parts)
		return {
			data: undefined,
			readErrors: [
				{
					line: 1,
					message:
						'нет блока свойств (frontmatter): файл должен начинаться со строки «---», затем поля, затем снова «---»',
				},
			],
		};
	const { doc } = parseYaml(parts.yamlText);
	const lines = parts.yamlText.split(/\r?\n/);
	const readErrors: ParsedText['readErrors'] = [];
	const reported = new Set<number | undefined>();
	for (const error of doc.errors) {
		const line = error.linePos?.[0]?.line;
		// One mistake often makes the parser stumble several times on its line; the first says what it is.
		if (reported.has(line)) continue;
		reported.add(line);
		const message = yamlErrorMessage(error, line === undefined ? '' : (lines[line - 1] ?? ''));
		readErrors.push({ ...(line === undefined ? {} : { line: line + parts.lineOffset }), message });
	}
	return { data: doc.errors.length ? undefined : doc.toJS(), readErrors };
}

/**
 * Parses one file's text into a `ContentFile`; `parsed` is the text's `parseText`, when it was kept from
 * an earlier build. Lines of values are found by parsing the YAML again, only when a message needs one.
 */
export function parseContentFile(
	collection: CollectionName,
	id: string,
	file: string,
	text: string,
	path?: string,
	parsed?: ParsedText,
): ContentFile {
	const isMdx = file.endsWith('.mdx');
	const source = text.replace(/^\uFEFF/, '');
	const draft = collection === 'practices' && isDraftId(id) ? { draft: true as const } : {};
	const { data, readErrors } = parsed ?? parseText(text, isMdx);
	const parts = split(source, isMdx);
	const body = parts ? parts.body : source;
	const bodyLine = parts ? parts.bodyLine : 1;
	let locateIn: ContentFile['lineOf'] | undefined;
	const lineOf: ContentFile['lineOf'] = (at) => {
		if (!parts) return undefined;
		if (!locateIn) {
			const { doc, counter } = parseYaml(parts.yamlText);
			locateIn = locate(doc, counter, parts.lineOffset);
		}
		return locateIn(at);
	};
	return { collection, id, file, ...(path ? { path } : {}), data, body, bodyLine, readErrors, lineOf, ...draft };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1251 = new TextDecoder('windows-1251');

/**
 * Text of a file that must be UTF-8. Word and old Windows tools save Russian text as Windows-1251;
 * such a file is recognised and the curator told how to re-save it, instead of seeing mojibake.
 */
export function decodeContent(bytes: Uint8Array): { text: string } | { error: string } {
	try {
		return { text: utf8.decode(bytes) };
	} catch {
		const guess = cp1251.decode(bytes);
		const cyrillic = (guess.match(/[А-Яа-яЁё]/g) ?? []).length;
		if (cyrillic > 0) {
			return {
				error:
					'файл сохранён в кодировке Windows-1251, а нужна UTF-8. Откройте его в Блокноте, выберите «Файл → Сохранить как», ' +
					'в поле «Кодировка» укажите UTF-8 и сохраните; в VS Code — «Reopen with Encoding: Windows 1251», затем «Save with Encoding: UTF-8»',
			};
		}
		return { error: 'файл не в кодировке UTF-8: пересохраните его в UTF-8' };
	}
}

export interface ReadOptions {
	/** Read draft practices (`_<slug>.mdx`) too, which the site's loaders leave out: `npm run validate` and the import. */
	drafts?: boolean;
	/** A file's `parseText`, kept from an earlier build (`textCache` in cached-check.ts). */
	parse?: (text: string, isMdx: boolean) => ParsedText;
}

/** Reads every entry of every collection from the content folder, the way Astro's glob loaders see them. */
export function readContentFiles(
	contentDir: string,
	collections: readonly CollectionName[],
	options: ReadOptions = {},
): ContentFile[] {
	const root = join(contentDir, '..');
	const files: ContentFile[] = [];
	for (const collection of collections) {
		const base = join(contentDir, collection);
		const patterns =
			collection !== 'practices'
				? [DATA_PATTERN]
				: options.drafts
					? [PRACTICE_PATTERN, DRAFT_PRACTICE_PATTERN]
					: [PRACTICE_PATTERN];
		for (const path of globSync(patterns, { cwd: base }).sort()) {
			const id = path.replace(/\\/g, '/').replace(/\.(mdx|yaml)$/, '');
			const full = join(base, path);
			const file = relative(root, full).replace(/\\/g, '/');
			const decoded = decodeContent(readFileSync(full));
			if ('error' in decoded) {
				const draft = collection === 'practices' && isDraftId(id) ? { draft: true as const } : {};
				files.push({
					collection,
					id,
					file,
					path: full,
					data: undefined,
					body: '',
					bodyLine: 1,
					readErrors: [{ message: decoded.error }],
					lineOf: () => undefined,
					...draft,
				});
			} else {
				files.push(
					parseContentFile(
						collection,
						id,
						file,
						decoded.text,
						full,
						options.parse?.(decoded.text, full.endsWith('.mdx')),
					),
				);
			}
		}
	}
	return files;
}
