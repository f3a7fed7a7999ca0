// Search figures for the built site: `npm run bench:search` (builds first).
// Prints the index size, what a first query transfers with a cold cache, the time from typing to the
// first results in headless Chromium (median of several runs) and the hit rate of the query table.
// `npm run bench:search -- --entries 20000 [--shape concentrated]` measures a generated corpus instead
// (built by scripts/bench.ts), and `-- --dist DIR` a site already built there.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from './lib/static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.ts';
import { relaxedSearch } from '../src/search/engine/relaxed-search.ts';
import { QUERY_TABLE } from './lib/search-queries.ts';
import { topPractices } from './lib/top-practices.ts';

const RUNS = Number(process.env['RUNS'] ?? 7);
const QUERY = 'праздник во дворе';
const { values } = parseArgs({
	options: { dist: { type: 'string' }, entries: { type: 'string' }, shape: { type: 'string', default: 'uniform' } },
});
let generated: string | undefined;
if (values.entries) {
	const bench = spawnSync(
		process.execPath,
		[
			fileURLToPath(new URL('bench.ts', import.meta.url)),
			'--entries',
			values.entries,
			'--shape',
			values.shape,
			'--keep',
			'--no-stock',
		],
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
	);
	process.stdout.write(bench.stdout);
	generated = bench.stdout.match(/оставлены в (\S+)/)?.[1];
	if (bench.status !== 0 || !generated) throw new Error('сборка корпуса не удалась');
}
const realSite = !generated && !values.dist;
const dist = generated ? join(generated, 'dist') : (values.dist ?? fileURLToPath(new URL('../dist/', import.meta.url)));

function sizeOf(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		const stat = statSync(full);
		if (stat.isDirectory()) {
			const inner = sizeOf(full);
			bytes += inner.bytes;
			files += inner.files;
		} else {
			bytes += stat.size;
			files += 1;
		}
	}
	return { bytes, files };
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const server = createStaticServer(dist);
const url = await listen(server, 0);

const index = sizeOf(join(dist, 'pagefind'));
const indexOnly = ['fragment', 'index'].map((d) => sizeOf(join(dist, 'pagefind', d)));
console.log(
	`Pagefind bundle: ${kb(index.bytes)} in ${index.files} files; index chunks and fragments: ${kb(indexOnly.reduce((n, s) => n + s.bytes, 0))}`,
);

const browser = await chromium.launch({
	executablePath: await chromiumPath(),
	args: CHROMIUM_ARGS,
});

const coldBytes: number[] = [];
const coldIndexBytes: number[] = [];
const coldGzip: number[] = [];
const beforeResultsGzip: number[] = [];
const facetTimes: number[] = [];
const pageGzip: number[] = [];
const pageBytes: number[] = [];
const coldTimes: number[] = [];
const warmTimes: number[] = [];
let breakdown = '';
let pageBreakdown = '';
/** Gzip bytes by kind of file: Pagefind's index files by their kind (meta, index, fragment), others by extension. */
function byKind(list: { url: string; gzip: number }[]): string {
	const kinds = new Map<string, number>();
	for (const r of list) {
		const kind =
			r.url.match(/\.pf_(\w+)$/)?.[1] ??
			(/\/wasm\.\w+\.pagefind$/.test(r.url) ? 'wasm' : undefined) ??
			r.url.match(/\.(\w+)(?:\?.*)?$/)?.[1] ??
			'html';
		kinds.set(kind, (kinds.get(kind) ?? 0) + r.gzip);
	}
	return [...kinds]
		.sort((a, b) => b[1] - a[1])
		.map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
		.join(', ');
}
for (let run = 0; run < RUNS; run++) {
	// A new context has an empty cache: every run is a first visit.
	const context = await browser.newContext();
	const page = await context.newPage();
	// Bytes as served here, and as a host that compresses text would send them (Pagefind's index files are gzip already).
	const responses: { url: string; bytes: number; gzip: number; at: number }[] = [];
	page.on('response', async (response) => {
		const body = await response.body().catch(() => Buffer.alloc(0));
		const gzip = /\.pf_|\.pagefind$/.test(response.url()) ? body.length : Math.min(body.length, gzipSync(body).length);
		responses.push({ url: response.url(), bytes: body.length, gzip, at: Date.now() });
	});
	await page.goto(`${url}search/`, { waitUntil: 'networkidle' });
	const loaded = responses.length;
	const timeTo = async (query: string) => {
		const input = page.locator('pagefind-input input');
		await input.fill('');
		await page.waitForFunction(() => !document.querySelector('pagefind-results a'));
		const started = await page.evaluate(() => performance.now());
		await input.fill(query);
		await page.waitForFunction(() => document.querySelector('pagefind-results a'), undefined, { timeout: 120_000 });
		return (await page.evaluate(() => performance.now())) - started;
	};
	coldTimes.push(await timeTo(QUERY));
	const shownAt = Date.now();
	const typed = shownAt - coldTimes.at(-1)!;
	// Facets load after the first results (src/search/engine/pagefind-api.ts): how long until the pane offers them.
	await page.locator('pagefind-filter-pane input').first().waitFor({ state: 'attached', timeout: 120_000 });
	facetTimes.push(Date.now() - typed);
	await page.waitForLoadState('networkidle');
	beforeResultsGzip.push(
		responses
			.slice(loaded)
			.filter((r) => r.at <= shownAt)
			.reduce((n, r) => n + r.gzip, 0),
	);
	const query = responses.slice(loaded);
	coldBytes.push(query.reduce((n, r) => n + r.bytes, 0));
	// Index data proper, as opposed to Pagefind's engine (JavaScript and WebAssembly) loaded on first use.
	coldIndexBytes.push(
		query
			.filter((r) => /\.pf_(meta|index|filter|fragment)$|\/facets\.json$/.test(r.url))
			.reduce((n, r) => n + r.bytes, 0),
	);
	pageBytes.push(responses.slice(0, loaded).reduce((n, r) => n + r.bytes, 0));
	pageGzip.push(responses.slice(0, loaded).reduce((n, r) => n + r.gzip, 0));
	coldGzip.push(query.reduce((n, r) => n + r.gzip, 0));
	if (run === 0) {
		breakdown = byKind(query);
		pageBreakdown = byKind(responses.slice(0, loaded));
	}
	warmTimes.push(await timeTo('общественная палата'));
	await context.close();
}
await browser.close();

// The page starts Pagefind's engine and index metadata on load (src/pages/search.astro), so they count here.
console.log(
	`Search page before typing, cold, until the network is idle: median ${kb(median(pageBytes))} as served, ${kb(median(pageGzip))} gzip`,
);
console.log(`Before typing by kind of file, gzip: ${pageBreakdown}`);
console.log(
	`First query «${QUERY}», cold cache: median ${kb(median(coldBytes))} as served, ${kb(median(coldGzip))} gzip; of it index data (meta, chunks, facets, fragments) ${kb(median(coldIndexBytes))}, the rest Pagefind's engine (JS, WebAssembly)`,
);
console.log(`First query by kind of file, gzip: ${breakdown}`);
console.log(
	`Of the first query, before its first results were shown: median ${kb(median(beforeResultsGzip))} gzip; the rest (facet values) loads after them`,
);
console.log(
	`Typing to first results, first query: median ${median(coldTimes).toFixed(0)} ms over ${RUNS} runs (min ${Math.min(...coldTimes).toFixed(0)}, max ${Math.max(...coldTimes).toFixed(0)})`,
);
console.log(`Typing to the facet pane filled, first query: median ${median(facetTimes).toFixed(0)} ms`);
console.log(
	`Typing to first results, next query: median ${median(warmTimes).toFixed(0)} ms (includes Pagefind UI debounce)`,
);

const pagefind = await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href);
await pagefind.options({ basePath: `${url}pagefind/` });
const top3 = async (term: string, relaxed: boolean) =>
	topPractices(relaxed ? await relaxedSearch(pagefind.search, term) : await pagefind.search(term));
let relaxedHits = 0;
let plainHits = 0;
// The query table names real practices: a generated corpus has none of them.
for (const [query, expected] of realSite ? QUERY_TABLE : []) {
	if ((await top3(query, true)).includes(expected)) relaxedHits++;
	if ((await top3(query, false)).includes(expected)) plainHits++;
}
if (realSite)
	console.log(
		`Query table, expected practice in the top 3: ${relaxedHits}/${QUERY_TABLE.length} with relaxed search, ${plainHits}/${QUERY_TABLE.length} with plain Pagefind`,
	);
server.close();
if (generated) rmSync(generated, { recursive: true, force: true });
