import { z } from 'astro/zod';
import { COLLECTIONS, SLUG_PATTERN, type CollectionName } from '../schemas/common.ts';
import type { ContentFile } from './content-files.ts';
import { COLLECTION_LABELS, CONTENT_SCHEMAS } from './content-schemas.ts';
import { findReferences } from './find-references.ts';
import { PRACTICE_SECTIONS } from './practice-sections.ts';

/** A problem in one content file, worded for a curator. */
export interface ContentIssue {
	severity: 'error' | 'warning';
	file: string;
	line?: number;
	/** Dotted path of the field: `results.0.source`; empty for the whole file. */
	field: string;
	message: string;
}

const fieldName = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Russian messages for zod's built-in checks; set once for every schema in the process. */
z.config(z.locales.ru());

/**
 * Checks every entry against its schema and every cross-reference against the ids that exist.
 * Returns all problems at once, in file order, rather than stopping at the first.
 * Astro's `reference()` would only log a missing target, so this is what fails the build.
 */
export function validateContent(files: readonly ContentFile[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const add = (file: ContentFile, path: readonly PropertyKey[], message: string, severity: ContentIssue['severity'] = 'error') => {
		const line = file.lineOf(path);
		issues.push({ severity, file: file.file, ...(line === undefined ? {} : { line }), field: fieldName(path), message });
	};

	const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
	for (const file of files) ids.get(file.collection)?.add(file.id);

	for (const collection of COLLECTIONS) {
		if (!files.some((f) => f.collection === collection)) {
			issues.push({ severity: 'error', file: `content/${collection}/`, field: '', message: `в коллекции нет ни одной записи (${COLLECTION_LABELS[collection]})` });
		}
	}

	for (const file of files) {
		for (const error of file.readErrors) {
			issues.push({ severity: 'error', file: file.file, ...(error.line === undefined ? {} : { line: error.line }), field: '', message: error.message });
		}
		if (file.data === undefined) continue;

		const segments = file.id.split('/');
		for (const segment of segments) {
			if (!SLUG_PATTERN.test(segment)) {
				add(file, [], `имя «${segment}» должно быть латиницей в нижнем регистре через дефис, например «yarkie-berega»; переименуйте файл или папку`);
			}
		}
		if (file.collection === 'practices' && segments.length !== 2) {
			add(file, [], 'практика должна лежать в папке своего муниципального образования: content/practices/<муниципалитет>/<название>.mdx');
		}

		const schema = CONTENT_SCHEMAS[file.collection];
		const parsed = schema.safeParse(file.data);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) add(file, issue.path, issue.message);
		}

		for (const found of findReferences(schema, file.data)) {
			if (ids.get(found.collection)?.has(found.id)) continue;
			add(file, found.path, `нет такой записи: ${COLLECTION_LABELS[found.collection]} «${found.id}»; проверьте написание или добавьте файл в content/${found.collection}/`);
		}

		if (file.collection === 'practices' && parsed.success && segments.length === 2) {
			const data = parsed.data as z.infer<typeof CONTENT_SCHEMAS.practices>;
			const owner = segments[0] ?? '';
			const owners = [...data.municipalities, ...data.regions, ...data.associations];
			if (!owners.includes(owner)) {
				add(file, ['municipalities'], `папка «${owner}» должна быть одним из исполнителей практики: укажите её в municipalities (или в regions/associations для региональной практики) либо перенесите файл в папку ведущего муниципалитета`);
			}
			const cited = new Set(data.sources.map((s) => s.source));
			for (const [index, result] of data.results.entries()) {
				if (!cited.has(result.source)) {
					add(file, ['results', index, 'source'], `источник «${result.source}» этой цифры не указан в списке sources практики; добавьте его туда`);
				}
			}
			if (!file.body.trim()) {
				add(file, [], `у практики нет текста: после блока свойств напишите разделы ${PRACTICE_SECTIONS.map((s) => `«## ${s}»`).join(', ')}`);
			} else {
				const headings = new Set([...file.body.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1]));
				const missing = PRACTICE_SECTIONS.filter((section) => !headings.has(section));
				if (missing.length) {
					add(file, [], `в тексте не хватает разделов: ${missing.map((s) => `«## ${s}»`).join(', ')}; добавьте их заголовками второго уровня`);
				}
			}
		}
	}
	return issues;
}
