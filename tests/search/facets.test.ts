import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, listen } from '../../scripts/lib/static-server.ts';
// The same narrowing and counting the search page runs in the browser.
import { decodeFacets, FACETS_FILE, narrow, type Facets } from '../../src/search/engine/facet-index.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
let server: Server;
let pagefind: {
	search: (
		term: string | null,
		options?: object,
	) => Promise<{ results: { id: string; score: number }[]; filters: unknown; totalFilters: unknown }>;
};
let facets: Facets;

beforeAll(async () => {
	server = createStaticServer(dist);
	const url = await listen(server, 0);
	pagefind = await import(pathToFileURL(`${dist}pagefind/pagefind.js`).href);
	const api = pagefind as unknown as { options: (o: object) => Promise<void>; filters: () => Promise<unknown> };
	await api.options({ basePath: `${url}pagefind/` });
	// Pagefind counts the filters it has loaded: all of them, to compare every count.
	await api.filters();
	facets = decodeFacets(JSON.parse(readFileSync(`${dist}pagefind/${FACETS_FILE}`, 'utf8')));
});
afterAll(() => new Promise<void>((done) => server?.close(() => done())));

const CASES: [string | null, Record<string, unknown>][] = [
	['жителей', {}],
	['жителей', { Тема: ['Обратная связь и обращения жителей'] }],
	['практика', { Регион: ['Липецкая область'] }],
	['практика', { Тема: ['Благоустройство и городская среда', 'Поддержка инициатив жителей'] }],
	['практика', { Регион: { any: ['Липецкая область', 'Красноярский край'] }, Статус: ['действует'] }],
	['практика', { Регион: { none: ['Липецкая область'] } }],
	[null, { Статус: ['действует'] }],
];

describe('facets narrowed and counted from the facet file', () => {
	it.each(CASES)('«%s» with %j: the results and counts Pagefind gives with its own filters', async (term, filters) => {
		const theirs = await pagefind.search(term, { filters });
		const ours = narrow(await pagefind.search(term), filters, facets);
		// The same pages with the same scores in the same order; Pagefind orders pages of equal score as it happens to.
		expect(ours.results.map((r) => r.score)).toEqual(theirs.results.map((r) => r.score));
		expect(ours.results.map((r) => r.id).sort()).toEqual(theirs.results.map((r) => r.id).sort());
		expect(ours.filters).toEqual(theirs.filters);
		expect(ours.totalFilters).toEqual(theirs.totalFilters);
	});

	it('has every indexed page', async () => {
		const all = await pagefind.search(null);
		expect(all.results.length).toBeGreaterThan(0);
		expect(all.results.filter((r) => !facets.pages.has(r.id))).toEqual([]);
	});
});
