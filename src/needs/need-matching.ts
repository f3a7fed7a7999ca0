import { roughStems } from '../site/russian-words.ts';

/**
 * Needs → practices: which practices of *other* municipalities answer what a municipality says it
 * needs (a task for the year, help wanted, a topic for exchange or training). A practice is ranked by
 * the topics it shares with the need, the words it shares with the need's text, and how alike the two
 * municipalities are; each answer carries its reasons in words, so a reader sees why it is there.
 */

/** What matching needs of a need. */
export interface NeedLike {
	municipality: string;
	text: string;
	topics: readonly string[];
}

/** What matching needs of a practice. */
export interface PracticeLike {
	id: string;
	topics: readonly string[];
	municipalities: readonly string[];
	/** Municipality, region or association that runs it. */
	owner: string;
	/** Title, summary and tags: the words a need is compared with. */
	words: string;
}

/** What matching needs of a municipality: enough to say whether two are alike. */
export interface PlaceLike {
	kind: string;
	federalDistrict?: string | undefined;
	/** «Сибирский федеральный округ», for the reason in words. */
	districtName?: string | undefined;
	population?: number | undefined;
}

export interface Answer<P> {
	practice: P;
	score: number;
	/** Why it answers the need, in Russian: «та же тема: ТОС», «похожий муниципалитет: городской округ». */
	reasons: string[];
}

/** Answers shown per need. */
export const ANSWERS_PER_NEED = 3;
/** Practices looked at per topic of a need: the newest, so the cost does not grow with the corpus. */
const CANDIDATES_PER_TOPIC = 300;

/** How alike two municipalities are (0–2), with the reason in words; nothing if they are not. */
function likeness(a: PlaceLike | undefined, b: PlaceLike | undefined): { score: number; reason?: string } {
	if (!a || !b) return { score: 0 };
	const parts: string[] = [];
	let score = 0;
	if (a.kind === b.kind) {
		score += 1;
		parts.push(b.kind);
	}
	if (a.federalDistrict && a.federalDistrict === b.federalDistrict) {
		score += 0.5;
		if (b.districtName) parts.push(`тот же ${b.districtName}`);
	}
	if (
		a.population &&
		b.population &&
		Math.max(a.population, b.population) / Math.min(a.population, b.population) <= 3
	) {
		score += 0.5;
		parts.push('сопоставимое население');
	}
	return parts.length ? { score, reason: `похожий муниципалитет: ${parts.join(', ')}` } : { score: 0 };
}

/**
 * The practices that answer each need, best first. `byTopic` lists practices per topic, newest first;
 * `places` describes municipalities; `topicName` names topics for the reasons. A practice of the
 * need's own municipality never answers it. An answer shares a topic with the need, or at least two
 * content words.
 */
export function answerNeeds<P extends PracticeLike, N extends NeedLike>(
	needs: readonly N[],
	byTopic: ReadonlyMap<string, readonly P[]>,
	places: ReadonlyMap<string, PlaceLike>,
	topicName: (id: string) => string,
	limit = ANSWERS_PER_NEED,
): Map<N, Answer<P>[]> {
	const stemCache = new Map<P, Map<string, string>>();
	const stemsOf = (p: P) => {
		let value = stemCache.get(p);
		if (!value) stemCache.set(p, (value = roughStems(p.words)));
		return value;
	};
	const result = new Map<N, Answer<P>[]>();
	for (const need of needs) {
		const needStems = roughStems(need.text);
		const home = places.get(need.municipality);
		const candidates = new Set<P>();
		for (const topic of need.topics)
			for (const p of (byTopic.get(topic) ?? []).slice(0, CANDIDATES_PER_TOPIC)) candidates.add(p);
		const answers: Answer<P>[] = [];
		for (const practice of candidates) {
			if (practice.owner === need.municipality || practice.municipalities.includes(need.municipality)) continue;
			const shared = need.topics.filter((t) => practice.topics.includes(t));
			const words = [...stemsOf(practice).keys()]
				.filter((s) => needStems.has(s))
				.map((s) => needStems.get(s) as string);
			if (shared.length === 0 && words.length < 2) continue;
			const place = practice.municipalities
				.map((m) => likeness(home, places.get(m)))
				.sort((a, b) => b.score - a.score)[0] ?? { score: 0 };
			const reasons = [
				...(shared.length
					? [`${shared.length > 1 ? 'те же темы' : 'та же тема'}: ${shared.map(topicName).join(', ')}`]
					: []),
				...(words.length
					? [`${words.length > 1 ? 'общие слова' : 'общее слово'}: ${words.map((w) => `«${w}»`).join(', ')}`]
					: []),
				...(place.reason ? [place.reason] : []),
			];
			answers.push({ practice, score: shared.length * 2 + Math.min(words.length, 6) * 0.5 + place.score, reasons });
		}
		answers.sort((a, b) => b.score - a.score || a.practice.id.localeCompare(b.practice.id));
		result.set(need, answers.slice(0, limit));
	}
	return result;
}
