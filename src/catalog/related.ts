import { memoize } from '../site/memo.ts';
import { roughStems } from '../site/russian-words.ts';

/** What related-practice ranking needs of a practice. */
export interface Relatable {
	id: string;
	topics: readonly string[];
	municipalities: readonly string[];
	entry: { data: { related: readonly string[]; title: string; summary: string; tags: readonly string[] } };
}

/** Words shared by title, summary and tags count this much each, up to `MAX_SHARED_WORDS`: less than a shared topic. */
const WORD_WEIGHT = 0.25;
const MAX_SHARED_WORDS = 6;

/** Candidates kept per topic combination and per municipality: enough to fill «Похожие практики» many times over. */
const CANDIDATES_PER_KEY = 24;
/** Topic combinations are indexed up to this size; a practice rarely has more topics than that. */
const MAX_COMBINATION = 3;

/** Every non-empty combination of up to `MAX_COMBINATION` topics, as sorted keys. */
function combinations(topics: readonly string[]): string[] {
	const sorted = [...new Set(topics)].sort();
	const keys: string[] = [];
	const walk = (start: number, chosen: string[]) => {
		if (chosen.length) keys.push(chosen.join('+'));
		if (chosen.length === MAX_COMBINATION) return;
		for (let i = start; i < sorted.length; i++) walk(i + 1, [...chosen, sorted[i] as string]);
	};
	walk(0, []);
	return keys;
}

/**
 * «Похожие практики» for a whole corpus. The hand-picked `related` come first, then others that share
 * the most topics (the main topic counting double), then the same municipality and the most words of
 * title, summary and tags, newer first on a tie.
 *
 * Scoring every practice against every other would cost N² at 20,000 entries. Instead the index keeps,
 * for each combination of topics and each municipality, the first few practices in corpus order (newest
 * first), and scores only those. A practice that shares two or three topics competes only with the few
 * that share the same combination, so it is found however many share just one. Building costs N times the number of combinations;
 * a query costs a few hundred scores, whatever the size of the corpus.
 */
export class RelatedIndex<T extends Relatable> {
	readonly #byId = new Map<string, T>();
	readonly #position = new Map<T, number>();
	readonly #candidates = new Map<string, T[]>();
	readonly #stems = new Map<T, Set<string>>();

	constructor(items: readonly T[]) {
		const add = (key: string, item: T) => {
			const list = this.#candidates.get(key);
			if (!list) this.#candidates.set(key, [item]);
			else if (list.length < CANDIDATES_PER_KEY + 1) list.push(item);
		};
		for (const [position, item] of items.entries()) {
			this.#byId.set(item.id, item);
			this.#position.set(item, position);
			for (const key of combinations(item.topics)) add(`t:${key}`, item);
			for (const municipality of item.municipalities) add(`m:${municipality}`, item);
		}
	}

	/** Up to `limit` practices to show beside `practice`. */
	related(practice: T, limit: number): T[] {
		const chosen: T[] = [];
		for (const id of practice.entry.data.related) {
			const hit = this.#byId.get(id);
			if (hit && hit.id !== practice.id && !chosen.includes(hit)) chosen.push(hit);
		}
		if (chosen.length >= limit) return chosen.slice(0, limit);
		const candidates = new Set<T>();
		for (const key of combinations(practice.topics))
			for (const other of this.#candidates.get(`t:${key}`) ?? []) candidates.add(other);
		for (const municipality of practice.municipalities)
			for (const other of this.#candidates.get(`m:${municipality}`) ?? []) candidates.add(other);
		candidates.delete(practice);
		for (const other of chosen) candidates.delete(other);

		const scored: { other: T; score: number }[] = [];
		for (const other of candidates) {
			let score = 0;
			for (const [index, topic] of practice.topics.entries()) {
				if (other.topics.includes(topic)) score += (index === 0 ? 2 : 1) + (other.topics[0] === topic ? 1 : 0);
			}
			if (score === 0) continue;
			if (other.municipalities.some((m) => practice.municipalities.includes(m))) score += 0.5;
			scored.push({ other, score });
		}
		// Shared words add at most MAX_SHARED_WORDS × WORD_WEIGHT, so only candidates that close enough to
		// the places on offer can change the outcome; the words of the rest are never compared.
		const places = limit - chosen.length;
		const cut = (scored.map((s) => s.score).sort((a, b) => b - a)[places - 1] ?? 0) - MAX_SHARED_WORDS * WORD_WEIGHT;
		const own = this.#stemsOf(practice);
		for (const entry of scored) {
			if (entry.score < cut) continue;
			let shared = 0;
			for (const stem of this.#stemsOf(entry.other)) if (own.has(stem) && ++shared === MAX_SHARED_WORDS) break;
			entry.score += shared * WORD_WEIGHT;
		}
		scored.sort((a, b) => b.score - a.score || (this.#position.get(a.other) ?? 0) - (this.#position.get(b.other) ?? 0));
		return [...chosen, ...scored.map((s) => s.other)].slice(0, limit);
	}

	/** Rough stems of a practice's title, summary and tags, computed once. */
	#stemsOf(practice: T): Set<string> {
		let value = this.#stems.get(practice);
		if (!value) {
			const { title, summary, tags } = practice.entry.data;
			this.#stems.set(practice, (value = new Set(roughStems([title, summary, ...tags].join(' ')).keys())));
		}
		return value;
	}
}

const indexOf = memoize((items: readonly Relatable[]) => new RelatedIndex(items));

/** The related-practice index of a corpus, built on first use and shared by every page of a build. */
export function relatedIndex<T extends Relatable>(items: readonly T[]): RelatedIndex<T> {
	return indexOf(items) as RelatedIndex<T>;
}
