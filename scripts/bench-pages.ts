// Page weight and Lighthouse scores: `npm run bench:pages` (builds first).
// For the home page, a practice card, the catalogue and the search page it prints the gzip bytes by type
// (HTML, CSS, JS, other) as a first visit loads them, and Lighthouse's scores in Debian's Chromium.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from '../src/lib/static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../src/lib/chromium.ts';

const PAGES = [
	['Главная', ''],
	['Карточка практики', 'practices/krasnoyarsk/yarkie-berega/'],
	['Каталог', 'practices/'],
	['Поиск (с запросом)', `search/?q=${encodeURIComponent('праздник во дворе')}`],
] as const;
const chromePath = await chromiumPath();
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const server = createStaticServer(fileURLToPath(new URL('../dist/', import.meta.url)));
const url = await listen(server, 0);

type Kind = 'HTML' | 'CSS' | 'JS' | 'другое';
const kindOf = (contentType: string, address: string): Kind =>
	contentType.includes('html') ? 'HTML' : contentType.includes('css') ? 'CSS' : contentType.includes('javascript') || address.endsWith('.js') ? 'JS' : 'другое';
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
await browser.close();

console.log('\nLighthouse (мобильный профиль по умолчанию), баллы: производительность / доступность / рекомендации / SEO:');
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
try {
	for (const [name, path] of PAGES) {
		const result = await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
		const categories = result?.lhr.categories ?? {};
		const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(3);
		console.log(`  ${name.padEnd(20)} ${score('performance')} / ${score('accessibility')} / ${score('best-practices')} / ${score('seo')}`);
	}
} finally {
	chrome.kill();
	server.close();
}
