import { describe, expect, it } from 'vitest';
import { RelatedIndex, type Relatable } from '../../../src/catalog/related.ts';

const make = (
	id: string,
	topics: string[],
	municipalities: string[],
	related: string[] = [],
	title = id,
): Relatable => ({
	id,
	topics,
	municipalities,
	entry: { data: { related, title, summary: '', tags: [] } },
});

const a = make('a/one', ['tos', 'zhkh'], ['a'], ['c/three']);
const b = make('b/two', ['tos'], ['b']);
const c = make('c/three', ['dorogi'], ['c']);
const d = make('a/four', ['zhkh'], ['a']);
const e = make('e/five', ['ozelenenie'], ['e']);
const all = [a, b, c, d, e];
const index = new RelatedIndex(all);

describe('relatedPractices', () => {
	it('puts hand-picked practices first, then those sharing the main topic', () => {
		expect(index.related(a, 3).map((p) => p.id)).toEqual(['c/three', 'b/two', 'a/four']);
	});
	it('never returns the practice itself or practices with nothing in common', () => {
		const ids = index.related(b, 10).map((p) => p.id);
		expect(ids).not.toContain('b/two');
		expect(ids).not.toContain('e/five');
	});
	it('finds the practice sharing the most topics among thousands sharing one', () => {
		// Newest first: 5,000 newer practices share only «tos»; the one sharing «tos» and «zhkh» is the oldest.
		const crowd = Array.from({ length: 5000 }, (_, i) => make(`x/${i}`, ['tos'], [`m${i}`]));
		const twin = make('y/twin', ['zhkh', 'tos'], ['y']);
		const big = new RelatedIndex([a, ...crowd, twin]);
		const ids = big.related(a, 4).map((p) => p.id);
		expect(ids).toEqual(['y/twin', 'x/0', 'x/1', 'x/2']);
	});
	it('prefers, among practices sharing the same topics, the one whose title shares words', () => {
		const nko = make('x/nko', ['nko'], ['x'], [], 'Поддержка некоммерческих организаций');
		const other = make('y/other', ['nko'], ['y'], [], 'Конкурс дворовых праздников');
		const alike = make('z/alike', ['nko'], ['z'], [], 'Ресурсный центр поддержки некоммерческих организаций');
		expect(new RelatedIndex([nko, other, alike]).related(nko, 2).map((p) => p.id)).toEqual(['z/alike', 'y/other']);
	});
});
