import { existsSync, globSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_DIR, DATA_PATTERN } from './content-root.ts';
import { topBy } from './listing.ts';
import { practiceView } from './practice-view.ts';

import type { PracticeView } from './practice-view.ts';

export type { PracticeEntry, PracticeView } from './practice-view.ts';
export type MunicipalityEntry = CollectionEntry<'municipalities'>;
/** A municipality repeating another's practice: `content/replications/`. */
export type ReplicationEntry = CollectionEntry<'replications'>;
export type RegionEntry = CollectionEntry<'regions'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type AssociationEntry = CollectionEntry<'associations'>;
export type EventEntry = CollectionEntry<'events'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type NeedEntry = CollectionEntry<'needs'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

/**
 * Every collection, loaded once per build, sorted for display and indexed, so a page looks its items up
 * instead of scanning the corpus. Lists keep their display order; `…ById` maps an id to its entry;
 * `…By.<field>` maps an id named in that field to the entries that name it.
 */
export interface SiteData {
	/** Published practices, newest first, then by title. */
	practices: PracticeView[];
	practicesBy: {
		municipalities: Map<string, PracticeView[]>;
		regions: Map<string, PracticeView[]>;
		topics: Map<string, PracticeView[]>;
		sources: Map<string, PracticeView[]>;
		associations: Map<string, PracticeView[]>;
		events: Map<string, PracticeView[]>;
		/** Practices a municipality took part in without carrying them out: shown apart, never counted as its own. */
		participants: Map<string, PracticeView[]>;
	};
	practiceById: Map<string, PracticeView>;
	/** Repeats of practices, newest first, then by the name of the municipality that repeated one. */
	replications: ReplicationEntry[];
	replicationsBy: {
		/** The repeats of each practice. */
		practices: Map<string, ReplicationEntry[]>;
		/** What each municipality repeated of others' practices («Что мы повторили»). */
		municipalities: Map<string, ReplicationEntry[]>;
		/** The repeats of the practices each municipality carries out («Наш опыт повторили»). */
		carriers: Map<string, ReplicationEntry[]>;
	};
	/** By name. */
	municipalities: MunicipalityEntry[];
	municipalityById: Map<string, MunicipalityEntry>;
	municipalitiesBy: {
		regions: Map<string, MunicipalityEntry[]>;
		associations: Map<string, MunicipalityEntry[]>;
		sources: Map<string, MunicipalityEntry[]>;
	};
	/** By name. */
	regions: RegionEntry[];
	regionById: Map<string, RegionEntry>;
	/** By their `order`. */
	topics: TopicEntry[];
	topicById: Map<string, TopicEntry>;
	/** By name. */
	associations: AssociationEntry[];
	associationById: Map<string, AssociationEntry>;
	/** Newest first, then by title. */
	events: EventEntry[];
	eventById: Map<string, EventEntry>;
	eventsBy: {
		/** Where an event was held, who presented and took part, and every municipality whose practice names it. */
		municipalities: Map<string, EventEntry[]>;
		organisers: Map<string, EventEntry[]>;
	};
	/** By title. */
	sources: SourceEntry[];
	sourceById: Map<string, SourceEntry>;
	needs: NeedEntry[];
	/** A municipality's needs, newest first. */
	needsByMunicipality: Map<string, NeedEntry[]>;
	/** By term. */
	glossary: GlossaryEntry[];
	/** The name shown for a practice's owner: a municipality's or region's name, an association's short name, else the id. */
	ownerName: (owner: string) => string;
}

const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name, 'ru');

/** Groups `items` under every key `keysOf` gives, keeping their order: one pass instead of a scan per page. */
export function groupBy<T>(
	items: readonly T[],
	keysOf: (item: T) => readonly (string | undefined)[],
): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of new Set(keysOf(item))) {
			if (key === undefined) continue;
			const list = groups.get(key);
			if (list) list.push(item);
			else groups.set(key, [item]);
		}
	}
	return groups;
}

/**
 * The repeats of practices. No source reports one yet, and Astro's `getCollection` warns that an empty
 * collection «does not exist», sending curators to look for an error that is not there; so it is asked
 * only once the folder holds an entry.
 */
async function loadReplications(): Promise<ReplicationEntry[]> {
	const folder = join(CONTENT_DIR, 'replications');
	return existsSync(folder) && globSync(DATA_PATTERN, { cwd: folder }).length > 0 ? getCollection('replications') : [];
}

async function load(): Promise<SiteData> {
	const [practices, replications, municipalities, regions, topics, associations, events, sources, needs, glossary] =
		await Promise.all([
			getCollection('practices'),
			loadReplications(),
			getCollection('municipalities'),
			getCollection('regions'),
			getCollection('topics'),
			getCollection('associations'),
			getCollection('events'),
			getCollection('sources'),
			getCollection('needs'),
			getCollection('glossary'),
		]);
	const index = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
	const municipalityById = index(municipalities);
	const regionById = index(regions);
	const associationById = index(associations);
	const sourceById = index(sources);

	// Newest first, then by the name of the municipality that repeated the practice.
	replications.sort(
		(a, b) =>
			b.data.year - a.data.year ||
			(municipalityById.get(a.data.municipality)?.data.name ?? '').localeCompare(
				municipalityById.get(b.data.municipality)?.data.name ?? '',
				'ru',
			),
	);
	const replicationsByPractice = groupBy(replications, (r) => [r.data.practice]);

	const ownerName = (owner: string) =>
		municipalityById.get(owner)?.data.name ??
		regionById.get(owner)?.data.name ??
		associationById.get(owner)?.data.shortName ??
		associationById.get(owner)?.data.name ??
		owner;

	const views = practices.map((entry) =>
		practiceView(entry, {
			municipalityRegion: (id) => municipalityById.get(id)?.data.region,
			sourcePublished: (id) => sourceById.get(id)?.data.published,
			ownerName,
			replicated: (id) => replicationsByPractice.has(id),
		}),
	);
	// Newest first, then by title, so every list has a stable order.
	views.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.entry.data.title.localeCompare(b.entry.data.title, 'ru'));
	const practiceById = new Map(views.map((v) => [v.id, v]));

	const practicesByEvent = groupBy(views, (v) => v.entry.data.events);
	return {
		practices: views,
		// Grouped once here, so a page looks its items up instead of scanning the whole corpus.
		practicesBy: {
			municipalities: groupBy(views, (v) => v.municipalities),
			regions: groupBy(views, (v) => v.regions),
			topics: groupBy(views, (v) => v.topics),
			sources: groupBy(views, (v) => v.entry.data.sources.map((c) => c.source)),
			associations: groupBy(views, (v) => v.entry.data.associations),
			events: practicesByEvent,
			// Practices a municipality took part in without carrying them out: shown apart, never counted as its own.
			participants: groupBy(views, (v) => v.entry.data.participants),
		},
		practiceById,
		replications,
		replicationsBy: {
			practices: replicationsByPractice,
			municipalities: groupBy(replications, (r) => [r.data.municipality]),
			carriers: groupBy(replications, (r) => practiceById.get(r.data.practice)?.municipalities ?? []),
		},
		municipalities: municipalities.sort(byName),
		municipalityById,
		municipalitiesBy: {
			regions: groupBy(municipalities, (m) => [m.data.region]),
			associations: groupBy(municipalities, (m) => m.data.associations),
			sources: groupBy(municipalities, (m) => m.data.sources),
		},
		regions: regions.sort(byName),
		regionById,
		topics: topics.sort((a, b) => a.data.order - b.data.order),
		topicById: index(topics),
		associations: associations.sort(byName),
		associationById,
		events: events.sort(
			(a, b) =>
				(b.data.start ?? '').localeCompare(a.data.start ?? '') || a.data.title.localeCompare(b.data.title, 'ru'),
		),
		eventById: index(events),
		eventsBy: {
			// An event belongs on the page of each municipality whose practice names it, as well as where it was held and who presented there.
			municipalities: groupBy(events, (e) => [
				e.data.municipality,
				...e.data.presenters,
				...e.data.participants,
				...(practicesByEvent.get(e.id) ?? []).flatMap((v) => v.municipalities),
			]),
			organisers: groupBy(events, (e) => e.data.organisers),
		},
		sources: sources.sort((a, b) => a.data.title.localeCompare(b.data.title, 'ru')),
		sourceById: index(sources),
		needs,
		needsByMunicipality: groupBy(
			[...needs].sort((a, b) => b.data.year - a.data.year),
			(n) => [n.data.municipality],
		),
		glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'ru')),
		ownerName,
	};
}

let cached: Promise<SiteData> | undefined;

/** All content, indexed, loaded once per build and shared by every page. */
export function siteData(): Promise<SiteData> {
	cached ??= load();
	return cached;
}

/** At most `limit` of `municipalities`, those with the most practices, in alphabetical order. */
export function mostPractised(
	data: SiteData,
	municipalities: readonly MunicipalityEntry[],
	limit: number,
): MunicipalityEntry[] {
	return topBy(municipalities, limit, (m) => practicesWith(data, 'municipalities', m.id).length, byName);
}

/** Practices that name a given id in a given field, newest first. */
export function practicesWith(data: SiteData, field: keyof SiteData['practicesBy'], id: string): PracticeView[] {
	return data.practicesBy[field].get(id) ?? [];
}
