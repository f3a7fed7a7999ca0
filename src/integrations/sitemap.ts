import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapFiles } from '../open-data/sitemap.ts';

/** Pages left out of the sitemap: the web editor and the error page are not for search engines. */
const EXCLUDED = /^(admin\/|404\.html$)/;

/**
 * Writes dist/sitemap.xml with every page the build produced, so it can never miss a route, and a
 * robots.txt that points to it. Addresses are absolute on the public site (`site`), or on the local
 * server when the address is not set.
 */
export function sitemap(): AstroIntegration {
	let site = 'http://localhost:4321/';
	let base = '/';
	return {
		name: 'sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site) site = config.site;
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages = readdirSync(outDir, { recursive: true })
					.map(String)
					.filter((file) => file.endsWith('index.html') && !EXCLUDED.test(file))
					.map((file) => new URL(`${base}${file.slice(0, -'index.html'.length)}`, site).href)
					.sort();
				const address = (file: string) => new URL(`${base}${file}`, site).href;
				const files = sitemapFiles(pages, address);
				for (const [file, xml] of files) writeFileSync(join(outDir, file), xml);
				writeFileSync(join(outDir, 'robots.txt'), `User-agent: *\nDisallow: ${base}admin/\n\nSitemap: ${address('sitemap.xml')}\n`);
				logger.info(`Карта сайта: страниц — ${pages.length}, файлов — ${files.size}.`);
			},
		},
	};
}
