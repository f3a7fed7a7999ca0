import { availableParallelism } from 'node:os';
import { workerPool } from './worker-pool.ts';
import type { MarkdownProcessor } from '@astrojs/markdown-remark';

/** The processor's MDX renderer, as @astrojs/mdx asks for it (`processor.createMdxRenderer`). */
type CreateMdxRenderer = NonNullable<MarkdownProcessor['createMdxRenderer']>;
type MdxRenderResult = Awaited<ReturnType<Awaited<ReturnType<CreateMdxRenderer>>['process']>>;

/**
 * The site's Markdown processor with MDX compiled on worker threads (piscina). @astrojs/mdx compiles
 * every `.mdx` file it bundles by calling the processor's public `createMdxRenderer` and then `process`
 * on each file; here each worker (piscina, through worker-pool.ts) builds the same processor (`markdown-processor.ts`) and runs the same
 * `createMdxRenderer`, so the output is @astrojs/mdx's own, while the bundler goes on in the main thread.
 * Only texts on the module path come here (see practice-loader.ts). A worker that fails to start, or a
 * file that fails to compile, rejects its job with the error. `workerScript` is for tests.
 */
export function withMdxWorkers<P extends MarkdownProcessor>(
	processor: P,
	size = Math.max(1, Math.min(4, availableParallelism())),
	workerScript = new URL('./mdx-worker.ts', import.meta.url),
): P {
	return {
		...processor,
		async createMdxRenderer(...[shared, mdx]: Parameters<CreateMdxRenderer>) {
			// Threads start on the first job, so a build whose texts are all rendered at load time starts none.
			const pool = workerPool<
				{ content: string; filePath: string; frontmatter: Record<string, unknown> },
				MdxRenderResult
			>({
				filename: workerScript,
				workerData: { shared, mdx: { ...mdx, srcDir: mdx.srcDir?.href } },
				maxThreads: size,
			});
			return {
				process: (content: string, filePath: string, frontmatter: Record<string, unknown>) =>
					pool.run({ content, filePath, frontmatter }),
			};
		},
	};
}
