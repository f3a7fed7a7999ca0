import type { Server } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, listen } from '../../scripts/lib/static-server.ts';
// The same relaxation the search page runs in the browser.
import { relaxedSearch } from '../../src/search/engine/relaxed-search.ts';
import { LEMMAS, QUERY_TABLE } from '../../scripts/lib/search-queries.ts';
import { topPractices } from '../../scripts/lib/top-practices.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
let server: Server;
let search: (term: string) => Promise<string[]>;
/** Every page a query finds through the site's search, practice or municipality. */
let ids: (term: string) => Promise<Set<string>>;

beforeAll(async () => {
	server = createStaticServer(dist);
	const url = await listen(server, 0);
	const pagefind = await import(pathToFileURL(`${dist}pagefind/pagefind.js`).href);
	await pagefind.options({ basePath: `${url}pagefind/` });
	search = async (term) => topPractices(await relaxedSearch(pagefind.search, term));
	ids = async (term) => new Set((await relaxedSearch(pagefind.search, term))?.results.map((r) => r.id));
});
afterAll(() => new Promise<void>((done) => server?.close(() => done())));

describe('search over the built index', () => {
	it.each(QUERY_TABLE)('«%s» finds %s in the top 3', async (query, expected) => {
		expect(await search(query)).toContain(expected);
	});

	it('treats ё and е alike, in the query and in the text, both ways', async () => {
		expect(await search('волонтёры')).toEqual(await search('волонтеры'));
		expect((await search('волонтёры')).length).toBeGreaterThan(0);
		// The texts have «молодёжью» and «молодежью»: each spelling finds both.
		expect(await ids('молодежь')).toEqual(await ids('молодёжь'));
		expect((await ids('молодёжь')).size).toBeGreaterThan(1);
	});

	it('treats й and и alike, in the query and in the text, both ways', async () => {
		expect(await ids('раион')).toEqual(await ids('район'));
		expect((await ids('район')).size).toBeGreaterThan(0);
		expect(await ids('зеленыи')).toEqual(await ids('зелёный'));
		expect((await ids('зелёный')).size).toBeGreaterThan(0);
	});

	it.each(LEMMAS)('«%s» finds every page that any of its forms finds', async (lemma, ...forms) => {
		const found = await ids(lemma);
		expect(found.size).toBeGreaterThan(0);
		for (const form of forms) {
			const missing = [...(await ids(form))].filter((id) => !found.has(id));
			expect(missing, `«${form}» finds pages «${lemma}» does not`).toEqual([]);
		}
	});

	it('finds nothing for words no page holds, whatever function words come with them', async () => {
		expect((await ids('на')).size).toBeGreaterThan(0);
		expect(await ids('жирафы на луне')).toEqual(new Set());
		expect(await ids('слоны в космосе')).not.toEqual(new Set());
	});

	it('keeps listing pages, navigation and footers out of the index', async () => {
		for (const chrome of ['Перейти к содержанию', 'Каталог практик', 'собирается ассоциациями']) {
			const hits = await search(`"${chrome}"`);
			expect(hits, chrome).toEqual([]);
		}
	});
});
