import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPage, textOf } from '../support/html.ts';

/** Every RSS feed of the built site, read with a real XML parser, against practices.json and the content files. */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const content = fileURLToPath(new URL('../../content/', import.meta.url));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

interface Practice {
	id: string;
	topics: string[];
	regions: string[];
	municipalities: string[];
	associations: string[];
	lastConfirmed: string;
}
const { practices } = JSON.parse(read('data/practices.json')) as { practices: Practice[] };
const regionOf = new Map(
	readdirSync(join(content, 'municipalities')).map((f) => [
		f.replace(/\.yaml$/, ''),
		(parseYaml(readFileSync(join(content, 'municipalities', f), 'utf8')) as { region: string }).region,
	]),
);
const regionsOf = (p: Practice) => new Set([...p.regions, ...p.municipalities.map((m) => regionOf.get(m))]);

const feeds = readdirSync(dist, { recursive: true })
	.map(String)
	.filter((f) => f.endsWith('rss.xml'))
	.sort();

/** Which practices a feed at a path should follow, by the selection its path names. */
function selection(feed: string): (p: Practice) => boolean {
	const parts = feed.split('/').slice(0, -1);
	const [kind, id] = parts;
	if (parts.length === 0) return () => true;
	if (kind === 'topics') return (p) => p.topics.includes(id!);
	if (kind === 'regions') return (p) => regionsOf(p).has(id!);
	if (kind === 'municipalities') return (p) => p.municipalities.includes(id!);
	if (kind === 'associations') return (p) => p.associations.includes(id!);
	if (kind === 'practices') {
		const [, place, placeId, topicWord, topic] = parts;
		if (topicWord !== 'topic' || !topic) throw new Error(`unexpected catalogue feed ${feed}`);
		const inPlace =
			place === 'region'
				? (p: Practice) => regionsOf(p).has(placeId!)
				: (p: Practice) => p.municipalities.includes(placeId!);
		return (p) => inPlace(p) && p.topics.includes(topic);
	}
	throw new Error(`unexpected feed ${feed}`);
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });
const newestFirst = (a: Practice, b: Practice) =>
	b.lastConfirmed.localeCompare(a.lastConfirmed) || a.id.localeCompare(b.id);
const firstDay = (date: string) => {
	const [y = '1970', m = '01', d = '01'] = date.split('-');
	return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).toUTCString();
};

describe('RSS feeds', () => {
	it('exist for the whole base, every topic, region, municipality and association, and topics within places', () => {
		const kinds = new Set(feeds.map((f) => f.split('/')[0]));
		expect([...kinds].sort()).toEqual(['associations', 'municipalities', 'practices', 'regions', 'rss.xml', 'topics']);
		for (const kind of ['topics', 'regions', 'municipalities', 'associations']) {
			for (const id of readdirSync(join(content, kind)))
				expect(feeds, `${kind}/${id}`).toContain(`${kind}/${id.replace(/\.yaml$/, '')}/rss.xml`);
		}
	});

	it('parse as RSS 2.0 and hold the newest 50 practices of their selection, linked to their cards, with the date of their last confirmation', () => {
		let items = 0;
		for (const feed of feeds) {
			const xml = read(feed);
			expect(XMLValidator.validate(xml), feed).toBe(true);
			const rss = parser.parse(xml).rss;
			expect(rss['@_version'], feed).toBe('2.0');
			const channel = rss.channel;
			expect(channel.title.length, feed).toBeGreaterThan(0);
			expect(channel.language, feed).toBe('ru');
			expect(new URL(channel['atom:link']['@_href']).pathname, feed).toBe(`/${feed}`);
			const expected = practices.filter(selection(feed)).sort(newestFirst).slice(0, 50);
			const got = (channel.item ?? []) as { link: string; pubDate: string; guid: { '#text': string } }[];
			expect(
				got.map((i) => new URL(i.link).pathname),
				feed,
			).toEqual(expected.map((p) => `/practices/${p.id}/`));
			for (const [index, item] of got.entries()) {
				const path = new URL(item.link).pathname;
				expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
				expect(item.pubDate, `${feed} ${path}`).toBe(firstDay(expected[index]!.lastConfirmed));
				expect(item.guid['#text']).toBe(item.link);
			}
			items += got.length;
		}
		expect(items).toBeGreaterThan(practices.length);
	});

	it('are offered by their pages in the head and as a visible «Подписаться (RSS)» link', () => {
		const pages = readdirSync(dist, { recursive: true })
			.map(String)
			.filter((f) =>
				/^(topics|regions|municipalities|associations)\/[^/]+\/index\.html$|^practices\/(region|topic|municipality)\/.*index\.html$/.test(
					f,
				),
			);
		expect(pages.length).toBeGreaterThan(50);
		for (const page of pages) {
			const html = builtPage(page);
			const head = html
				.querySelectorAll('head link[rel="alternate"][type="application/rss+xml"][title]')
				.map((link) => link.getAttribute('href')!);
			const own = head.find((href) => href !== '/rss.xml');
			expect(own, page).toBeDefined();
			expect(existsSync(join(dist, own!)), `${page} → ${own}`).toBe(true);
			const visible = html.querySelectorAll(`a[href="${own}"][type="application/rss+xml"]`).map(textOf);
			expect(visible, page).toContain('Подписаться (RSS)');
		}
	});
});
