import { xmlEscape } from './open-data.ts';

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** Addresses per sitemap file; the protocol allows 50,000. */
export const MAX_URLS = 45_000;

/**
 * The sitemap files for a list of page addresses: sitemap.xml alone, or, past `max` addresses, an
 * index in sitemap.xml pointing to sitemap-1.xml, sitemap-2.xml… `address` makes a file's absolute URL.
 */
export function sitemapFiles(urls: readonly string[], address: (file: string) => string, max = MAX_URLS): Map<string, string> {
	const urlset = (list: readonly string[]) => `${XML}<urlset xmlns="${NS}">\n${list.map((url) => `\t<url><loc>${xmlEscape(url)}</loc></url>`).join('\n')}\n</urlset>\n`;
	if (urls.length <= max) return new Map([['sitemap.xml', urlset(urls)]]);
	const files = new Map<string, string>();
	for (let i = 0; i * max < urls.length; i++) files.set(`sitemap-${i + 1}.xml`, urlset(urls.slice(i * max, (i + 1) * max)));
	const entries = [...files.keys()].map((file) => `\t<sitemap><loc>${xmlEscape(address(file))}</loc></sitemap>`).join('\n');
	files.set('sitemap.xml', `${XML}<sitemapindex xmlns="${NS}">\n${entries}\n</sitemapindex>\n`);
	return files;
}
