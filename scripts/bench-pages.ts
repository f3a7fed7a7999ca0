// Page weight, the slow line and Lighthouse scores: `npm run bench:pages` (builds first).
// For the home page, a practice card, the catalogue and the search page it prints the gzip bytes by type
// (HTML, CSS, JS, other) as a first visit loads them; then, on a phone (360×640) over a slow line
// (SLOW_LINE below: the profile is printed with the figures), when a card paints its largest element
// and how long the search takes to show its first result after the last key typed, and after opening a
// link with the query (`?q=`, where the header's search sends a reader), medians of RUNS cold visits
// (5 unless set); then Lighthouse's scores in Debian's Chromium.
// `node scripts/bench-pages.ts --dist DIR` measures a site already built in DIR.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Page } from 'playwright-core';
import { createStaticServer, listen } from './lib/static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.ts';

const PAGES = [
	['Главная', ''],
	['Карточка практики', 'practices/krasnoyarsk/yarkie-berega/'],
	['Каталог', 'practices/'],
	['Поиск (с запросом)', `search/?q=${encodeURIComponent('праздник во дворе')}`],
] as const;
const chromePath = await chromiumPath();
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const RUNS = Number(process.env['RUNS'] ?? 5);
const server = createStaticServer(values.dist ?? fileURLToPath(new URL('../dist/', import.meta.url)));
const url = await listen(server, 0);

type Kind = 'HTML' | 'CSS' | 'JS' | 'другое';
const kindOf = (contentType: string, address: string): Kind =>
	contentType.includes('html')
		? 'HTML'
		: contentType.includes('css')
			? 'CSS'
			: contentType.includes('javascript') || address.endsWith('.js')
				? 'JS'
				: 'другое';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;

const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
console.log('Вес страниц при первом посещении, КБ gzip (HTML / CSS / JS / другое):');
for (const [name, path] of PAGES) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const totals: Record<Kind, number> = { HTML: 0, CSS: 0, JS: 0, другое: 0 };
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		pending.push(
			response
				.body()
				.then((body) => {
					// Pagefind's index files are gzip already; everything else as a compressing host would send it.
					const size = /\.pf_|\.pagefind$/.test(response.url()) ? body.length : gzipSync(body).length;
					totals[kindOf(response.headers()['content-type'] ?? '', response.url())] += size;
				})
				.catch(() => undefined),
		);
	});
	await page.goto(url + path, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	console.log(`  ${name.padEnd(20)} ${kb(totals.HTML)} / ${kb(totals.CSS)} / ${kb(totals.JS)} / ${kb(totals.другое)}`);
	await context.close();
}

/**
 * A phone on a slow mobile line, as Lighthouse's mobile profile ("Slow 4G"): round trip, throughput each
 * way and how much slower the CPU is than this machine's. Applied through the DevTools protocol to the page,
 * so the figures are measured in the browser, not simulated as Lighthouse does. Pagefind's index files are
 * fetched by the page and cross the same line; the worker Pagefind searches in runs at this machine's speed.
 */
const SLOW_LINE = { rttMs: 150, downKbit: 1600, upKbit: 750, cpuSlowdown: 4, viewport: { width: 360, height: 640 } };
const kbitToBytes = (kbit: number) => (kbit * 1000) / 8;
const CARD = PAGES[1][1];
const QUERY = 'благоустройство дворов';
const median = (list: number[]) => {
	const sorted = [...list].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A page in a new context (an empty cache: a first visit) over the slow line. */
async function slowPage(): Promise<{ page: Page; close: () => Promise<void> }> {
	const context = await browser.newContext({ viewport: SLOW_LINE.viewport, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	const conditions = {
		offline: false,
		latency: SLOW_LINE.rttMs,
		downloadThroughput: kbitToBytes(SLOW_LINE.downKbit),
		uploadThroughput: kbitToBytes(SLOW_LINE.upKbit),
	};
	const session = await context.newCDPSession(page);
	await session.send('Network.enable');
	await session.send('Network.emulateNetworkConditions', conditions);
	await session.send('Emulation.setCPUThrottlingRate', { rate: SLOW_LINE.cpuSlowdown });
	return { page, close: () => context.close() };
}

/** Largest Contentful Paint of a page, in ms from the start of navigation, as the browser reports it. */
async function largestPaint(path: string): Promise<number> {
	const { page, close } = await slowPage();
	await page.goto(url + path, { waitUntil: 'load' });
	const lcp = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? NaN)).observe({
					type: 'largest-contentful-paint',
					buffered: true,
				});
			}),
	);
	await close();
	return lcp;
}

/** When, in the page's clock, the search has answered (the line with the number of results) and its first result's title is inside the first screen; NaN when it is not within 30 s. */
async function resultTimes(page: Page): Promise<{ found: number; shown: number }> {
	const options = { timeout: 30_000, polling: 'raf' } as const;
	const clock = (handle: { jsonValue: () => Promise<unknown> }) => handle.jsonValue() as Promise<number>;
	const found = await page
		.waitForFunction(
			() => /по запросу/.test(document.querySelector('#search-summary')?.textContent ?? '') && performance.now(),
			undefined,
			options,
		)
		.then(clock, () => NaN);
	const shown = await page
		.waitForFunction(
			() => {
				const box = document.querySelector('pagefind-results .pf-results > li a')?.getBoundingClientRect();
				return Boolean(box && box.height > 0 && box.bottom <= window.innerHeight) && performance.now();
			},
			undefined,
			options,
		)
		.then(clock, () => NaN);
	return { found, shown };
}

/** From the last key of a query typed into the search page (once it has loaded) to its results. */
async function typingToResults(): Promise<{ found: number; shown: number }> {
	const { page, close } = await slowPage();
	await page.goto(`${url}search/`, { waitUntil: 'networkidle' });
	const input = page.locator('pagefind-input input');
	await input.click();
	// A person types about six characters a second.
	await input.pressSequentially(QUERY.slice(0, -1), { delay: 160 });
	const lastKey = await page.evaluate(() => performance.now());
	await input.pressSequentially(QUERY.slice(-1));
	const { found, shown } = await resultTimes(page);
	await close();
	return { found: found - lastKey, shown: shown - lastKey };
}

/** From the start of navigating to a search link (`search/?q=…`, where the header's search sends a reader) to its results. */
async function linkToResults(): Promise<{ found: number; shown: number }> {
	const { page, close } = await slowPage();
	await page.goto(`${url}search/?q=${encodeURIComponent(QUERY)}`, { waitUntil: 'commit' });
	const times = await resultTimes(page);
	await close();
	return times;
}

const seconds = (list: number[]) => {
	const got = list.filter(Number.isFinite);
	if (!got.length) return 'нет ни в одном посещении';
	const range = `${(Math.min(...got) / 1000).toFixed(2)}–${(Math.max(...got) / 1000).toFixed(2)}`;
	return `${(median(got) / 1000).toFixed(2)} с (${range}${got.length < list.length ? `; в ${list.length - got.length} из ${list.length} посещений — нет` : ''})`;
};
const lcps: number[] = [];
const typed: { found: number; shown: number }[] = [];
const linked: { found: number; shown: number }[] = [];
for (let run = 0; run < RUNS; run++) {
	lcps.push(await largestPaint(CARD));
	typed.push(await typingToResults());
	linked.push(await linkToResults());
}
const mbit = (kbit: number) => (kbit / 1000).toLocaleString('ru');
console.log(
	`\nМедленная линия: RTT ${SLOW_LINE.rttMs} мс, ${mbit(SLOW_LINE.downKbit)} Мбит/с к читателю и ${mbit(SLOW_LINE.upKbit)} Мбит/с обратно, ` +
		`процессор в ${SLOW_LINE.cpuSlowdown} раза медленнее, экран ${SLOW_LINE.viewport.width}×${SLOW_LINE.viewport.height}; файлы без сжатия, как их отдаёт локальный сервер; медианы ${RUNS} первых посещений (наименьшее–наибольшее):`,
);
console.log(`  Карточка практики: самый крупный элемент (LCP) через ${seconds(lcps)}`);
console.log(
	`  Поиск «${QUERY}» после последней клавиши: ответ (число результатов) через ${seconds(typed.map((t) => t.found))}, первый результат на первом экране через ${seconds(typed.map((t) => t.shown))}`,
);
console.log(
	`  Ссылка на поиск (?q=) от начала загрузки: ответ через ${seconds(linked.map((t) => t.found))}, первый результат на первом экране через ${seconds(linked.map((t) => t.shown))}`,
);
await browser.close();

console.log(
	'\nLighthouse (мобильный профиль по умолчанию), баллы: производительность / доступность / рекомендации / SEO:',
);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
try {
	for (const [name, path] of PAGES) {
		const result = await lighthouse(url + path, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
		});
		const categories = result?.lhr.categories ?? {};
		const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(3);
		console.log(
			`  ${name.padEnd(20)} ${score('performance')} / ${score('accessibility')} / ${score('best-practices')} / ${score('seo')}`,
		);
	}
} finally {
	chrome.kill();
	server.close();
}
