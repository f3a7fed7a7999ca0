import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The search engine's module, which the Component UI loads as `<bundle-path>pagefind.js`. */
const ENGINE_MODULE = fileURLToPath(new URL('../search/engine/pagefind-api.ts', import.meta.url));

/** Where the engine is served, under the site's base path: the search page's `bundle-path`. */
export const ENGINE_DIR = 'search/engine/';
/** The file the Component UI imports from its bundle path. */
const ENGINE_FILE = `${ENGINE_DIR}pagefind.js`;

/**
 * Bundles the search engine (src/search/engine/) for the browser into `dist/search/engine/pagefind.js`, as
 * an entry of the site's own client build, with its exports kept. Pagefind's Component UI offers no way to
 * give it a search engine other than a bundle path, under which it imports `pagefind.js` by that exact name,
 * while the scripts Astro bundles get hashed names: so the engine is one more entry with a fixed name.
 */
export function searchEngine(): AstroIntegration {
	return {
		name: 'search-engine',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'build') return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'search-engine',
								applyToEnvironment: (environment) => environment.name === 'client',
								buildStart() {
									this.emitFile({
										type: 'chunk',
										id: ENGINE_MODULE,
										fileName: ENGINE_FILE,
										preserveSignature: 'strict',
									});
								},
							},
						],
					},
				});
			},
		},
	};
}
