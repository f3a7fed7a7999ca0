import { distance } from 'fastest-levenshtein';

/** Edit distance between two strings (Levenshtein), case-insensitive. */
export const editDistance = (a: string, b: string): number => distance(a.toLowerCase(), b.toLowerCase());

/**
 * The candidates a mistyped value most likely meant, if any is close enough: those nearest in edits, within
 * a third of its length (at least 2); else the only candidate that contains it or is contained in it.
 * Several only when they are equally near: «lng» is as near «lat» as «lon».
 */
export function closestAll(value: string, candidates: Iterable<string>): string[] {
	const list = [...new Set(candidates)];
	const distances = list.map((candidate) => editDistance(value, candidate));
	const best = Math.min(...distances);
	if (best <= Math.max(2, Math.ceil(value.length / 3))) return list.filter((_, i) => distances[i] === best);
	const containing = list.filter((c) => value.length >= 3 && (c.includes(value) || value.includes(c)));
	return containing.length === 1 ? containing : [];
}

/** The candidate a mistyped value most likely meant, if one is close enough (the first of `closestAll`). */
export const closest = (value: string, candidates: Iterable<string>): string | undefined =>
	closestAll(value, candidates)[0];

/** «; возможно, вы имели в виду «x»» (or «x» или «y», when two or three are equally near), or nothing. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
	const hits = closestAll(value, candidates);
	return hits.length === 0 || hits.length > 3
		? ''
		: `; возможно, вы имели в виду ${hits.map((hit) => `«${hit}»`).join(' или ')}`;
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
