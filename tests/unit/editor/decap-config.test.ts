import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { COLLECTIONS } from '../../../src/schemas/common.ts';
import { CONTENT_SCHEMAS } from '../../../src/validation/content-schemas.ts';
import { decapConfig, DISPLAY_FIELD, EDITOR_ONLY_FIELDS, fieldOrder, fileLayout, type DecapField } from '../../../src/editor/decap-config.ts';
import { contentYaml, practiceMdx } from '../../../src/editor/decap-formats.ts';
import { findReferences } from '../../../src/validation/find-references.ts';
import { parseContentFile, readContentFiles } from '../../../src/validation/content-files.ts';
import { CONTENT_DIR } from '../../../src/lib/content-root.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';
import { parse } from 'yaml';
import { checkMdxBody } from '../../../src/practice-text/mdx-safety.ts';

const config = decapConfig({ backend: { name: 'github', repo: 'org/repo', branch: 'main' } });
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

/** A field of the editor at a path of names, through objects and lists. */
function fieldAt(fields: DecapField[], path: (string | number)[]): DecapField | undefined {
	const [head, ...rest] = path.filter((p): p is string => typeof p === 'string');
	const field = fields.find((f) => f.name === head);
	if (!field || rest.length === 0) return field;
	return fieldAt(field.fields ?? (field.field ? [field.field] : []), rest);
}

describe('Decap CMS configuration generated from the schemas', () => {
	it('uploads a practice’s photos into its own folder, referenced by file name as validation expects', () => {
		expect(collection('practices')).toMatchObject({ media_folder: '', public_folder: '' });
		// What the editor writes for an uploaded photo passes the safety check and names the file beside the practice.
		const body = '![Праздник во дворе](prazdnik.jpg)';
		expect(checkMdxBody(body)).toEqual({ problems: [], images: [{ url: 'prazdnik.jpg', alt: 'Праздник во дворе', line: 1 }], sources: [], components: [] });
	});

	it('has one editable collection per content collection, in its folder, in Russian, with the editorial workflow', () => {
		expect(config.collections.map((c) => c.name)).toEqual([...COLLECTIONS]);
		expect(config.locale).toBe('ru');
		expect(config.publish_mode).toBe('editorial_workflow');
		for (const c of config.collections) expect(c.folder).toBe(`content/${c.name}`);
	});

	it.each(COLLECTIONS)('has a field for every top-level field of the %s schema, required exactly when the schema requires a value', (name) => {
		const fields = collection(name).fields as DecapField[];
		const shape = (CONTENT_SCHEMAS[name] as unknown as { shape: Record<string, z.ZodType> }).shape;
		for (const [key, schema] of Object.entries(shape)) {
			const field = fields.find((f) => f.name === key);
			expect(field, `${name}.${key}`).toBeDefined();
			// A list that may be empty asks for no value (the file writer keeps `[]` where the key is required).
			const optional = schema.safeParse(undefined).success || schema.safeParse([]).success;
			expect(field?.required, `${name}.${key}`).toBe(!optional);
		}
		const names = new Set([...Object.keys(shape), ...EDITOR_ONLY_FIELDS, 'body']);
		for (const field of fields) expect(names.has(field.name), `${name}: лишнее поле ${field.name}`).toBe(true);
	});

	it('makes every reference a relation to the collection the schema names', () => {
		for (const file of readContentFiles(CONTENT_DIR, COLLECTIONS)) {
			for (const ref of findReferences(CONTENT_SCHEMAS[file.collection], file.data)) {
				const field = fieldAt(collection(file.collection).fields as DecapField[], ref.path);
				expect(field?.widget, `${file.file} ${ref.path.join('.')}`).toBe('relation');
				expect(field?.collection).toBe(ref.collection);
				expect(field?.display_fields).toEqual([DISPLAY_FIELD[ref.collection]]);
			}
		}
	});

	it('lets curators record a repeat: the practice, the municipality and the source are chosen from lists, and the list names who repeated what', () => {
		const replications = collection('replications');
		expect(replications).toMatchObject({ label: 'Опыт повторили', folder: 'content/replications', extension: 'yaml', summary: '{{fields.municipality}} — {{fields.practice}} ({{fields.year}})' });
		const fields = replications.fields as DecapField[];
		// A repeat in the shape of the fixture the site tests show: every reference is a relation to its collection.
		const repeat = parse(readFileSync(new URL('../../fixtures/replications/content/replications/lesosibirsk-krasnoyarsk-yarkie-berega.yaml', import.meta.url), 'utf8'));
		const references = [...findReferences(CONTENT_SCHEMAS.replications, repeat)];
		expect(references.map((r) => r.path.join('.'))).toEqual(['practice', 'municipality', 'source', 'results.0.source']);
		for (const ref of references) expect(fieldAt(fields, ref.path)).toMatchObject({ widget: 'relation', collection: ref.collection });
		expect(fields.find((f) => f.name === 'outcome')).toMatchObject({ label: 'Что из этого вышло', widget: 'text', required: true });
		// Field names shared with other collections say, in a repeat, whose they are.
		expect(fields.find((f) => f.name === 'municipality')?.label).toBe('Муниципалитет, который повторил практику');
		expect((collection('needs').fields as DecapField[]).find((f) => f.name === 'municipality')?.label).toBe('Муниципалитет');
		expect(fields.find((f) => f.name === 'period')?.required).toBe(false);
	});

	it('lets a curator save a regional practice with no municipality, and asks for at least one topic', () => {
		const fields = collection('practices').fields as DecapField[];
		// Decap refuses an empty «required» list, so a list the schema lets be empty is not required there.
		expect(fields.find((f) => f.name === 'municipalities')).toMatchObject({ required: false, default: [] });
		expect(fields.find((f) => f.name === 'topics')).toMatchObject({ required: true, min: 1 });
	});

	it('offers exactly the values the schema allows in every select', () => {
		const status = (collection('practices').fields as DecapField[]).find((f) => f.name === 'status');
		expect(status?.options).toEqual(['действует', 'завершена', 'планируется', 'пилот']);
	});
});

describe('editor file formats', () => {
	const files = readContentFiles(CONTENT_DIR, COLLECTIONS);

	it('writes every existing entry back so that it still validates with the same data', () => {
		const rewritten = files.map((file) => {
			const text = readFileSync(`${CONTENT_DIR}../${file.file}`, 'utf8');
			const layout = fileLayout(file.collection);
			const format = file.collection === 'practices' ? practiceMdx(layout) : contentYaml(layout);
			const again = format.toFile({ ...format.fromFile(text), fileName: 'x', folder: 'y' });
			expect(again).not.toContain('fileName');
			return { ...file, again };
		});
		const reparsed = rewritten.map((f) => parseContentFile(f.collection, f.id, f.file, f.again));
		expect(validateContent(reparsed).filter((i) => i.severity === 'error')).toEqual([]);
		for (const [i, file] of files.entries()) expect(reparsed[i]?.data, file.file).toEqual(file.data);
	});

	it('writes a repeat back as it was written by hand', () => {
		const text = readFileSync(new URL('../../fixtures/replications/content/replications/lesosibirsk-krasnoyarsk-yarkie-berega.yaml', import.meta.url), 'utf8');
		const format = contentYaml(fileLayout('replications'));
		const again = format.toFile({ ...format.fromFile(text), fileName: 'lesosibirsk-krasnoyarsk-yarkie-berega' });
		expect(parse(again)).toEqual(parse(text));
		expect(Object.keys(parse(again) as object)).toEqual(fieldOrder('replications').filter((f) => f in (parse(text) as object)));
	});

	it('keeps a required empty period and an empty list of implementers, and drops empty optional values', () => {
		const layout = fileLayout('practices');
		const text = practiceMdx(layout).toFile({ title: 'Т', funding: '', tags: [], participants: [], municipalities: [], body: '## Проблема' });
		const frontmatter = parse(text.split('---')[1] ?? '') as Record<string, unknown>;
		// `municipalities: []` says that no municipality carries the practice out (a regional one); it stays.
		// Required lists that may not be empty stay too, so validation names them rather than a missing key.
		expect(frontmatter).toEqual({ title: 'Т', municipalities: [], topics: [], sources: [], period: {} });
	});
});
