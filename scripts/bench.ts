// Build benchmark on a synthetic corpus: `npm run bench -- --entries 1000` (also 5000, 20000, 50000).
//   --shape uniform        practices spread over about N/1.1 municipalities (the default);
//   --shape concentrated   the same number over a few owners, as a regional bank or a big city has:
//                          40 % in one municipality, 20 % in a region's folder, the rest over 8 more;
//   --rebuild              then builds again unchanged and after editing one practice, as a curator would;
//   --no-stock             skips the comparison build with a stock setup (plain Astro + @astrojs/mdx +
//                          glob loader + one card page, then the Pagefind CLI) on the same corpus;
//   --replications 0.05    that share of practices repeated by one or two other municipalities each
//                          (content/replications/; none by default, as in the real content).
// Generates realistic content in a temporary folder, builds it with the production pipeline
// (validation, Astro, Pagefind) and prints wall time, ms per entry, peak RSS, dist and index size,
// and the bytes a first query transfers. Nothing here is a test: it only prints figures.
import { spawn } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { parse, stringify } from 'yaml';
import { COLLECTIONS } from '../src/schemas/common.ts';
import { readContentFiles } from '../src/validation/content-files.ts';
import { ruleWords } from '../src/validation/practice-rules.ts';
import { PRACTICE_SECTIONS } from '../src/practice-text/practice-sections.ts';
import { replicationFileName } from '../src/replications/replications.ts';
import { createStaticServer, listen } from './lib/static-server.ts';

const { values } = parseArgs({
	options: {
		entries: { type: 'string', default: '1000' },
		shape: { type: 'string', default: 'uniform' },
		keep: { type: 'boolean', default: false },
		rebuild: { type: 'boolean', default: false },
		stock: { type: 'boolean', default: true },
		replications: { type: 'string', default: '0' },
	},
	allowNegative: true,
});
const N = Number(values.entries);
const replicatedShare = Number(values.replications);
if (!(replicatedShare >= 0 && replicatedShare <= 1)) {
	console.error(`--replications: доля практик от 0 до 1, например 0.05, а не «${values.replications}»`);
	process.exit(2);
}
const shape = values.shape;
if (shape !== 'uniform' && shape !== 'concentrated') {
	console.error(`Неизвестная форма корпуса «${shape}»: --shape uniform или --shape concentrated`);
	process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), `practices-bench-${N}-`));
const content = join(work, 'content');

// A deterministic pseudo-random sequence, so every run builds the same corpus.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
/** Zipf-like choice: a few topics and regions are much more common than the rest, as in real data. */
const zipf = <T>(list: readonly T[]): T =>
	list[Math.min(list.length - 1, Math.floor(list.length * random() ** 2.2))] as T;

// Real text to recombine: every sentence of the real practices, so word forms and length are Russian and realistic.
const real = readContentFiles(join(root, 'content/'), COLLECTIONS);
const sentences = real
	.filter((f) => f.collection === 'practices')
	.flatMap((f) => f.body.replace(/^##.*$/gm, '').split(/(?<=[.!?])\s+/))
	.map((s) => s.replace(/\s+/g, ' ').trim())
	.filter((s) => s.length > 40 && !s.startsWith('|') && !s.startsWith('-'));
// «Результаты» says what came of a practice; a sentence stating a rule («в каждом районе») is refused there.
const resultSentences = sentences.filter((s) => ruleWords(s) === undefined);
const titles = real
	.filter((f) => f.collection === 'practices')
	.map((f) => String((f.data as { title: string }).title).replace(/[«»"]/g, ''));
const topics = real.filter((f) => f.collection === 'topics').map((f) => f.id);
const sources = real.filter((f) => f.collection === 'sources').map((f) => f.id);
const regions = real.filter((f) => f.collection === 'regions').map((f) => f.id);
const kinds = [
	'городской округ',
	'муниципальный район',
	'муниципальный округ',
	'городское поселение',
	'сельское поселение',
	'сельское поселение',
	'сельское поселение',
];
const units = [
	['заявок', 'поступило заявок'],
	['человек', 'приняли участие'],
	['проектов', 'реализовано проектов'],
	['мероприятий', 'проведено мероприятий'],
] as const;

// Everything but practices and municipalities is copied; municipalities are generated, about one per
// 1.1 practices (uniform) or 20 (concentrated: a region's own municipalities, most with no practice).
cpSync(join(root, 'content'), content, {
	recursive: true,
	filter: (path) => !/\/content\/(practices|municipalities)(\/|$)/.test(path),
});
mkdirSync(join(content, 'municipalities'), { recursive: true });
const municipalityCount = shape === 'uniform' ? Math.max(20, Math.round(N / 1.1)) : 20;
const municipalities: string[] = [];
for (let i = 1; i <= municipalityCount; i++) {
	const id = `mo-${String(i).padStart(5, '0')}`;
	municipalities.push(id);
	writeFileSync(
		join(content, 'municipalities', `${id}.yaml`),
		stringify({
			name: `Муниципальное образование № ${i}`,
			kind: pick(kinds),
			region: zipf(regions),
			coordinates: { lat: 45 + random() * 20, lon: 30 + random() * 110, source: 'spravochnye-dannye' },
			sources: ['spravochnye-dannye'],
		}),
	);
}
// Needs and events point at real municipalities, which this corpus does not have.
rmSync(join(content, 'needs'), { recursive: true });
mkdirSync(join(content, 'needs'));
writeFileSync(
	join(content, 'needs', 'mo-00001-2024.yaml'),
	stringify({
		municipality: 'mo-00001',
		year: 2024,
		source: sources[0],
		items: [{ kind: 'задача', text: 'Развивать территориальное общественное самоуправление.', topics: ['tos'] }],
	}),
);
for (const file of readdirSync(join(content, 'events'))) {
	const path = join(content, 'events', file);
	writeFileSync(
		path,
		readFileSync(path, 'utf8').replace(/^(municipality|presenters|participants):.*(\n {2}- .*)*$/gm, ''),
	);
}

/**
 * Who runs practice i. Uniform: one of all municipalities. Concentrated: the first 40 % belong to one
 * big city, the next 20 % to a region (its folder), the rest to 8 other municipalities.
 */
const REGION_OWNER = 'krasnoyarskiy-kray';
function ownerOf(i: number): { owner: string; municipalities: string[]; regions: string[] } {
	if (shape === 'uniform') {
		const municipality = municipalities[(i * 7919) % municipalities.length] as string;
		return { owner: municipality, municipalities: [municipality], regions: [] };
	}
	if (i <= 0.4 * N)
		return { owner: municipalities[0] as string, municipalities: [municipalities[0] as string], regions: [] };
	if (i <= 0.6 * N) return { owner: REGION_OWNER, municipalities: [], regions: [REGION_OWNER] };
	const municipality = municipalities[1 + (i % 8)] as string;
	return { owner: municipality, municipalities: [municipality], regions: [] };
}

const today = new Date().toISOString().slice(0, 10);
let replicationCount = 0;
for (let i = 1; i <= N; i++) {
	const { owner, municipalities: carriers, regions: regionIds } = ownerOf(i);
	const chosen = [...new Set([zipf(topics), zipf(topics), zipf(topics)])].slice(0, 1 + Math.floor(random() * 3));
	const source = pick(sources);
	const year = 2015 + Math.floor(random() * 10);
	const [unit, measure] = pick(units);
	const body = PRACTICE_SECTIONS.map((section) => {
		const from = section === 'Результаты' ? resultSentences : sentences;
		const paragraph = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(from)).join(' ');
		const callout =
			section === 'Как повторить' && random() < 0.1
				? `\n\n<Callout title="Важно">\n${pick(sentences)}\n</Callout>`
				: '';
		return `## ${section}\n\n${paragraph}${callout}\n`;
	}).join('\n');
	const frontmatter = {
		title: `${pick(titles)} (${i})`,
		summary: `${pick(sentences)}`.slice(0, 380).padEnd(60, ' —'),
		municipalities: carriers,
		...(regionIds.length ? { regions: regionIds } : {}),
		topics: chosen,
		tags: Array.from(
			{ length: 3 },
			() =>
				pick(sentences)
					.split(' ')
					.filter((w) => w.length > 5)[0] ?? 'практика',
		),
		status: pick(['действует', 'действует', 'завершена', 'пилот']),
		statusAsOf: year,
		statusSource: source,
		period: { start: String(year) },
		results: [{ measure, value: Math.floor(random() * 10000), unit, year, source }],
		sources: [{ source }],
		lastConfirmed: today,
	};
	mkdirSync(join(content, 'practices', owner), { recursive: true });
	writeFileSync(join(content, 'practices', owner, `praktika-${i}.mdx`), `---\n${stringify(frontmatter)}---\n\n${body}`);
	// Repeats by other municipalities, the year after the practice began (never after this one).
	// Asked only when repeats are wanted, so the default corpus stays the one earlier figures were measured on.
	if (replicatedShare > 0 && random() < replicatedShare) {
		const practice = `${owner}/praktika-${i}`;
		const by = new Set(
			Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(municipalities)).filter(
				(m) => !carriers.includes(m),
			),
		);
		for (const municipality of by) {
			mkdirSync(join(content, 'replications'), { recursive: true });
			const outcome = pick(sentences).slice(0, 580);
			writeFileSync(
				join(content, 'replications', `${replicationFileName(municipality, practice)}.yaml`),
				stringify({ practice, municipality, year: Math.min(year + 1, new Date().getFullYear()), outcome, source }),
			);
			replicationCount++;
		}
	}
}

function sizeOf(path: string): number {
	const stat = statSync(path);
	return stat.isDirectory() ? readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0) : stat.size;
}

/** Resident memory of a process and all its descendants (the index script starts Pagefind as a child), in KB. */
function treeRss(pid: number): { total: number; byName: Map<string, number> } {
	const byName = new Map<string, number>();
	let total = 0;
	const visit = (id: number) => {
		try {
			const status = readFileSync(`/proc/${id}/status`, 'utf8');
			const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
			const command = /Name:\s+(\S+)/.exec(status)?.[1] ?? '?';
			const name = command.startsWith('pagefind') ? 'Pagefind' : command === 'esbuild' ? 'esbuild' : 'Node';
			total += rss;
			byName.set(name, (byName.get(name) ?? 0) + rss);
			for (const task of readdirSync(`/proc/${id}/task`)) {
				for (const child of readFileSync(`/proc/${id}/task/${task}/children`, 'utf8')
					.trim()
					.split(/\s+/)
					.filter(Boolean))
					visit(Number(child));
			}
		} catch {
			// The process ended between being listed and being read: nothing of it left to count.
		}
	};
	visit(pid);
	return { total, byName };
}

/** Phases of a build, recognised in Astro's log, and the moment each one ended. */
const PHASES: [string, RegExp][] = [
	['проверка содержимого', /\[content-check\] Проверка содержимого/],
	['загрузка содержимого', /\[content\] Synced content/],
	['сборка кода (Vite)', /\[vite\] ✓ built in/],
	['страницы', /^\S+ ✓ Completed in/],
];

interface BuildResult {
	ms: number;
	/** Peak of the summed resident memory of the build's whole process tree. */
	peakMb: number;
	/** Peak of each program on its own: node (Astro) and pagefind. */
	peakByName: Map<string, number>;
	phases: [string, number][];
	code: number | null;
}

/**
 * Runs the production build as `npm run build` does: `astro build`, then the search index in a process
 * of its own. They run one after the other, so the build's peak memory is the larger of their peaks.
 */
async function build(): Promise<BuildResult> {
	const astro = await run(
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist')],
		root,
		{ CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache') },
	);
	if (astro.code !== 0) return astro;
	const index = await run([join(root, 'scripts/search-index.ts'), join(work, 'dist')], root, {});
	const peakByName = new Map(astro.peakByName);
	for (const [name, mb] of index.peakByName) peakByName.set(name, Math.max(peakByName.get(name) ?? 0, mb));
	return {
		ms: astro.ms + index.ms,
		peakMb: Math.max(astro.peakMb, index.peakMb),
		peakByName,
		phases: [...astro.phases, ['поисковый индекс', index.ms]],
		code: index.code,
	};
}

/** Runs a Node program, sampling the memory of its process tree and timing the phases in its log. */
function run(args: string[], cwd: string, env: Record<string, string>): Promise<BuildResult> {
	const started = performance.now();
	const child = spawn(process.execPath, args, {
		cwd,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const phases: [string, number][] = [];
	let last = started;
	let buffered = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		const lines = (buffered + chunk).split('\n');
		buffered = lines.pop() ?? '';
		for (const line of lines) {
			// The last matching line of a phase ends it (Vite reports twice: server and client).
			const phase = PHASES.find(([, pattern]) => pattern.test(stripVTControlCharacters(line)));
			if (!phase) continue;
			const now = performance.now();
			const previous = phases.at(-1);
			if (previous && previous[0] === phase[0]) previous[1] += now - last;
			else phases.push([phase[0], now - last]);
			last = now;
		}
	});
	let peakKb = 0;
	const peakByName = new Map<string, number>();
	const sample = setInterval(() => {
		if (!child.pid) return;
		const { total, byName } = treeRss(child.pid);
		peakKb = Math.max(peakKb, total);
		for (const [name, kb] of byName) peakByName.set(name, Math.max(peakByName.get(name) ?? 0, kb / 1024));
	}, 100);
	return new Promise((resolve) =>
		child.on('exit', (code) => {
			clearInterval(sample);
			resolve({ ms: performance.now() - started, peakMb: peakKb / 1024, peakByName, phases, code });
		}),
	);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} с`;
function describe(result: BuildResult): string {
	const programs = [...result.peakByName].map(([name, mb]) => `${name} ${mb.toFixed(0)} MB`).join(', ');
	const phases = result.phases.map(([name, ms]) => `${name} ${seconds(ms)}`).join('; ');
	return `${seconds(result.ms)}, пиковая память ${result.peakMb.toFixed(0)} MB (${programs})\n  этапы: ${phases}`;
}

console.log(
	`Корпус: ${N} практик (${shape === 'uniform' ? 'равномерный' : 'сосредоточенный'}), ${municipalityCount} муниципалитетов, повторов практик: ${replicationCount}, в ${work}`,
);
const result = await build();
if (result.code !== 0) {
	console.error(`Сборка завершилась с кодом ${result.code}`);
	process.exit(1);
}
const dist = join(work, 'dist');
const pages = readdirSync(join(dist, 'practices'), { recursive: true }).filter((f) =>
	String(f).endsWith('index.html'),
).length;

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
console.log(
	`Пиковая память (всё дерево процессов; Astro и Pagefind работают друг за другом): ${result.peakMb.toFixed(0)} MB; по отдельности: ${[...result.peakByName].map(([name, mb]) => `${name} ${mb.toFixed(0)} MB`).join(', ')}`,
);
console.log(`Этапы: ${result.phases.map(([name, ms]) => `${name} ${seconds(ms)}`).join('; ')}`);
console.log(
	`dist/: ${mb(sizeOf(dist))}, страниц в practices/: ${pages}; индекс Pagefind: ${mb(sizeOf(join(dist, 'pagefind')))}`,
);
console.log(
	`Первый запрос «праздник во дворе»: ${(fetched / 1024).toFixed(1)} KB (с WASM и метаданными индекса), результатов: ${found.results.length}`,
);

// The same corpus with a stock setup: plain Astro, @astrojs/mdx with the same unified processor and
// GFM, Astro's glob loader, one card page that renders each text, then the Pagefind CLI over dist/.
if (values.stock) {
	const stock = join(work, 'stock');
	mkdirSync(join(stock, 'src/pages/practices'), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(stock, 'node_modules'), 'dir');
	writeFileSync(join(stock, 'package.json'), JSON.stringify({ name: 'stock', private: true, type: 'module' }));
	writeFileSync(
		join(stock, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nimport { unified } from '@astrojs/markdown-remark';\n` +
			`export default defineConfig({ markdown: { processor: unified({ gfm: true, smartypants: false }) }, integrations: [mdx()] });\n`,
	);
	writeFileSync(
		join(stock, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n` +
			`export const collections = { practices: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(join(content, 'practices'))} }) }) };\n`,
	);
	writeFileSync(
		join(stock, 'src/Callout.astro'),
		`---\nconst { title = 'Обратите внимание' } = Astro.props;\n---\n<aside><p><strong>{title}</strong></p><slot /></aside>\n`,
	);
	writeFileSync(
		join(stock, 'src/pages/practices/[...id].astro'),
		`---\nimport { getCollection, render } from 'astro:content';\nimport Callout from '../../Callout.astro';\n` +
			`export async function getStaticPaths() {\n\treturn (await getCollection('practices')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\n` +
			`const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n` +
			`<html lang="ru"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><main data-pagefind-body><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content components={{ Callout }} /></main></body></html>\n`,
	);
	const astroBuild = await run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], stock, {});
	const pagefind = await run(
		[join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', join(stock, 'dist'), '--force-language', 'ru'],
		stock,
		{},
	);
	if (astroBuild.code !== 0 || pagefind.code !== 0) {
		console.error(`Стандартная сборка завершилась с кодом ${astroBuild.code}, Pagefind CLI — ${pagefind.code}`);
		process.exit(1);
	}
	const stockMs = astroBuild.ms + pagefind.ms;
	console.log(
		`Стандартная сборка (Astro + @astrojs/mdx + glob + одна страница карточки, затем Pagefind CLI): ${seconds(stockMs)} ` +
			`(Astro ${seconds(astroBuild.ms)}, Pagefind ${seconds(pagefind.ms)}), пиковая память ${Math.max(astroBuild.peakMb, pagefind.peakMb).toFixed(0)} MB`,
	);
	console.log(`Отношение: наша сборка / стандартная = ${(result.ms / stockMs).toFixed(2)} (меньше 1 — наша быстрее)`);
}

// A curator's second build: nothing changed, then one practice edited (its text and title).
if (values.rebuild) {
	const unchanged = await build();
	const owner = ownerOf(1).owner;
	const edited = join(content, 'practices', owner, 'praktika-1.mdx');
	// The title is a YAML scalar, quoted or not: it is read and written back as YAML.
	const editTitle = (_line: string, title: string) =>
		`title: ${stringify(`${parse(title)} — исправлено`, { lineWidth: 0 }).trim()}`;
	writeFileSync(
		edited,
		readFileSync(edited, 'utf8')
			.replace(/^title: (.*)$/m, editTitle)
			.replace('## Решение\n\n', '## Решение\n\nДобавлено при правке. '),
	);
	const oneEdit = await build();
	if (unchanged.code !== 0 || oneEdit.code !== 0) process.exit(1);
	const page = readFileSync(join(dist, 'practices', owner, 'praktika-1', 'index.html'), 'utf8');
	console.log(`Повторная сборка без изменений: ${describe(unchanged)}`);
	console.log(
		`Сборка после правки одной практики: ${describe(oneEdit)}\n  правка видна на странице: ${page.includes('Добавлено при правке.') ? 'да' : 'НЕТ'}`,
	);
}
if (values.keep) console.log(`Корпус и сборка оставлены в ${work} (dist/ — собранный сайт)`);
else rmSync(work, { recursive: true, force: true });
