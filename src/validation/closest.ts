import { distance } from 'fastest-levenshtein';

/** Edit distance between two strings (Levenshtein), case-insensitive. */
export const editDistance = (a: string, b: string): number => distance(a.toLowerCase(), b.toLowerCase());

/**
 * The candidate a mistyped value most likely meant, if one is close enough: within a third of its
 * length in edits, or the only candidate that contains it or is contained in it.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(value, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	if (best !== undefined && bestDistance <= Math.max(2, Math.ceil(value.length / 3))) return best;
	const containing = [...candidates].filter((c) => value.length >= 3 && (c.includes(value) || value.includes(c)));
	return containing.length === 1 ? containing[0] : undefined;
}

/** «; возможно, вы имели в виду «x»» or nothing. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
	const hit = closest(value, candidates);
	return hit === undefined ? '' : `; возможно, вы имели в виду «${hit}»`;
}

/**
 * The candidates nearest to a value, nearest first: at most `limit`, each within half the value's length
 * in edits (at least 3). What «not found; the closest are …» lists, where `closest` would pick one.
 */
export function nearest(value: string, candidates: Iterable<string>, limit = 3): string[] {
	const within = Math.max(3, Math.ceil(value.length / 2));
	return [...new Set(candidates)]
		.map((candidate) => ({ candidate, distance: editDistance(value, candidate) }))
		.filter((c) => c.distance <= within)
		.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate, 'ru'))
		.slice(0, limit)
		.map((c) => c.candidate);
}
