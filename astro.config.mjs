// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { decapAssets } from './src/integrations/decap-assets.ts';
import { searchEngine } from './src/integrations/search-engine.ts';
import { oldOutputAside } from './src/integrations/old-output.ts';
import sitemap from '@astrojs/sitemap';
import { inlineScriptHashes } from './src/site/inline-scripts.ts';
import { MDX_INTEGRATION_OPTIONS, siteMarkdownProcessor } from './src/practice-text/markdown-processor.ts';
import { CONTENT_DIR } from './src/site/content-root.ts';

export default defineConfig({
	// The public address, set at deployment (for example by the Pages workflow); canonical links, the
	// sitemap and the feeds need it. A local build takes the local server's address (`npm start`).
	site: process.env.SITE_URL ?? 'http://localhost:4321/',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	// Benchmarks build other corpora; their content cache must not overwrite the project's.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	// Four pages at a time: rendering one page at a time left the process waiting on file writes.
	build: { format: 'directory', concurrency: 4 },
	// A page whose `cacheKey` (src/site/cache-keys.ts) and code are unchanged is copied from the last build.
	experimental: { incrementalBuild: true },
	markdown: {
		// remark/rehype with GitHub-flavoured Markdown; @astrojs/mdx extends this config for practice texts.
		processor: siteMarkdownProcessor(),
		// Code appears only in curator docs (shell commands); plain, high-contrast blocks need no highlighter.
		syntaxHighlight: false,
	},
	security: {
		// A Content-Security-Policy <meta> on every page, with hashes of its own scripts and styles.
		// Pagefind compiles WebAssembly and starts a worker from a blob; nothing else is loaded from elsewhere.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes() },
			styleDirective: { resources: ["'self'"] },
		},
	},
	// Photos beside practices are found with import.meta.glob('@content/…') wherever CONTENT_DIR points.
	vite: {
		resolve: { alias: { '@content': CONTENT_DIR.replace(/\/$/, '') } },
		// Bundled pages cannot find content/ from their own import.meta.url: they read it from here (content-root.ts).
		// A plain constant: vitest copies import.meta.env defines into process.env, which the builds tests start inherit.
		define: { __CONTENT_DIR__: JSON.stringify(CONTENT_DIR) },
		build: {
			// Media queries stay in the `(max-width: …)` form rather than the minifier's `(width<=…)`: Paged.js,
			// which lays out the compendia for print, parses CSS with css-tree 1 and fails on the range form.
			cssTarget: ['chrome103', 'firefox100', 'safari15'],
			rollupOptions: {
				// Every MDX entry carries Astro's "use astro:head-inject" marker, and the bundler warns once per
				// entry that it may drop it (withastro/astro#18087, harmless): 20,000 lines at scale, so not shown.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		oldOutputAside(),
		contentCheck(),
		mdx(MDX_INTEGRATION_OPTIONS),
		decapAssets(),
		searchEngine(),
		// Every page built, but the web editor, the error page and the compendia for print (copies of the cards,
		// marked noindex); split into files of 45,000 addresses (the protocol allows 50,000).
		sitemap({ filter: (page) => !/\/(admin|404)\/$|\/compendium\//.test(new URL(page).pathname), entryLimit: 45_000 }),
	],
});
