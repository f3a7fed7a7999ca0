import { describe, expect, it } from 'vitest';
import { relatedPractices, type Relatable } from '../../src/lib/related.ts';

const make = (id: string, topics: string[], municipalities: string[], related: string[] = []): Relatable => ({
	id,
	topics,
	municipalities,
	entry: { data: { related } },
});

const a = make('a/one', ['tos', 'zhkh'], ['a'], ['c/three']);
const b = make('b/two', ['tos'], ['b']);
const c = make('c/three', ['dorogi'], ['c']);
const d = make('a/four', ['zhkh'], ['a']);
const e = make('e/five', ['ozelenenie'], ['e']);
const all = [a, b, c, d, e];
const byId = new Map(all.map((p) => [p.id, p]));
const byTopic = new Map<string, Relatable[]>();
for (const p of all) for (const t of p.topics) byTopic.set(t, [...(byTopic.get(t) ?? []), p]);

describe('relatedPractices', () => {
	it('puts hand-picked practices first, then those sharing the main topic', () => {
		expect(relatedPractices(a, byId, byTopic, 3).map((p) => p.id)).toEqual(['c/three', 'b/two', 'a/four']);
	});
	it('never returns the practice itself or practices with nothing in common', () => {
		const ids = relatedPractices(b, byId, byTopic, 10).map((p) => p.id);
		expect(ids).not.toContain('b/two');
		expect(ids).not.toContain('e/five');
	});
});
