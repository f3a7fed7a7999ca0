import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import { builtPage, hrefsOf, textOf } from '../support/html.ts';
import { CSV_SEPARATOR } from '../../src/open-data/open-data.ts';
import { parseCsv } from './csv.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = JSON.parse(read('data/practices.json')) as {
	$schema: string;
	count: number;
	practices: Record<string, unknown>[];
};
const schema = JSON.parse(read('data/practice.schema.json')) as Record<string, unknown>;

/** Practice cards the site has: the pages under practices/<owner>/<slug>/ that the search indexes (catalogue pages are not). */
const cards = readdirSync(join(dist, 'practices'), { recursive: true })
	.map((f) => String(f).match(/^([^/]+\/[^/]+)\/index\.html$/)?.[1])
	.filter(
		(id): id is string =>
			id !== undefined && builtPage(`practices/${id}/`).querySelector('[data-pagefind-body]') !== null,
	)
	.sort();

describe('open data', () => {
	it('publishes every practice in practices.json, and only practices', () => {
		expect(json.count).toBe(cards.length);
		expect(json.practices.map((p) => p['id']).sort()).toEqual(cards);
	});

	it('validates every record of practices.json against the published JSON Schema', () => {
		// Formats (uri, email) are checked by zod when the files are validated; Ajv here has no format plugin.
		const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
		const validate = ajv.compile(schema);
		for (const practice of json.practices) {
			expect(validate(practice), `${practice['id']}: ${ajv.errorsText(validate.errors)}`).toBe(true);
		}
		expect(json.$schema).toMatch(/\/data\/practice\.schema\.json$/);
		expect(schema['$id']).toBe(json.$schema);
	});

	it('gives every practice its repeats, none while the sources report none, and the schema describes them', () => {
		for (const practice of json.practices) expect(practice['replications'], String(practice['id'])).toEqual([]);
		const properties = schema['properties'] as Record<string, { type?: string; description?: string }>;
		expect(properties['replications']).toMatchObject({
			type: 'array',
			description: expect.stringContaining('Опыт повторили'),
		});
		expect(read('data/practices.csv').split('\r\n')[0]).toContain(`${CSV_SEPARATOR}опыт повторили${CSV_SEPARATOR}`);
	});

	it('rejects a record the schema does not allow', () => {
		const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
		const [first] = json.practices;
		expect(validate({ ...first, status: 'в работе' })).toBe(false);
		expect(validate({ ...first, period: { start: '2023-13' } })).toBe(false);
		const { sources: _sources, ...withoutSources } = first ?? {};
		expect(validate(withoutSources)).toBe(false);
	});

	it('writes a CSV that Excel opens as is and that reads back into the same rows', () => {
		const csv = read('data/practices.csv');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
		const [header, ...rows] = parseCsv(csv.slice(1), CSV_SEPARATOR);
		expect(header?.slice(0, 3)).toEqual(['id', 'адрес', 'название']);
		expect(rows.map((r) => r[0])).toEqual(json.practices.map((p) => p['id']));
		for (const [i, row] of rows.entries()) {
			expect(row, row[0]).toHaveLength(header?.length ?? 0);
			expect(row[2]).toBe(json.practices[i]?.['title']);
			expect(row[3]).toBe(json.practices[i]?.['summary']);
		}
	});

	it('links every page to the feed and the footer to the data', () => {
		const home = builtPage('index.html');
		expect(home.querySelector('head link[rel="alternate"][type="application/rss+xml"]')).not.toBeNull();
		expect(hrefsOf(home.querySelector('footer')!)).toContain('/data/');
		expect(textOf(builtPage('data/'))).toContain('CC BY 4.0');
	});
	it('lists every page in the sitemap, except the editor, the error page and the print compendia (noindex), and points robots.txt to it', () => {
		const xml = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
		const parts = (xml.parse(read('sitemap-index.xml')).sitemapindex.sitemap as { loc: string }[]).map((s) =>
			new URL(s.loc).pathname.slice(1),
		);
		expect(parts).toEqual(['sitemap-0.xml']);
		const listed = parts
			.flatMap((part) => (xml.parse(read(part)).urlset.url as { loc: string }[]).map((u) => new URL(u.loc).pathname))
			.sort();
		const built = readdirSync(dist, { recursive: true })
			.map(String)
			.filter(
				(f) =>
					f.endsWith('index.html') && !f.startsWith('admin/') && !f.startsWith('compendium/') && f !== '404/index.html',
			)
			.map((f) => `/${f.slice(0, -'index.html'.length)}`)
			.sort();
		expect(listed).toEqual(built);
		expect(listed).toContain('/practices/krasnoyarsk/yarkie-berega/');
		expect(read('robots.txt')).toMatch(/^Disallow: \/admin\/$/m);
		expect(read('robots.txt')).toMatch(/^Sitemap: http:\/\/localhost:4321\/sitemap-index\.xml$/m);
	});
});
