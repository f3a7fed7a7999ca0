import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTIONS } from '../../../src/schemas/common.ts';
import { CONTENT_SCHEMAS } from '../../../src/validation/content-schemas.ts';
import {
	decapConfig,
	decapField,
	DISPLAY_FIELD,
	DRAFT_FIELD,
	EDITOR_ONLY_FIELDS,
	fieldOrder,
	fileLayout,
	type DecapField,
} from '../../../src/editor/decap-config.ts';
import { publishDrafts, publishDraftsOnSave, type PersistedEntry } from '../../../src/editor/publish-draft.ts';
import { draftMarkLine, hasDraftMark, publishedPath } from '../../../src/editor/draft-mark.ts';
import { contentYaml, practiceMdx } from '../../../src/editor/decap-formats.ts';
import { findReferences } from '../../../src/validation/find-references.ts';
import { parseContentFile, readContentFiles } from '../../../src/validation/content-files.ts';
import { CONTENT_DIR } from '../../../src/site/content-root.ts';
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
		expect(checkMdxBody(body)).toEqual({
			problems: [],
			images: [{ url: 'prazdnik.jpg', alt: 'Праздник во дворе', line: 1 }],
			sources: [],
			components: [],
		});
	});

	it('has one editable collection per content collection, and one of drafts after the practices, in its folder, in Russian, with the editorial workflow', () => {
		expect(config.collections.map((c) => c.name)).toEqual([
			'practices',
			'drafts',
			...COLLECTIONS.filter((c) => c !== 'practices'),
		]);
		expect(config.locale).toBe('ru');
		expect(config.publish_mode).toBe('editorial_workflow');
		for (const c of config.collections) expect(c.folder).toBe(`content/${c.name === 'drafts' ? 'practices' : c.name}`);
	});

	it.each(COLLECTIONS)(
		'has a field for every top-level field of the %s schema, required exactly when the schema requires a value',
		(name) => {
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
		},
	);

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
		expect(replications).toMatchObject({
			label: 'Опыт повторили',
			folder: 'content/replications',
			extension: 'yaml',
			summary: '{{fields.municipality}} — {{fields.practice}} ({{fields.year}})',
		});
		const fields = replications.fields as DecapField[];
		// A repeat in the shape of the fixture the site tests show: every reference is a relation to its collection.
		const repeat = parse(
			readFileSync(
				new URL(
					'../../fixtures/replications/content/replications/lesosibirsk-krasnoyarsk-yarkie-berega.yaml',
					import.meta.url,
				),
				'utf8',
			),
		);
		const references = [...findReferences(CONTENT_SCHEMAS.replications, repeat)];
		expect(references.map((r) => r.path.join('.'))).toEqual(['practice', 'municipality', 'source', 'results.0.source']);
		for (const ref of references)
			expect(fieldAt(fields, ref.path)).toMatchObject({ widget: 'relation', collection: ref.collection });
		expect(fields.find((f) => f.name === 'outcome')).toMatchObject({
			label: 'Что из этого вышло',
			widget: 'text',
			required: true,
		});
		// Field names shared with other collections say, in a repeat, whose they are.
		expect(fields.find((f) => f.name === 'municipality')?.label).toBe('Муниципалитет, который повторил практику');
		expect((collection('needs').fields as DecapField[]).find((f) => f.name === 'municipality')?.label).toBe(
			'Муниципалитет',
		);
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

	it('asks for a whole number or a decimal as the schema says, whatever the field is called, within its bounds', () => {
		// The same names as real fields, with the other kind of number: the name must not decide.
		expect(decapField('lat', z.number().int())).toMatchObject({ widget: 'number', value_type: 'int' });
		expect(decapField('year', z.number().min(1990))).toMatchObject({
			widget: 'number',
			value_type: 'float',
			min: 1990,
		});
		expect(decapField('order', z.int().positive().optional())).toMatchObject({
			value_type: 'int',
			min: 1,
			required: false,
		});
		const municipality = collection('municipalities').fields as DecapField[];
		expect(fieldAt(municipality, ['population', 'value'])).toMatchObject({ value_type: 'int', min: 1 });
		expect(fieldAt(municipality, ['coordinates', 'lat'])).toMatchObject({ value_type: 'float', min: 41, max: 82 });
		const practice = collection('practices').fields as DecapField[];
		expect(fieldAt(practice, ['statusAsOf'])).toMatchObject({ value_type: 'int', min: 1990, max: 2100 });
		expect(fieldAt(practice, ['results', 'value'])).toMatchObject({ value_type: 'float', min: 0 });
		expect(fieldAt(practice, ['results', 'value'])).not.toHaveProperty('max');
	});

	it('tells the length a text must have, from the schema', () => {
		const practice = collection('practices').fields as DecapField[];
		expect(fieldAt(practice, ['summary'])?.hint).toBe('От 40 до 400 символов.');
		expect(fieldAt(practice, ['title'])?.hint).toBe('Не больше 120 символов.');
		expect(fieldAt(practice, ['funding'])).not.toHaveProperty('hint');
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
		const text = readFileSync(
			new URL(
				'../../fixtures/replications/content/replications/lesosibirsk-krasnoyarsk-yarkie-berega.yaml',
				import.meta.url,
			),
			'utf8',
		);
		const format = contentYaml(fileLayout('replications'));
		const again = format.toFile({ ...format.fromFile(text), fileName: 'lesosibirsk-krasnoyarsk-yarkie-berega' });
		expect(parse(again)).toEqual(parse(text));
		expect(Object.keys(parse(again) as object)).toEqual(
			fieldOrder('replications').filter((f) => f in (parse(text) as object)),
		);
	});

	it('keeps a required empty period and an empty list of implementers, and drops empty optional values', () => {
		const layout = fileLayout('practices');
		const text = practiceMdx(layout).toFile({
			title: 'Т',
			funding: '',
			tags: [],
			participants: [],
			municipalities: [],
			body: '## Проблема',
		});
		const frontmatter = parse(text.split('---')[1] ?? '') as Record<string, unknown>;
		// `municipalities: []` says that no municipality carries the practice out (a regional one); it stays.
		// Required lists that may not be empty stay too, so validation names them rather than a missing key.
		expect(frontmatter).toEqual({ title: 'Т', municipalities: [], topics: [], sources: [], period: {} });
	});
});

describe('drafts in the web editor («Черновики»)', () => {
	const draftText = `---\n${draftMarkLine('reestr.xlsx', 'Реестр', 12)}\ntitle: Школа председателей ТСЖ\nmunicipalities: [lesosibirsk]\ntopics: []\nperiod: {}\nsources: []\n---\n\n## Проблема\n\nТекст.\n`;
	const published = readFileSync(`${CONTENT_DIR}practices/lesosibirsk/obshchestvennaya-palata.mdx`, 'utf8');
	const format = practiceMdx(fileLayout('practices'));

	it('lists drafts apart from published practices, with the same form, and lets no new entry be made there', () => {
		const drafts = collection('drafts');
		const practices = collection('practices');
		expect(drafts).toMatchObject({
			label: 'Черновики',
			folder: 'content/practices',
			extension: 'mdx',
			format: 'practice-mdx',
			create: false,
			filter: { field: DRAFT_FIELD, value: true },
		});
		expect(practices).toMatchObject({ create: true, filter: { field: DRAFT_FIELD, value: false } });
		expect(drafts.fields).toEqual(practices.fields);
		expect(drafts.description).toContain('npm run import');
	});

	it('tells a draft from a published practice by the mark the import writes, which Decap’s filter reads from the data', () => {
		expect(hasDraftMark(draftText)).toBe(true);
		expect(hasDraftMark(published)).toBe(false);
		expect(format.fromFile(draftText)[DRAFT_FIELD]).toBe(true);
		expect(format.fromFile(published)[DRAFT_FIELD]).toBe(false);
	});

	it('writes a saved draft without the mark, so it reads as a published practice', () => {
		const saved = format.toFile(format.fromFile(draftText));
		expect(saved).not.toContain('Черновик');
		expect(saved).not.toContain(`${DRAFT_FIELD}:`);
		expect(saved.startsWith('---\ntitle: Школа председателей ТСЖ\n')).toBe(true);
	});

	it('moves a draft saved from «Черновики» to its name without «_», and leaves other saves alone', () => {
		expect(publishedPath('content/practices/lesosibirsk/_shkola.mdx')).toBe('content/practices/lesosibirsk/shkola.mdx');
		expect(publishedPath('content/practices/lesosibirsk/shkola.mdx')).toBeUndefined();
		const entry: PersistedEntry = {
			dataFiles: [{ path: 'content/practices/lesosibirsk/_shkola.mdx', slug: 'lesosibirsk/_shkola', raw: '' }],
			assets: [],
		};
		expect(publishDrafts(entry, 'drafts').dataFiles).toEqual([
			{
				path: 'content/practices/lesosibirsk/_shkola.mdx',
				newPath: 'content/practices/lesosibirsk/shkola.mdx',
				slug: 'lesosibirsk/_shkola',
				raw: '',
			},
		]);
		expect(publishDrafts(entry, 'practices')).toBe(entry);
	});

	it('wraps each registered backend so its implementation gets the moved files', async () => {
		const calls: [PersistedEntry, { collectionName?: string }][] = [];
		const registry: Record<
			string,
			{
				init: (...args: unknown[]) => {
					persistEntry: (e: PersistedEntry, o: { collectionName?: string }) => Promise<unknown>;
				};
			}
		> = {
			github: { init: () => ({ persistEntry: async (e, o) => calls.push([e, o]) }) },
		};
		publishDraftsOnSave({ getBackend: (name) => registry[name] }, ['github', 'gitlab']);
		const implementation = registry['github']!.init({});
		await implementation.persistEntry(
			{ dataFiles: [{ path: 'content/practices/x/_y.mdx' }] },
			{ collectionName: 'drafts' },
		);
		await implementation.persistEntry(
			{ dataFiles: [{ path: 'content/practices/x/z.mdx' }] },
			{ collectionName: 'practices' },
		);
		expect(calls.map(([e]) => e.dataFiles?.[0])).toEqual([
			{ path: 'content/practices/x/_y.mdx', newPath: 'content/practices/x/y.mdx' },
			{ path: 'content/practices/x/z.mdx' },
		]);
	});

	it('on decap-server, writes the published file and then deletes the draft on the entry’s branch, since its own move misses the commit', async () => {
		const calls: unknown[] = [];
		const proxy = {
			persistEntry: async (e: PersistedEntry, _options: object) => calls.push(['persist', e.dataFiles]),
			request: async (payload: unknown) => calls.push(['request', payload]),
			branch: 'main',
		};
		const registry = { proxy: { init: () => proxy } };
		publishDraftsOnSave({ getBackend: (name) => registry[name as 'proxy'] }, ['proxy']);
		const implementation = registry.proxy.init();
		await implementation.persistEntry(
			{ dataFiles: [{ path: 'content/practices/x/_y.mdx', slug: 'x/_y', raw: 'текст' }], assets: [] },
			{ collectionName: 'drafts', useWorkflow: true, commitMessage: 'Обновить черновик' },
		);
		expect(calls).toEqual([
			['persist', [{ path: 'content/practices/x/y.mdx', slug: 'x/_y', raw: 'текст' }]],
			[
				'request',
				{
					action: 'deleteFile',
					params: {
						branch: 'cms/drafts/x/_y',
						path: 'content/practices/x/_y.mdx',
						options: { commitMessage: 'Обновить черновик' },
					},
				},
			],
		]);
	});
});
