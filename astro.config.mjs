// @ts-check
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { decapAssets } from './src/integrations/decap-assets.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { inlineScriptHashes } from './src/lib/inline-scripts.ts';
import { siteMarkdownProcessor } from './src/lib/markdown-processor.ts';

export default defineConfig({
	// The public address, set at deployment (for example by the Pages workflow); canonical links need it.
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	// Benchmarks build other corpora; their content cache must not overwrite the project's.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	// Four pages at a time: rendering one page at a time left the process waiting on file writes.
	build: { format: 'directory', concurrency: 4 },
	// Reuse last build's page when its cacheKey (src/data/cache-keys.ts) and code are unchanged.
	experimental: { incrementalBuild: true },
	markdown: {
		// remark/rehype with GitHub-flavoured Markdown; practice texts add the MDX grammar (see the module).
		processor: siteMarkdownProcessor(),
		// Code appears only in curator docs (shell commands); plain, high-contrast blocks need no highlighter.
		syntaxHighlight: false,
	},
	security: {
		// A Content-Security-Policy <meta> on every page, with hashes of its own scripts and styles.
		// Pagefind compiles WebAssembly and starts a worker from a blob; nothing else is loaded from elsewhere.
		csp: {
			directives: ["default-src 'self'", "img-src 'self' data:", "worker-src 'self' blob:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes() },
			styleDirective: { resources: ["'self'"] },
		},
	},
	integrations: [contentCheck(), pagefindIndex(), decapAssets(), sitemap()],
});
