/** Words of a title without quotes, punctuation and letter case; ё as е. */
function normalise(title: string): string {
	return title
		.toLowerCase()
		.replace(/ё/g, 'е')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function trigrams(text: string): Map<string, number> {
	const padded = `  ${text} `;
	const grams = new Map<string, number>();
	for (let i = 0; i < padded.length - 2; i++) {
		const gram = padded.slice(i, i + 3);
		grams.set(gram, (grams.get(gram) ?? 0) + 1);
	}
	return grams;
}

/** How alike two titles are, from 0 to 1 (Dice coefficient over letter trigrams). */
export function titleSimilarity(a: string, b: string): number {
	const x = trigrams(normalise(a));
	const y = trigrams(normalise(b));
	let shared = 0;
	let total = 0;
	for (const [gram, count] of x) {
		shared += Math.min(count, y.get(gram) ?? 0);
		total += count;
	}
	for (const count of y.values()) total += count;
	return total === 0 ? 0 : (2 * shared) / total;
}
