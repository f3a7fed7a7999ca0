import type { Server } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, listen } from '../../src/lib/static-server.ts';
// The same relaxation the search page runs in the browser.
import { relaxedSearch } from '../../public/search/engine/relax.js';
import { QUERY_TABLE } from './queries.ts';
import { topPractices } from './top-practices.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
let server: Server;
let search: (term: string) => Promise<string[]>;

beforeAll(async () => {
	server = createStaticServer(dist);
	const url = await listen(server, 0);
	const pagefind = await import(pathToFileURL(`${dist}pagefind/pagefind.js`).href);
	await pagefind.options({ basePath: `${url}pagefind/` });
	search = async (term) => topPractices(await relaxedSearch(pagefind.search, term));
});
afterAll(() => new Promise<void>((done) => server?.close(() => done())));

describe('search over the built index', () => {
	it.each(QUERY_TABLE)('«%s» finds %s in the top 3', async (query, expected) => {
		expect(await search(query)).toContain(expected);
	});

	it('treats ё and е alike', async () => {
		expect(await search('волонтёры')).toEqual(await search('волонтеры'));
		expect((await search('волонтёры')).length).toBeGreaterThan(0);
	});

	it('keeps listing pages, navigation and footers out of the index', async () => {
		for (const chrome of ['Перейти к содержанию', 'Каталог практик', 'собирается ассоциациями']) {
			const hits = await search(`"${chrome}"`);
			expect(hits, chrome).toEqual([]);
		}
	});
});
