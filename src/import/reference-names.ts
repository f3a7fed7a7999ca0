import type { ContentFile } from '../validation/content-files.ts';
import { nearest } from '../validation/closest.ts';

/**
 * Entries of the base found by the names a registry writes: a municipality however it is spelled
 * («г. Красноярск», «городской округ город Красноярск», «Лесосибирск»), a region («Красноярский край»,
 * «Липецкая обл.»), a topic, a source by its address or title. A name that does not match is never guessed:
 * the caller gets the nearest names to show the curator.
 */

interface Named {
	id: string;
	/** Names to match, as written in the entry. */
	names: string[];
	/** What to call it in the report: «Красноярск (krasnoyarsk)». */
	display: string;
	kind?: string;
	region?: string;
}

/** The entries an import matches names against, read from the base's own files. */
export interface ReferenceData {
	municipalities: Named[];
	regions: Named[];
	topics: Named[];
	associations: Named[];
	sources: (Named & { urls: string[] })[];
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? [value.trim()] : []);

export function referenceData(files: readonly ContentFile[]): ReferenceData {
	const of = (collection: ContentFile['collection']) =>
		files.filter(
			(f) => f.collection === collection && !f.draft && f.data && typeof f.data === 'object',
		) as (ContentFile & { data: Record<string, unknown> })[];
	const named = (collection: ContentFile['collection'], fields: string[]) =>
		of(collection).map((f) => {
			const names = fields.flatMap((field) => text(f.data[field]));
			return {
				id: f.id,
				names,
				display: `${names[0] ?? f.id} (${f.id})`,
				...(typeof f.data['kind'] === 'string' ? { kind: f.data['kind'] } : {}),
				...(typeof f.data['region'] === 'string' ? { region: f.data['region'] } : {}),
			};
		});
	return {
		municipalities: named('municipalities', ['name', 'officialName']),
		regions: named('regions', ['name', 'nameGenitive']),
		topics: named('topics', ['name']),
		associations: named('associations', ['name', 'shortName']),
		sources: of('sources').map((f) => ({
			id: f.id,
			names: text(f.data['title']),
			display: `${text(f.data['title'])[0] ?? f.id} (${f.id})`,
			urls: text(f.data['url']),
		})),
	};
}

/** A name as compared: lower case, ё as е, quotes and punctuation as spaces, abbreviations of kinds expanded. */
export function normaliseName(name: string): string {
	return ` ${name.toLowerCase().replace(/ё/g, 'е')} `
		.replace(/[«»"“”„'()]/g, ' ')
		.replace(/[.,;:]/g, ' ')
		.replace(/ обл /g, ' область ')
		.replace(/ респ /g, ' республика ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Words that say what kind of municipality a name is, not which: left out when names are compared. */
const KIND_WORDS = new Set(
	'г город города городской городского округ округа го муниципальное муниципального муниципальный образование образования мо район района сельское городское поселение поселения сельсовет с село пгт поселок рп внутригородское'.split(
		' ',
	),
);

/** The kind of municipality a name's words point to, if any. */
function kindHint(words: readonly string[]): string | undefined {
	const has = (...w: string[]) => w.some((x) => words.includes(x));
	if (has('сельсовет', 'сельское', 'село', 'с')) return 'сельское поселение';
	if (has('городское', 'пгт', 'рп', 'поселок')) return 'городское поселение';
	if (has('район', 'района')) return 'муниципальный район';
	if (has('округ', 'округа', 'го') && has('муниципальный', 'муниципального')) return 'муниципальный округ';
	if (has('г', 'город', 'городской', 'го')) return 'городской округ';
	return undefined;
}

export type Match = { id: string } | { unknown: true; nearest: string[] } | { ambiguous: string[] };

/** A municipality by the name a registry gives it, within a region when the registry names one. */
export function matchMunicipality(name: string, data: ReferenceData, region?: string): Match {
	const wanted = normaliseName(name);
	const candidates = region ? data.municipalities.filter((m) => m.region === region) : data.municipalities;
	const exact = candidates.filter((m) => m.names.some((n) => normaliseName(n) === wanted));
	if (exact.length === 1) return { id: exact[0]!.id };
	// The words that name it, without those of its kind and of any region («Красноярского края»).
	const regionWords = new Set(data.regions.flatMap((r) => r.names.flatMap((n) => normaliseName(n).split(' '))));
	const core = (n: string) =>
		normaliseName(n)
			.split(' ')
			.filter((w) => !KIND_WORDS.has(w) && !regionWords.has(w))
			.join(' ');
	const key = core(name);
	let found = key ? candidates.filter((m) => m.names.some((n) => core(n) === key)) : [];
	const hint = kindHint(wanted.split(' '));
	if (found.length > 1 && hint) found = found.filter((m) => m.kind === hint);
	if (found.length === 1) return { id: found[0]!.id };
	if (found.length > 1) return { ambiguous: found.map((m) => m.display) };
	return { unknown: true, nearest: nearestNames(name, data.municipalities) };
}

/** The nearest entries to a name that matched none, by their names: «Красноярск (krasnoyarsk)». */
function nearestNames(name: string, entries: readonly Named[]): string[] {
	const byName = new Map<string, Named>();
	for (const entry of entries) for (const n of entry.names) byName.set(normaliseName(n), entry);
	return [...new Set(nearest(normaliseName(name), byName.keys()).map((n) => byName.get(n)!.display))];
}

/** An entry of a collection by its exact name (compared as `normaliseName` does) or its id. */
function matchByName(name: string, entries: readonly Named[]): Match {
	const wanted = normaliseName(name);
	const found = entries.filter((e) => e.id === name.trim() || e.names.some((n) => normaliseName(n) === wanted));
	if (found.length === 1) return { id: found[0]!.id };
	if (found.length > 1) return { ambiguous: found.map((e) => e.display) };
	return { unknown: true, nearest: nearestNames(name, entries) };
}

export const matchRegion = (name: string, data: ReferenceData) => matchByName(name, data.regions);
export const matchTopic = (name: string, data: ReferenceData) => matchByName(name, data.topics);

/** An address compared without its scheme, `www.` and trailing slash. */
const normaliseUrl = (url: string) =>
	url
		.trim()
		.toLowerCase()
		.replace(/^https?:\/\/(www\.)?/, '')
		.replace(/\/+$/, '');

/** A source by its address, title or id. */
export function matchSource(value: string, data: ReferenceData): Match {
	if (/^https?:\/\//i.test(value.trim())) {
		const found = data.sources.filter((s) => s.urls.some((u) => normaliseUrl(u) === normaliseUrl(value)));
		return found.length === 1 ? { id: found[0]!.id } : { unknown: true, nearest: [] };
	}
	return matchByName(value, data.sources);
}

/** The list items of a cell: one per line or «;» (the site's CSV joins lists with «; »). */
export const listItems = (cell: string): string[] =>
	cell
		.split(/[;\n]/)
		.map((s) => s.trim())
		.filter(Boolean);
