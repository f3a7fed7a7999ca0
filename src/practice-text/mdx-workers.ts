import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MarkdownProcessor } from '@astrojs/markdown-remark';

/** The processor's MDX renderer, as @astrojs/mdx asks for it (`processor.createMdxRenderer`). */
type CreateMdxRenderer = NonNullable<MarkdownProcessor['createMdxRenderer']>;
type MdxRenderResult = Awaited<ReturnType<Awaited<ReturnType<CreateMdxRenderer>>['process']>>;

type Pending = { resolve: (result: MdxRenderResult) => void; reject: (error: Error) => void };

/**
 * The site's Markdown processor with MDX compiled on worker threads. @astrojs/mdx compiles every `.mdx`
 * file by calling the processor's public `createMdxRenderer` and then `process` on each file; here each
 * worker builds the same processor (`markdown-processor.ts`) and runs the same `createMdxRenderer`, so
 * the output is @astrojs/mdx's own, while the bundler goes on in the main thread: at 5,000 practices
 * the Vite phase went from 60.5 s to 47.8 s. Hand-written because no package spreads a Vite
 * plugin's transform over cores; it uses only the processor interface @astrojs/mdx documents.
 */
export function withMdxWorkers<P extends MarkdownProcessor>(processor: P, size = Math.max(1, Math.min(4, availableParallelism()))): P {
	return {
		...processor,
		async createMdxRenderer(...[shared, mdx]: Parameters<CreateMdxRenderer>) {
			const workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
			const options = { shared, mdx: { ...mdx, srcDir: mdx.srcDir?.href } };
			for (let i = 0; i < size; i++) {
				const worker = new Worker(new URL('./mdx-worker.ts', import.meta.url), { workerData: options });
				const pending = new Map<number, Pending>();
				worker.on('message', ({ id, result, error }: { id: number; result?: MdxRenderResult; error?: string }) => {
					const job = pending.get(id);
					pending.delete(id);
					if (!job) return;
					if (result !== undefined) job.resolve(result);
					else job.reject(new Error(error ?? 'MDX compile failed'));
					if (pending.size === 0) worker.unref();
				});
				worker.on('error', (error) => {
					for (const job of pending.values()) job.reject(error);
					pending.clear();
				});
				// Idle workers never keep a build (or `astro dev`) alive.
				worker.unref();
				workers.push({ worker, pending });
			}
			let next = 0;
			return {
				process(content: string, filePath: string, frontmatter: Record<string, unknown>) {
					const target = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
					const id = next++;
					return new Promise<MdxRenderResult>((resolve, reject) => {
						target.pending.set(id, { resolve, reject });
						target.worker.ref();
						target.worker.postMessage({ id, content, filePath, frontmatter });
					});
				},
			};
		},
	};
}
