// Build benchmark on a synthetic corpus: `npm run bench -- --entries 1000` (also 5000, 20000, 50000).
// Generates realistic content in a temporary folder, builds it with the production pipeline
// (validation, Astro, Pagefind) and prints wall time, ms per entry, peak RSS, dist and index size,
// and the bytes a first query transfers. Nothing here is a test: it only prints figures.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { COLLECTIONS } from '../src/schemas/common.ts';
import { readContentFiles } from '../src/lib/content-files.ts';
import { PRACTICE_SECTIONS } from '../src/lib/practice-sections.ts';
import { createStaticServer, listen } from '../src/lib/static-server.ts';

const { values } = parseArgs({ options: { entries: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const N = Number(values.entries);
const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), `practices-bench-${N}-`));
const content = join(work, 'content');

// A deterministic pseudo-random sequence, so every run builds the same corpus.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
/** Zipf-like choice: a few topics and regions are much more common than the rest, as in real data. */
const zipf = <T>(list: readonly T[]): T => list[Math.min(list.length - 1, Math.floor(list.length * random() ** 2.2))] as T;

// Real text to recombine: every sentence of the real practices, so word forms and length are Russian and realistic.
const real = readContentFiles(join(root, 'content/'), COLLECTIONS);
const sentences = real
	.filter((f) => f.collection === 'practices')
	.flatMap((f) => f.body.replace(/^##.*$/gm, '').split(/(?<=[.!?])\s+/))
	.map((s) => s.replace(/\s+/g, ' ').trim())
	.filter((s) => s.length > 40 && !s.startsWith('|') && !s.startsWith('-'));
const titles = real.filter((f) => f.collection === 'practices').map((f) => String((f.data as { title: string }).title).replace(/[«»"]/g, ''));
const topics = real.filter((f) => f.collection === 'topics').map((f) => f.id);
const sources = real.filter((f) => f.collection === 'sources').map((f) => f.id);
const regions = real.filter((f) => f.collection === 'regions').map((f) => f.id);
const kinds = ['городской округ', 'муниципальный район', 'муниципальный округ', 'городское поселение', 'сельское поселение', 'сельское поселение', 'сельское поселение'];
const units = [['заявок', 'поступило заявок'], ['человек', 'приняли участие'], ['проектов', 'реализовано проектов'], ['мероприятий', 'проведено мероприятий']] as const;

// Everything but practices and municipalities is copied; municipalities are generated, about one per 1.1 practices.
cpSync(join(root, 'content'), content, { recursive: true, filter: (path) => !/\/content\/(practices|municipalities)(\/|$)/.test(path) });
mkdirSync(join(content, 'municipalities'), { recursive: true });
const municipalityCount = Math.max(20, Math.round(N / 1.1));
const municipalities: string[] = [];
for (let i = 1; i <= municipalityCount; i++) {
	const id = `mo-${String(i).padStart(5, '0')}`;
	municipalities.push(id);
	writeFileSync(
		join(content, 'municipalities', `${id}.yaml`),
		stringify({ name: `Муниципальное образование № ${i}`, kind: pick(kinds), region: zipf(regions), coordinates: { lat: 45 + random() * 20, lon: 30 + random() * 110, source: 'spravochnye-dannye' }, sources: ['spravochnye-dannye'] }),
	);
}
// Needs and events point at real municipalities, which this corpus does not have.
rmSync(join(content, 'needs'), { recursive: true });
mkdirSync(join(content, 'needs'));
writeFileSync(join(content, 'needs', 'mo-00001-2024.yaml'), stringify({ municipality: 'mo-00001', year: 2024, source: sources[0], items: [{ kind: 'задача', text: 'Развивать территориальное общественное самоуправление.', topics: ['tos'] }] }));
for (const file of readdirSync(join(content, 'events'))) {
	const path = join(content, 'events', file);
	writeFileSync(path, readFileSync(path, 'utf8').replace(/^(municipality|presenters|participants):.*(\n {2}- .*)*$/gm, ''));
}

const today = new Date().toISOString().slice(0, 10);
for (let i = 1; i <= N; i++) {
	const municipality = municipalities[(i * 7919) % municipalities.length] as string;
	const chosen = [...new Set([zipf(topics), zipf(topics), zipf(topics)])].slice(0, 1 + Math.floor(random() * 3));
	const source = pick(sources);
	const year = 2015 + Math.floor(random() * 10);
	const [unit, measure] = pick(units);
	const body = PRACTICE_SECTIONS.map((section) => {
		const paragraph = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(sentences)).join(' ');
		const callout = section === 'Как повторить' && random() < 0.1 ? `\n\n<Callout title="Важно">\n${pick(sentences)}\n</Callout>` : '';
		return `## ${section}\n\n${paragraph}${callout}\n`;
	}).join('\n');
	const frontmatter = {
		title: `${pick(titles)} (${i})`,
		summary: `${pick(sentences)}`.slice(0, 380).padEnd(60, ' —'),
		municipalities: [municipality],
		topics: chosen,
		tags: Array.from({ length: 3 }, () => pick(sentences).split(' ').filter((w) => w.length > 5)[0] ?? 'практика'),
		status: pick(['действует', 'действует', 'завершена', 'пилот']),
		period: { start: String(year) },
		results: [{ measure, value: Math.floor(random() * 10000), unit, year, source }],
		sources: [{ source }],
		lastConfirmed: today,
	};
	mkdirSync(join(content, 'practices', municipality), { recursive: true });
	writeFileSync(join(content, 'practices', municipality, `praktika-${i}.mdx`), `---\n${stringify(frontmatter)}---\n\n${body}`);
}

function sizeOf(path: string): number {
	const stat = statSync(path);
	return stat.isDirectory() ? readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0) : stat.size;
}

/** Runs the production build and samples its peak resident memory (VmHWM) from /proc. */
function build(): Promise<{ ms: number; peakMb: number; code: number | null }> {
	const started = performance.now();
	const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist')], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache') },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	let peakKb = 0;
	const sample = setInterval(() => {
		try {
			const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
			if (hwm) peakKb = Math.max(peakKb, Number(hwm));
		} catch {}
	}, 100);
	return new Promise((resolve) =>
		child.on('exit', (code) => {
			clearInterval(sample);
			resolve({ ms: performance.now() - started, peakMb: peakKb / 1024, code });
		}),
	);
}

console.log(`Корпус: ${N} практик, ${municipalityCount} муниципалитетов, в ${work}`);
const result = await build();
if (result.code !== 0) {
	console.error(`Сборка завершилась с кодом ${result.code}`);
	process.exit(1);
}
const dist = join(work, 'dist');
const pages = readdirSync(join(dist, 'practices'), { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;

// Bytes the first query fetches: Pagefind in Node over loopback, counting every response.
const server = createStaticServer(dist);
const url = await listen(server, 0);
let fetched = 0;
const realFetch = globalThis.fetch;
globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
	const response = await realFetch(...args);
	const body = await response.clone().arrayBuffer();
	fetched += body.byteLength;
	return response;
};
const pagefind = await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href);
await pagefind.options({ basePath: `${url}pagefind/` });
const found = await pagefind.search('праздник во дворе');
await Promise.all(found.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
server.close();

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`Время сборки: ${(result.ms / 1000).toFixed(1)} с (${(result.ms / N).toFixed(1)} мс на практику)`);
console.log(`Пиковая память (RSS процесса Astro): ${result.peakMb.toFixed(0)} MB`);
console.log(`dist/: ${mb(sizeOf(dist))}, страниц в practices/: ${pages}; индекс Pagefind: ${mb(sizeOf(join(dist, 'pagefind')))}`);
console.log(`Первый запрос «праздник во дворе»: ${(fetched / 1024).toFixed(1)} KB (с WASM и метаданными индекса), результатов: ${found.results.length}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
