import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planImport } from '../../../src/import/import-registry.ts';
import { readCsv } from '../../../src/import/read-spreadsheet.ts';
import { realFiles, siteCsv } from './site-csv.ts';

const files = realFiles();
const practices = files.filter((f) => f.collection === 'practices' && !f.draft);
const base = files.filter((f) => f.collection !== 'practices');
const csv = siteCsv(files);
const plan = planImport(readCsv(csv, 'practices.csv'), base);
const frontmatter = (text: string) => parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;

describe('round trip: the site’s own practices.csv imported into a base without practices', () => {
	it('gives one draft per practice, in the practice’s own folder and under its own name', () => {
		expect(plan.refused).toEqual([]);
		expect(plan.twins).toEqual([]);
		expect(plan.written.map((w) => w.path).sort()).toEqual(
			practices.map((p) => `practices/${p.id.replace(/\/([^/]+)$/, '/_$1')}.mdx`).sort(),
		);
	});

	it.each(practices.map((p) => [p.id, p] as const))(
		'gives back the title, municipalities, topics, status and results of %s',
		(id, practice) => {
			const written = plan.written.find((w) => w.path === `practices/${id.replace('/', '/_')}.mdx`);
			const draft = frontmatter(written!.text);
			const original = practice.data as Record<string, unknown>;
			expect(draft['title']).toBe(original['title']);
			expect(draft['municipalities']).toEqual(original['municipalities']);
			expect(draft['topics']).toEqual(original['topics']);
			expect(draft['status']).toBe(original['status']);
			expect(draft['statusAsOf']).toBe(original['statusAsOf']);
			expect(draft['summary']).toBe(original['summary']);
			expect(draft['period']).toEqual(original['period']);
			const figures = (list: unknown) =>
				((list as Record<string, unknown>[] | undefined) ?? []).map(
					({ source: _source, qualifier = 'точно', planned = false, ...rest }) => ({ ...rest, qualifier, planned }),
				);
			expect(figures(draft['results'])).toEqual(figures(original['results']));
			// Which source a figure comes from is not in the CSV: it is filled in only when the practice has one source.
			const sources = (original['sources'] as { source: string }[]).map((s) => s.source);
			for (const result of (draft['results'] as { source?: string }[] | undefined) ?? [])
				expect(result.source).toBe(sources.length === 1 ? sources[0] : undefined);
			expect((draft['sources'] as { source: string }[]).map((s) => s.source)).toEqual(sources);
		},
	);
});
