// How long a compendium for print takes to lay out and print, by its number of practices:
// `node scripts/bench-compendium.ts --dist DIR [--sizes 50,100,200,400] [--runs 3] [--page compendium/topics/x/]`.
// DIR is a site built with volumes at least as large as the largest size, for example
// `COMPENDIUM_PART_SIZE=1000 node scripts/bench.ts --entries 2000 --shape concentrated --no-stock --keep`
// (then DIR is the printed folder's dist/). The largest compendium volume in DIR (or --page) is cut to
// each size — its first N practices, their contents lines and contacts — and served in its place; headless
// Chromium loads it, Paged.js lays it out, and it is printed to PDF. Prints the median of the runs:
// layout time, printing time, pages, PDF size.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from './lib/static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.ts';
import { printCompendium } from './lib/print-compendium.ts';

const { values } = parseArgs({
	options: {
		dist: { type: 'string' },
		sizes: { type: 'string', default: '50,100,200,400' },
		runs: { type: 'string', default: '3' },
		page: { type: 'string' },
	},
});
if (!values.dist || !existsSync(join(values.dist, 'compendium'))) {
	console.error('--dist: папка собранного сайта со сборниками (см. начало scripts/bench-compendium.ts)');
	process.exit(2);
}
const dist = values.dist;
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

/** Practices in a built compendium page: its articles. */
const PRACTICE = /<article class="compendium-practice[^"]*" id="praktika-(\d+)"[\s\S]*?<\/article>/g;
const countPractices = (html: string) => [...html.matchAll(PRACTICE)].length;

/** Every compendium volume in dist/ with its number of practices. */
function volumes(): { path: string; practices: number }[] {
	const found: { path: string; practices: number }[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(join(dist, dir), { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(dir, entry.name));
			else if (entry.name === 'index.html')
				found.push({ path: `${dir}/`, practices: countPractices(readFileSync(join(dist, dir, entry.name), 'utf8')) });
		}
	};
	walk('compendium');
	return found.sort((a, b) => b.practices - a.practices);
}

/** The page cut to its first `n` practices: their articles, contents lines and contacts. */
function cut(html: string, n: number): string {
	const keep = (k: string) => Number(k) <= n;
	return html
		.replace(PRACTICE, (all, k: string) => (keep(k) ? all : ''))
		.replace(/<li><a href="#praktika-(\d+)">[\s\S]*?<\/a><\/li>/g, (all, k: string) => (keep(k) ? all : ''))
		.replace(
			/<section class="compendium-contacts__practice">(?:(?!<\/section>)[\s\S])*?href="#praktika-(\d+)"[\s\S]*?<\/section>/g,
			(all, k: string) => (keep(k) ? all : ''),
		);
}

const median = (list: number[]) => {
	const sorted = [...list].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const all = volumes();
const wanted = values.page?.replace(/^\/|\/?$/g, '');
const chosen = wanted ? all.find((v) => v.path === `${wanted}/`) : all[0];
if (!chosen) throw new Error(`нет такого сборника: ${values.page}`);
const html = readFileSync(join(dist, chosen.path, 'index.html'), 'utf8');
console.log(`Сборник ${chosen.path}: ${chosen.practices} практик; размеры: ${sizes.join(', ')}; прогонов: ${runs}`);

const server = createStaticServer(dist);
const url = await listen(server, 0);
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
try {
	console.log('практик | раскладка, с (медиана) | печать в PDF, с | страниц | PDF, МБ | прогоны раскладки, с');
	for (const size of sizes.filter((s) => s <= chosen.practices)) {
		const page = cut(html, size);
		const target = `${url}${chosen.path}?n=${size}`;
		const results = [];
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext();
			await context.route(`${url}${chosen.path}?n=${size}`, (route) =>
				route.fulfill({ contentType: 'text/html; charset=utf-8', body: page }),
			);
			const printed = await printCompendium(context, target);
			results.push(printed);
			await context.close();
		}
		const s = (ms: number) => (ms / 1000).toFixed(1);
		console.log(
			`${size} | ${s(median(results.map((r) => r.layoutMs)))} | ${s(median(results.map((r) => r.printMs)))} | ${median(results.map((r) => r.pages))} | ${(median(results.map((r) => r.pdf.length)) / 2 ** 20).toFixed(1)} | ${results.map((r) => s(r.layoutMs)).join(' / ')}`,
		);
	}
} finally {
	await browser.close();
	server.close();
}
