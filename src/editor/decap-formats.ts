import { parse, stringify } from 'yaml';
import { DRAFT_FIELD, EDITOR_ONLY_FIELDS } from './decap-config.ts';
import { hasDraftMark } from './draft-mark.ts';

// Hand-made: the files must pass our validation and read like hand-written ones (schema order, no editor-only
// fields, no empty optional values), and Decap's built-in formats know nothing of our schemas.
type Data = Record<string, unknown>;
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Empty strings, nulls and empty lists from untouched form fields: optional means absent. */
function prune(value: unknown): unknown {
	if (Array.isArray(value)) {
		const items = value.map(prune).filter((v) => v !== undefined);
		return items.length ? items : undefined;
	}
	if (value && typeof value === 'object') {
		const out: Data = {};
		for (const [key, child] of Object.entries(value)) {
			if ((EDITOR_ONLY_FIELDS as readonly string[]).includes(key)) continue;
			const pruned = prune(child);
			if (pruned !== undefined) out[key] = pruned;
		}
		return out;
	}
	if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
	return value;
}

/** How a collection's files are laid out: field order, and required objects and lists that must be present even when empty. */
export interface Layout {
	order: readonly string[];
	requiredObjects: readonly string[];
	requiredLists: readonly string[];
}

/** Fields in the order of the schema, so files read the same whoever wrote them. */
function ordered(data: Data, { order, requiredObjects, requiredLists }: Layout): Data {
	for (const key of requiredObjects) data[key] ??= {};
	for (const key of requiredLists) data[key] ??= [];
	const out: Data = {};
	for (const key of order) if (key in data) out[key] = data[key];
	for (const [key, value] of Object.entries(data)) if (!(key in out)) out[key] = value;
	return out;
}

const yamlText = (data: unknown) => stringify(data, { lineWidth: 0, flowCollectionPadding: false });

/** A data entry in YAML, without the editor's helper fields and empty values. */
export function contentYaml(layout: Layout) {
	return {
		fromFile: (text: string): Data => (parse(text) as Data | null) ?? {},
		toFile: (data: Data): string => yamlText(ordered((prune(data) as Data) ?? {}, layout)),
	};
}

/** A practice: YAML frontmatter between `---` lines, then the Markdown body. */
export function practiceMdx(layout: Layout) {
	return {
		fromFile(text: string): Data {
			const draft = { [DRAFT_FIELD]: hasDraftMark(text) };
			const match = FRONTMATTER.exec(text);
			if (!match) return { body: text, ...draft };
			return {
				...((parse(match[1] ?? '') as Data | null) ?? {}),
				body: text.slice(match[0].length).replace(/^\r?\n/, ''),
				...draft,
			};
		},
		toFile(data: Data): string {
			const { body = '', ...frontmatter } = data;
			return `---\n${yamlText(ordered((prune(frontmatter) as Data) ?? {}, layout))}---\n\n${String(body).trim()}\n`;
		},
	};
}
