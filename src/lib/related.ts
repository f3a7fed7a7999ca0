/** What related-practice ranking needs of a practice. */
export interface Relatable {
	id: string;
	topics: readonly string[];
	municipalities: readonly string[];
	entry: { data: { related: readonly string[] } };
}

/**
 * Practices to show under «Похожие практики»: the hand-picked `related` first, then others that share
 * the most topics (the main topic counting double), then the same municipality. Looks only at practices
 * that share a topic, through the prebuilt topic index, so the cost does not grow with the whole corpus.
 */
export function relatedPractices<T extends Relatable>(
	practice: T,
	byId: ReadonlyMap<string, T>,
	byTopic: ReadonlyMap<string, readonly T[]>,
	limit: number,
): T[] {
	const chosen: T[] = [];
	for (const id of practice.entry.data.related) {
		const hit = byId.get(id);
		if (hit && hit.id !== practice.id) chosen.push(hit);
	}
	const scores = new Map<T, number>();
	for (const [index, topic] of practice.topics.entries()) {
		for (const other of byTopic.get(topic) ?? []) {
			if (other.id === practice.id) continue;
			const weight = (index === 0 ? 2 : 1) + (other.topics[0] === topic ? 1 : 0);
			scores.set(other, (scores.get(other) ?? 0) + weight);
		}
	}
	for (const [other, score] of scores) {
		if (other.municipalities.some((m) => practice.municipalities.includes(m))) scores.set(other, score + 0.5);
	}
	const ranked = [...scores.entries()]
		.filter(([other]) => !chosen.includes(other))
		.sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id))
		.map(([other]) => other);
	return [...chosen, ...ranked].slice(0, limit);
}
