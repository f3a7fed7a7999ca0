import type { CollectionEntry } from 'astro:content';
import { FEDERAL_DISTRICTS } from '../schemas/region.ts';
import type { NeedKind } from '../schemas/need.ts';
import { answerNeeds, type Answer, type PlaceLike } from './need-matching.ts';
import { groupBy, type PracticeView, type SiteData } from '../site/site-data.ts';
import { memoize } from '../site/memo.ts';

/** One stated need with where it comes from. */
export interface NeedItem {
	entry: CollectionEntry<'needs'>;
	municipality: string;
	year: number;
	kind: NeedKind;
	text: string;
	topics: string[];
}

export interface NeedsView {
	items: NeedItem[];
	/** Needs by municipality, newest year first. */
	byMunicipality: Map<string, NeedItem[]>;
	/** Needs by the file (questionnaire) they come from. */
	byEntry: Map<string, NeedItem[]>;
	answers: Map<NeedItem, Answer<PracticeView>[]>;
	/** Needs of others that the practices a municipality runs (owns) answer: «Чем может помочь». */
	helpsWith: Map<string, { need: NeedItem; practices: PracticeView[] }[]>;
}

/** Every need of every municipality with the practices that answer it, computed once per build. */
export const needsView = memoize((data: SiteData): NeedsView => {
	const items: NeedItem[] = data.needs
		.toSorted((a, b) => b.data.year - a.data.year || a.data.municipality.localeCompare(b.data.municipality))
		.flatMap((entry) =>
			entry.data.items.map((item) => ({
				entry,
				municipality: entry.data.municipality,
				year: entry.data.year,
				kind: item.kind,
				text: item.text,
				topics: item.topics,
			})),
		);
	const places = new Map<string, PlaceLike>(
		data.municipalities.map((m) => {
			const district = data.regionById.get(m.data.region)?.data.federalDistrict;
			return [
				m.id,
				{
					kind: m.data.kind,
					federalDistrict: district,
					districtName: district ? FEDERAL_DISTRICTS[district] : undefined,
					population: m.data.population?.value,
				},
			];
		}),
	);
	// What matching compares: topics, places and the words of the title, summary and tags.
	const matchable = new Map(
		data.practices.map((v) => [
			v.id,
			{
				id: v.id,
				topics: v.topics,
				municipalities: v.municipalities,
				owner: v.owner,
				words: [v.entry.data.title, v.entry.data.summary, ...v.entry.data.tags].join(' '),
			},
		]),
	);
	const byTopic = new Map(
		[...data.practicesBy.topics].map(([topic, list]) => [topic, list.map((v) => matchable.get(v.id)!)]),
	);
	const raw = answerNeeds(items, byTopic, places, (id) => data.topicById.get(id)?.data.name ?? id);
	const answers = new Map(
		[...raw].map(([need, list]) => [
			need,
			list.map((a) => ({ ...a, practice: data.practiceById.get(a.practice.id)! })),
		]),
	);

	// Reverse: for each municipality, the needs its practices answer.
	const position = new Map(items.map((need, i) => [need, i]));
	const pairs = [...answers].flatMap(([need, list]) =>
		list.map((a) => ({ m: a.practice.owner, need, practice: a.practice })),
	);
	const helpsWith = new Map(
		[...groupBy(pairs, (p) => [p.m])].map(([m, list]) => [
			m,
			[...groupBy(list, (p) => [String(position.get(p.need))]).values()].map((group) => ({
				need: group[0]!.need,
				practices: [...new Set(group.map((g) => g.practice))],
			})),
		]),
	);
	return {
		items,
		byMunicipality: groupBy(items, (n) => [n.municipality]),
		byEntry: groupBy(items, (n) => [n.entry.id]),
		answers,
		helpsWith,
	};
});
