import { normalise, words } from '../site/russian-words.ts';

/** Words of a title without quotes, punctuation and letter case; ё as е. */
function titleWords(title: string): string {
	return words(normalise(title)).join(' ');
}

/**
 * Letter trigrams of a title as a set of tokens: a trigram that occurs twice gives `abc#1` and `abc#2`,
 * so the size of an intersection of two sets is the multiset overlap of their trigrams.
 */
function trigramTokens(title: string): string[] {
	const padded = `  ${titleWords(title)} `;
	const seen = new Map<string, number>();
	const tokens: string[] = [];
	for (let i = 0; i < padded.length - 2; i++) {
		const gram = padded.slice(i, i + 3);
		const n = (seen.get(gram) ?? 0) + 1;
		seen.set(gram, n);
		tokens.push(`${gram}#${n}`);
	}
	return tokens;
}

function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
	const total = x.size + y.size;
	if (total === 0) return 0;
	const [small, large] = x.size <= y.size ? [x, y] : [y, x];
	let shared = 0;
	for (const token of small) if (large.has(token)) shared++;
	return (2 * shared) / total;
}

/** How alike two titles are, from 0 to 1 (Dice coefficient over letter trigrams). */
export function titleSimilarity(a: string, b: string): number {
	return dice(new Set(trigramTokens(a)), new Set(trigramTokens(b)));
}

/**
 * For each title of a list, the first earlier title at least `threshold` alike (Dice over trigrams),
 * or `undefined`. Compares only titles that share one of their rarest trigrams (prefix filtering of a
 * similarity join), so a municipality with thousands of practices costs about as many comparisons as
 * it has titles, not the square of that. Hand-made: the string-similarity packages compare two strings;
 * none does the join, which is what keeps a concentrated corpus from going quadratic.
 */
export function firstLookAlikes(titles: readonly string[], threshold: number): (number | undefined)[] {
	const tokens = titles.map(trigramTokens);
	const frequency = new Map<string, number>();
	for (const list of tokens) for (const t of list) frequency.set(t, (frequency.get(t) ?? 0) + 1);
	// Rarest first, ties by text, so every title orders its trigrams the same way.
	const order = (a: string, b: string) =>
		(frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
	const sets = tokens.map((list) => new Set(list));
	// Dice ≥ d means Jaccard ≥ d / (2 − d); two sets that alike share a token among the first
	// |x| − ⌈j·|x|⌉ + 1 of each (in the common order).
	const jaccard = threshold / (2 - threshold);
	const index = new Map<string, number[]>();
	return tokens.map((list, i) => {
		const prefix = [...new Set(list)].sort(order).slice(0, list.length - Math.ceil(jaccard * list.length) + 1);
		const seen = new Set<number>();
		let found: number | undefined;
		for (const token of prefix) {
			for (const j of index.get(token) ?? []) {
				if (found !== undefined && j >= found) break;
				if (seen.has(j)) continue;
				seen.add(j);
				if (dice(sets[i] as Set<string>, sets[j] as Set<string>) >= threshold)
					found = found === undefined ? j : Math.min(found, j);
			}
		}
		for (const token of prefix) {
			const list = index.get(token);
			if (list) list.push(i);
			else index.set(token, [i]);
		}
		return found;
	});
}
