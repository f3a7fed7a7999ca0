import type { z } from 'astro/zod';
import { COLLECTIONS, referenceOf, SLUG_PATTERN, type CollectionName } from '../schemas/common.ts';
import { CONTENT_SCHEMAS } from '../validation/content-schemas.ts';
import { PRACTICE_SECTIONS } from '../practice-text/practice-sections.ts';
import { boundsOf, unwrapField, type Bounds } from '../validation/schema-walk.ts';
import { decapBackend, supportsEditorialWorkflow, type CmsBackend } from './cms-backend.ts';

type AnySchema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

/** A field of Decap CMS's configuration. */
export interface DecapField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	default?: unknown;
	options?: string[];
	multiple?: boolean;
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	value_type?: string;
	pattern?: [string, string];
	fields?: DecapField[];
	field?: DecapField;
	summary?: string;
	min?: number;
	max?: number;
}

/** Russian labels of every field of every schema; the drift test fails when a schema field has none. */
export const FIELD_LABELS: Record<string, string> = {
	title: 'Название',
	summary: 'Кратко: что сделано и что из этого вышло',
	municipalities: 'Муниципалитеты',
	regions: 'Регионы',
	associations: 'Ассоциации',
	topics: 'Темы (первая — основная)',
	tags: 'Ключевые слова для поиска',
	status: 'Статус',
	statusAsOf: 'Статус по данным на (год)',
	statusSource: 'Источник, в котором сказано о статусе',
	period: 'Период',
	start: 'Начало (2023, 2023-06 или 2023-06-01)',
	end: 'Окончание (2023, 2023-06 или 2023-06-01)',
	results: 'Результаты в цифрах',
	measure: 'Что измерено',
	value: 'Число',
	unit: 'Единица',
	qualifier: 'Как сказано в источнике',
	year: 'Год',
	planned: 'Это план, а не итог',
	source: 'Источник',
	partners: 'Партнёры',
	funding: 'Финансирование',
	awards: 'Награды',
	nomination: 'Номинация',
	result: 'Результат (место, победа)',
	reported: 'Когда сообщено',
	events: 'События, где представлена',
	replication: 'Что нужно, чтобы повторить',
	contacts: 'Официальные контакты',
	organisation: 'Организация или отдел',
	role: 'Должность',
	phone: 'Официальный телефон',
	email: 'Официальная почта',
	url: 'Адрес в интернете',
	sources: 'Источники',
	locator: 'Где в источнике (раздел, вопрос)',
	related: 'Связанные практики',
	lastConfirmed: 'Дата сверки с источником',
	name: 'Название',
	officialName: 'Официальное название',
	kind: 'Вид',
	region: 'Регион',
	centre: 'Административный центр',
	population: 'Население',
	coordinates: 'Координаты центра',
	lat: 'Широта',
	lon: 'Долгота',
	website: 'Официальный сайт',
	nameGenitive: 'Название в родительном падеже',
	federalDistrict: 'Федеральный округ',
	description: 'Описание',
	order: 'Порядок в списке',
	shortName: 'Сокращение',
	planned_event: 'Запланировано',
	place: 'Место',
	municipality: 'Муниципалитет',
	presenters: 'Представили практики',
	participants: 'Участники',
	otherPresenters: 'Другие, кто представил практики',
	organisers: 'Организаторы-ассоциации',
	otherOrganisers: 'Другие организаторы',
	publisher: 'Автор или издатель',
	published: 'Дата публикации',
	covers: 'За какой период',
	file: 'Файл в архиве источников',
	items: 'Потребности',
	text: 'Текст',
	term: 'Сокращение',
	expansion: 'Полная форма',
	aliases: 'Другие написания',
	practice: 'Практика, которую повторили',
	outcome: 'Что из этого вышло',
};

/** Labels that say more in one collection than the shared ones: in a repeat, whose municipality and year they are. */
const COLLECTION_FIELD_LABELS: Partial<Record<CollectionName, Record<string, string>>> = {
	replications: {
		municipality: 'Муниципалитет, который повторил практику',
		year: 'Год, когда взялись за практику',
		source: 'Источник сведений о повторе',
		contacts: 'Официальные контакты муниципалитета, который повторил',
		period: 'Период повтора',
	},
};

/** What to call each collection in the editor. */
const COLLECTION_LABELS: Record<CollectionName, [plural: string, singular: string]> = {
	practices: ['Практики', 'Практика'],
	replications: ['Опыт повторили', 'Повтор практики'],
	municipalities: ['Муниципалитеты', 'Муниципалитет'],
	regions: ['Регионы', 'Регион'],
	topics: ['Темы', 'Тема'],
	associations: ['Ассоциации', 'Ассоциация'],
	events: ['События', 'Событие'],
	sources: ['Источники', 'Источник'],
	needs: ['Потребности', 'Потребности'],
	glossary: ['Сокращения', 'Сокращение'],
};

/** The field that names an entry in lists and relation pickers. */
export const DISPLAY_FIELD: Record<CollectionName, string> = {
	practices: 'title',
	replications: 'practice',
	municipalities: 'name',
	regions: 'name',
	topics: 'name',
	associations: 'name',
	events: 'title',
	sources: 'title',
	needs: 'municipality',
	glossary: 'term',
};

/** A form field for the file name: Decap cannot transliterate titles, so the editor asks (and the admin page pre-fills it). */
export const FILE_NAME_FIELD = 'fileName';
/** Set by the admin page before saving a practice: the folder of its lead municipality. */
export const FOLDER_FIELD = 'folder';
/**
 * Set by the practice format when it reads a file: whether the file is a draft (its properties open with the
 * draft mark, src/editor/draft-mark.ts). Decap filters entries by their data only, and this is what splits
 * «Практики» from «Черновики».
 */
export const DRAFT_FIELD = 'draft';
/** Form-only fields that the admin page's file formats never write into files. */
export const EDITOR_ONLY_FIELDS = [FILE_NAME_FIELD, FOLDER_FIELD, DRAFT_FIELD] as const;

/** The editor's collection of draft practices (`_<slug>.mdx`, from `npm run import`); not a content collection. */
export const DRAFTS_COLLECTION = 'drafts';

/** Longer strings get a text area rather than a one-line input. */
const MULTILINE = new Set(['summary', 'description', 'replication', 'text', 'funding', 'outcome']);

function relation(collection: CollectionName, multiple: boolean): Partial<DecapField> {
	const display = DISPLAY_FIELD[collection];
	return {
		widget: 'relation',
		collection,
		value_field: '{{slug}}',
		search_fields: [display],
		display_fields: [display],
		multiple,
	};
}

/** The Decap field for one schema field. */
export function decapField(name: string, schema: AnySchema): DecapField {
	const { schema: inner, optional } = unwrapField(schema);
	const def = inner._zod.def as unknown as Def;
	const label = FIELD_LABELS[name];
	if (!label) throw new Error(`Нет подписи для поля «${name}» в FIELD_LABELS (src/editor/decap-config.ts)`);
	const base: DecapField = { name, label, widget: 'string', required: !optional };
	const reference = referenceOf(inner);
	if (reference) return { ...base, ...relation(reference, false) };
	switch (def.type) {
		case 'string': {
			const checks = (def['checks'] as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? [];
			const regex = checks.map((c) => c._zod.def['pattern']).find((p): p is RegExp => p instanceof RegExp);
			const format = checks.map((c) => c._zod.def['format']).find(Boolean);
			if (regex && regex.source.includes('\\d{4}'))
				return { ...base, pattern: [regex.source, 'Дата: 2023, 2023-12 или 2023-12-05'] };
			if (format === 'url') return { ...base, pattern: ['^https?://', 'Полный адрес, начинается с https://'] };
			const hint = lengthHint(boundsOf(inner));
			return { ...base, widget: MULTILINE.has(name) ? 'text' : 'string', ...(hint ? { hint } : {}) };
		}
		case 'number': {
			// Whole or decimal, and the bounds, as the schema says (`.int()`, `.min()`): a year is whole, a latitude is not.
			const { min, max, integer } = boundsOf(inner);
			return {
				...base,
				widget: 'number',
				value_type: integer ? 'int' : 'float',
				...(min === undefined ? {} : { min }),
				...(max === undefined ? {} : { max }),
			};
		}
		case 'boolean':
			return { ...base, widget: 'boolean', required: false, default: false };
		case 'enum':
			return { ...base, widget: 'select', options: Object.values(def['entries'] as Record<string, string>) };
		case 'array': {
			const element = unwrapField(def['element'] as AnySchema).schema;
			const min = ((def['checks'] as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? [])
				.map((c) => c._zod.def['minimum'])
				.find((m): m is number => typeof m === 'number');
			// A list that may be empty is never «required» in Decap, which would refuse an empty one; the
			// file writer still keeps a required empty list (`municipalities: []`, decap-formats.ts).
			const list = { ...base, ...(min ? { min, required: true } : { required: false, default: [] }) };
			const elementReference = referenceOf(element);
			if (elementReference) return { ...list, ...relation(elementReference, true) };
			const elementDef = element._zod.def as unknown as Def;
			if (elementDef.type === 'object') {
				const fields = objectFields(element);
				return {
					...list,
					widget: 'list',
					fields,
					summary: fields
						.map((f) => `{{fields.${f.name}}}`)
						.slice(0, 3)
						.join(' · '),
				};
			}
			return { ...list, widget: 'list', field: { ...decapField(name, def['element'] as AnySchema), label } };
		}
		case 'object':
			return { ...base, widget: 'object', fields: objectFields(inner) };
		default:
			throw new Error(`Поле «${name}»: тип ${def.type} не поддержан в редакторе`);
	}
}

/** The length a text field must have, in words, where the schema asks for more than «not empty». */
function lengthHint({ min, max }: Bounds): string | undefined {
	const least = min !== undefined && min > 1 ? min : undefined;
	if (least !== undefined && max !== undefined) return `От ${least} до ${max} символов.`;
	if (max !== undefined) return `Не больше ${max} символов.`;
	return least === undefined ? undefined : `Не меньше ${least} символов.`;
}

function objectFields(schema: AnySchema): DecapField[] {
	const shape = (unwrapField(schema).schema._zod.def as unknown as Def)['shape'] as Record<string, AnySchema>;
	return Object.entries(shape).map(([name, child]) => decapField(name, child));
}

/** Body of a new practice: every required section with a hint of what goes there. */
const PRACTICE_BODY = PRACTICE_SECTIONS.map((s) => `## ${s}\n\nОпишите по источнику.\n`).join('\n');

/** The custom file format the admin page registers for a collection. */
export const formatName = (collection: CollectionName) =>
	collection === 'practices' ? 'practice-mdx' : `yaml-${collection}`;

/** Field names of a collection in schema order, for writing files in a stable order. */
export function fieldOrder(collection: CollectionName): string[] {
	return Object.keys(
		(unwrapField(CONTENT_SCHEMAS[collection] as AnySchema).schema._zod.def as unknown as Def)['shape'] as object,
	);
}

/** Required fields of a collection of this zod type, which Decap leaves out when they are empty. */
function requiredOfType(collection: CollectionName, type: 'object' | 'array'): string[] {
	const shape = (unwrapField(CONTENT_SCHEMAS[collection] as AnySchema).schema._zod.def as unknown as Def)[
		'shape'
	] as Record<string, AnySchema>;
	return Object.entries(shape)
		.filter(([, child]) => {
			const { schema, optional } = unwrapField(child);
			return !optional && (schema._zod.def as unknown as Def).type === type;
		})
		.map(([name]) => name);
}

/** Required object fields (like a practice's `period`), written as `{}` when all their parts are empty. */
export const requiredObjects = (collection: CollectionName): string[] => requiredOfType(collection, 'object');

/** Required list fields (like a practice's `municipalities`), written as `[]` when empty: an empty list is then a statement. */
export const requiredLists = (collection: CollectionName): string[] => requiredOfType(collection, 'array');

/** How the editor lays out a collection's files (decap-formats.ts). */
export const fileLayout = (collection: CollectionName) => ({
	order: fieldOrder(collection),
	requiredObjects: requiredObjects(collection),
	requiredLists: requiredLists(collection),
});

/** A collection of Decap CMS's configuration, as the editor's page hands it to Decap. */
export interface DecapCollection {
	name: string;
	label: string;
	label_singular: string;
	description?: string;
	folder: string;
	create: boolean;
	extension: string;
	format: string;
	identifier_field: string;
	editor: { preview: boolean };
	slug: string;
	path?: string;
	summary?: string;
	media_folder?: string;
	public_folder?: string;
	/** Only the entries whose data has this value. */
	filter?: { field: string; value: boolean };
	fields: DecapField[];
}

export interface DecapOptions {
	/** Where the editor signs in and commits: `cmsBackendFromEnv(process.env)` at build time. */
	backend: CmsBackend;
	/** Where the site is served, for links from the editor. */
	siteUrl?: string;
}

/**
 * Decap CMS configuration derived from the zod schemas, so the form and the validation cannot drift.
 * Every collection gets a Latin file-name field that the admin page's file formats keep out of the files.
 */
export function decapConfig(options: DecapOptions) {
	return {
		backend: decapBackend(options.backend),
		// `npx decap-server` on the curator's machine (MODE=git for the editorial workflow); used only on localhost.
		local_backend: true,
		// Entries wait as pull or merge requests where the backend can keep them so; on Gitea they are committed.
		...(supportsEditorialWorkflow(options.backend.name) ? { publish_mode: 'editorial_workflow' } : {}),
		locale: 'ru',
		load_config_file: false,
		media_folder: 'public/uploads',
		public_folder: '/uploads',
		...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
		collections: COLLECTIONS.flatMap((collection): DecapCollection[] => {
			const [label, labelSingular] = COLLECTION_LABELS[collection];
			const practice = collection === 'practices';
			const labels = COLLECTION_FIELD_LABELS[collection] ?? {};
			const fields = objectFields(CONTENT_SCHEMAS[collection] as AnySchema).map((f) => ({
				...f,
				label: labels[f.name] ?? f.label,
			}));
			const fileName: DecapField = {
				name: FILE_NAME_FIELD,
				label: 'Имя файла латиницей',
				widget: 'string',
				required: false,
				pattern: [SLUG_PATTERN.source, 'Только строчные латинские буквы, цифры и дефис, например yarkie-berega'],
				hint: 'Станет частью адреса страницы. Если оставить пустым, составится из названия.',
			};
			const entry: DecapCollection = {
				name: collection,
				label,
				label_singular: labelSingular,
				folder: `content/${collection}`,
				create: true,
				extension: practice ? 'mdx' : 'yaml',
				format: formatName(collection),
				identifier_field: DISPLAY_FIELD[collection],
				// Decap's generic preview shows raw values; the site itself is the preview.
				editor: { preview: false },
				slug: `{{fields.${FILE_NAME_FIELD}}}`,
				...(practice
					? {
							// Decap lower-cases the path template and turns dots into dashes, so `{{fields.x}}` cannot be used here.
							path: `{{${FOLDER_FIELD}}}/{{slug}}`,
							summary: '{{title}}',
							// Photos go beside the practice file and are written `![описание](foto.jpg)`, which
							// @astrojs/mdx resolves from the practice's folder and astro:assets optimises.
							media_folder: '',
							public_folder: '',
						}
					: {}),
				// A repeat has no title of its own: the list shows who repeated which practice and when.
				...(collection === 'replications'
					? { summary: '{{fields.municipality}} — {{fields.practice}} ({{fields.year}})' }
					: {}),
				fields: [
					...fields,
					fileName,
					...(practice ? [{ name: FOLDER_FIELD, label: 'Папка', widget: 'hidden', required: false }] : []),
					...(practice
						? [{ name: 'body', label: 'Текст практики', widget: 'markdown', default: PRACTICE_BODY, required: true }]
						: []),
				],
			};
			if (!practice) return [entry];
			return [
				// Published practices only: a draft opened here would be saved under its draft name.
				{ ...entry, filter: { field: DRAFT_FIELD, value: false } },
				{
					...entry,
					name: DRAFTS_COLLECTION,
					label: 'Черновики',
					label_singular: 'Черновик',
					description:
						'Практики из таблиц, перенесённые командой npm run import. Допишите то, чего не хватает, разберите раздел «Разобрать» и нажмите «Сохранить»: черновик станет практикой (файл получит имя без «_») и попадёт на сайт после проверки.',
					// Drafts come from the import; a new practice is made in «Практики».
					create: false,
					filter: { field: DRAFT_FIELD, value: true },
				},
			];
		}),
	};
}
