import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { CollectionName } from '../schemas/common.ts';
import { DATA_PATTERN, PRACTICE_PATTERN } from './content-root.ts';

/** One content file as read from disk, before schema validation. */
export interface ContentFile {
	collection: CollectionName;
	/** Id as Astro's glob loader gives it: the path inside the collection folder, without extension. */
	id: string;
	/** Path relative to the project root, for messages: `content/practices/krasnoyarsk/x.mdx`. */
	file: string;
	/** Parsed YAML data (frontmatter for MDX), or `undefined` if it could not be parsed. */
	data: unknown;
	/** MDX body after the frontmatter; empty for data files. */
	body: string;
	/** Problems found while reading: broken YAML, missing frontmatter. */
	readErrors: { line?: number; message: string }[];
	/** 1-based line in the file of the value at a path in the data, when it can be found. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

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

/** Parses one file's text into a `ContentFile`. Exported for tests of single files. */
export function parseContentFile(collection: CollectionName, id: string, file: string, text: string): ContentFile {
	const source = text.replace(/^\uFEFF/, '');
	const isMdx = file.endsWith('.mdx');
	const readErrors: ContentFile['readErrors'] = [];
	let yamlText = source;
	let body = '';
	let lineOffset = 0;
	if (isMdx) {
		const match = FRONTMATTER.exec(source);
		if (!match) {
			readErrors.push({ line: 1, message: 'нет блока свойств (frontmatter): файл должен начинаться со строки «---», затем поля, затем снова «---»' });
			return { collection, id, file, data: undefined, body: source, readErrors, lineOf: () => undefined };
		}
		yamlText = match[1] ?? '';
		body = source.slice(match[0].length);
		lineOffset = 1;
	}
	const counter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
	for (const error of doc.errors) {
		const line = error.linePos?.[0]?.line;
		readErrors.push({
			...(line === undefined ? {} : { line: line + lineOffset }),
			message: `ошибка синтаксиса YAML: ${error.message.split('\n')[0]}`,
		});
	}
	const data = doc.errors.length ? undefined : doc.toJS();
	return { collection, id, file, data, body, readErrors, lineOf: locate(doc, counter, lineOffset) };
}

/** Reads every entry of every collection from the content folder, the way Astro's glob loaders see them. */
export function readContentFiles(contentDir: string, collections: readonly CollectionName[]): ContentFile[] {
	const root = join(contentDir, '..');
	const files: ContentFile[] = [];
	for (const collection of collections) {
		const base = join(contentDir, collection);
		const pattern = collection === 'practices' ? PRACTICE_PATTERN : DATA_PATTERN;
		for (const path of globSync(pattern, { cwd: base }).sort()) {
			const id = path.replace(/\\/g, '/').replace(/\.(mdx|yaml)$/, '');
			const full = join(base, path);
			files.push(parseContentFile(collection, id, relative(root, full).replace(/\\/g, '/'), readFileSync(full, 'utf8')));
		}
	}
	return files;
}
