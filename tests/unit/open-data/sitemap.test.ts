import { describe, expect, it } from 'vitest';
import { sitemapFiles } from '../../../src/open-data/sitemap.ts';

const address = (file: string) => `https://example.org/${file}`;

describe('sitemapFiles', () => {
	it('writes one sitemap while the addresses fit', () => {
		const files = sitemapFiles(['https://example.org/', 'https://example.org/a&b/'], address, 2);
		expect([...files.keys()]).toEqual(['sitemap.xml']);
		expect(files.get('sitemap.xml')).toContain('<loc>https://example.org/a&amp;b/</loc>');
	});
	it('splits past the limit and indexes the parts in sitemap.xml', () => {
		const urls = ['1', '2', '3', '4', '5'].map((n) => `https://example.org/${n}/`);
		const files = sitemapFiles(urls, address, 2);
		expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
		expect(files.get('sitemap.xml')).toContain('<sitemapindex');
		expect(files.get('sitemap.xml')).toContain('<loc>https://example.org/sitemap-3.xml</loc>');
		const listed = [...files].filter(([name]) => name !== 'sitemap.xml').flatMap(([, xml]) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
		expect(listed.sort()).toEqual(urls);
	});
});
