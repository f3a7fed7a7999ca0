import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { workerPool } from './worker-pool.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { mdxRendererOptions } from './markdown-processor.ts';
import type { RenderedText } from './text-renderer.ts';

/** What Astro's content store keeps of an entry (`store.set`), as far as this loader reads it. */
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Whether a practice text is rendered once, when content loads: it uses no author components and no
 * photos. Those are `.astro` files and `astro:assets` images, which only the build's Vite can compile
 * and process, so such texts stay on @astrojs/mdx's module path and are rendered on every build.
 */
export function rendersAtLoad(body: string): boolean {
	const { images, components, problems } = checkMdxBody(body);
	return problems.length === 0 && images.length === 0 && components.length === 0;
}

/**
 * The practices' loader: Astro's `glob` for `.mdx`, with each text that `rendersAtLoad` rendered once and
 * stored as `rendered` HTML beside its `digest`, as Astro does for `.md`. `render(entry)` then emits that
 * HTML and imports no module; the next build skips an entry whose file is unchanged (glob compares the
 * digest), so only new and edited texts are rendered. The HTML is @astrojs/mdx's (text-renderer.ts), on
 * worker threads; `tests/unit/practice-text/load-time-render.test.ts` compares it with the module path.
 */
export function practiceLoader(options: { pattern: string; base: string }): Loader {
	const inner = glob(options);
	return {
		name: 'practice-loader',
		async load(context) {
			const queue: StoredEntry[] = [];
			let loading = true;
			const store = new Proxy(context.store, {
				get(target, property, receiver) {
					if (property !== 'set') return Reflect.get(target, property, receiver);
					// glob stores an `.mdx` entry for the module path (`deferredRender`); the ones this loader renders wait here.
					// A file edited under `astro dev` after the load stays on the module path, which renders it on request.
					return (entry: StoredEntry) => {
						if (!loading || !entry.deferredRender || !entry.filePath || !rendersAtLoad(entry.body ?? ''))
							return target.set(entry);
						queue.push(entry);
						return true;
					};
				},
			});
			await inner.load({ ...context, store });
			loading = false;
			if (queue.length === 0) return;
			const started = performance.now();
			const pool = workerPool<{ body: string; filePath: string; frontmatter: Record<string, unknown> }, RenderedText>({
				filename: new URL('./text-render-worker.ts', import.meta.url),
				workerData: mdxRendererOptions(context.config),
				maxThreads: Math.max(1, Math.min(4, availableParallelism())),
			});
			try {
				await Promise.all(
					queue.map(async ({ deferredRender: _module, ...entry }) => {
						const filePath = fileURLToPath(new URL(entry.filePath!, context.config.root));
						// The frontmatter only becomes the module's `frontmatter` export, which the HTML does not show.
						const { html, headings } = await pool.run({ body: entry.body ?? '', filePath, frontmatter: {} });
						context.store.set({ ...entry, rendered: { html, metadata: { headings } } });
					}),
				);
			} finally {
				await pool.destroy();
			}
			context.logger.info(
				`Текстов практик подготовлено заранее: ${queue.length} за ${Math.round(performance.now() - started)} мс`,
			);
		},
	};
}
