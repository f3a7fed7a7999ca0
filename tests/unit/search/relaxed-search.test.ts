import { describe, expect, it } from 'vitest';
import { MIN_RESULTS, relaxedSearch, withSharedStems } from '../../../src/search/engine/relaxed-search.ts';
import { stem, words as queryWords } from '../../../src/site/russian-words.ts';
import { LEMMAS } from '../../../scripts/lib/search-queries.ts';

/**
 * A fake Pagefind over documents given as word lists: a page matches when it has every word. With
 * `leavesOutUnknown`, as Pagefind does, a word no page holds is left out, and no word left finds nothing.
 */
function fakeSearch(pages: Record<string, string[]>, { leavesOutUnknown = false } = {}) {
	const calls: string[] = [];
	const known = new Set(Object.values(pages).flat());
	const search = async (term: string | null) => {
		calls.push(term ?? '');
		const words = queryWords(term ?? '')
			.map((w) => w.toLowerCase())
			.filter((w) => !leavesOutUnknown || known.has(w));
		if (words.length === 0) return { results: [], filters: {}, unfilteredResultCount: 0 };
		const results = Object.entries(pages)
			.filter(([, text]) => words.every((w) => text.includes(w)))
			.map(([id, text]) => ({
				id,
				score: text.length,
				data: async () => ({ url: `/${id}/`, filters: { Тема: [id.slice(0, 1)] } }),
			}));
		return { results, filters: {}, unfilteredResultCount: results.length };
	};
	return { search, calls };
}

describe('relaxedSearch', () => {
	it('leaves a query that finds enough untouched', async () => {
		const pages = Object.fromEntries(Array.from({ length: MIN_RESULTS }, (_, i) => [`p${i}`, ['двор']]));
		const { search, calls } = fakeSearch(pages);
		const response = await relaxedSearch(search, 'двор');
		expect(response?.relaxed).toBeUndefined();
		expect(calls).toEqual(['двор']);
	});

	it('finds nothing when no page holds any word but the function words', async () => {
		const pages = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`p${i}`, ['на', 'двор']]));
		const { search } = fakeSearch(pages, { leavesOutUnknown: true });
		expect((await search('жирафы на луне')).results).toHaveLength(5);
		expect((await relaxedSearch(search, 'жирафы на луне'))?.results).toEqual([]);
		// A real word beside the function word still finds its pages.
		expect((await relaxedSearch(search, 'на двор'))?.results).toHaveLength(5);
	});

	it('drops function words, then ranks pages by how many words they contain', async () => {
		const { search } = fakeSearch({
			a: ['праздник'],
			b: ['праздник', 'двор'],
			c: ['двор'],
			d: ['другое'],
		});
		const response = await relaxedSearch(search, 'как провести праздник во двор');
		expect(response?.results.map((r) => r.id)).toEqual(['b', 'a', 'c']);
		expect(response?.relaxed).toEqual({ words: ['провести', 'праздник', 'двор'], dropped: ['как', 'во'], exact: 0 });
	});

	it('keeps pages with every word first when there are a few', async () => {
		const { search } = fakeSearch({
			full: ['гранты', 'для', 'нко'],
			part: ['гранты'],
			other: ['нко', 'гранты', 'палата'],
		});
		const response = await relaxedSearch(search, 'гранты для НКО');
		expect(response?.results[0]?.id).toBe('full');
		expect(response?.results.map((r) => r.id)).toContain('part');
		expect(response?.relaxed?.exact).toBe(1);
		expect(response?.relaxed?.words).toEqual(['гранты', 'НКО']);
	});

	it('counts filter values over the merged results', async () => {
		const { search } = fakeSearch({ a1: ['праздник'], b1: ['двор'] });
		const response = await relaxedSearch(search, 'праздник двор');
		expect(response?.filters).toEqual({ Тема: { a: 1, b: 1 } });
	});

	it('does not relax a quoted phrase or a single word', async () => {
		const { search, calls } = fakeSearch({ a: ['праздник'] });
		await relaxedSearch(search, '"праздник во дворе"');
		await relaxedSearch(search, 'двор');
		expect(calls).toEqual(['"праздник во дворе"', 'двор']);
	});

	it('returns the plain response when relaxing adds nothing', async () => {
		const { search } = fakeSearch({ a: ['тос'] });
		const response = await relaxedSearch(search, 'ТОС жирафы');
		expect(response?.relaxed).toBeDefined();
		const none = await relaxedSearch(fakeSearch({}).search, 'жирафы слоны');
		expect(none?.relaxed).toBeUndefined();
		expect(none?.results).toEqual([]);
	});
});

describe('withSharedStems', () => {
	it('searches an adjective in «-ый» or «-ой», with or without й, in its plural, whose stem all its forms share', () => {
		expect(withSharedStems('народный совет')).toBe('народные совет');
		expect(withSharedStems('Городской ФОРУМ')).toBe('Городскые ФОРУМ');
		expect(withSharedStems('общественной палаты')).toBe('общественные палаты');
		expect(withSharedStems('зеленыи двор')).toBe('зеленые двор');
	});

	it('searches a noun in «-ив-» without its ending, which its genitive plural lacks', () => {
		expect(withSharedStems('инициатива жителей')).toBe('инициатив жителей');
		expect(withSharedStems('перспективы')).toBe('перспектив');
	});

	it('leaves short words and other endings as typed', () => {
		for (const term of ['край', 'мой двор', 'слива', 'музей', 'Красноярский край', 'синий', 'ТОС'])
			expect(withSharedStems(term)).toBe(term);
	});

	it('is what Pagefind is asked, except inside a quoted phrase', async () => {
		const { search, calls } = fakeSearch({ a: ['народные', 'праздники'], b: ['народные'], c: ['народные'] });
		await relaxedSearch(search, 'народный');
		await relaxedSearch(search, '"народный праздник"');
		expect(calls).toEqual(['народные', '"народный праздник"']);
	});
});

describe('dictionary forms against the Snowball stemmer Pagefind uses', () => {
	// Pagefind (≥ 1.5) folds й into и and ё into е before its Russian stemmer, and finds an indexed word whose stem the query's stem begins.
	const pagefindStem = (word: string) => stem(word.replace(/й/g, 'и'));
	const finds = (query: string, form: string) => pagefindStem(form).startsWith(pagefindStem(query));

	it.each(LEMMAS.map(([lemma, ...forms]) => [lemma, forms] as const))(
		'«%s» is asked in a form whose stem every form of it begins with',
		(lemma, forms) => {
			const asked = withSharedStems(lemma);
			expect(forms.filter((form) => !finds(asked, form))).toEqual([]);
		},
	);

	it('would miss forms of an adjective asked as typed, which is why it is rewritten', () => {
		expect(finds('народный', 'народных')).toBe(false);
		expect(finds('инициатива', 'инициатив')).toBe(false);
	});
});
