import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedText } from './practice-render.ts';
import type { MdxProblem } from './mdx-safety.ts';

type Pending = { resolve: (result: never) => void; reject: (error: Error) => void };

/**
 * Worker threads that render practice texts and check them for safety, so a build uses every core:
 * at 20,000 practices parsing texts is most of the content check's and the content layer's time.
 * Texts go to the worker with the fewest in flight; idle workers are unreferenced, so they never keep
 * a build alive.
 */
export class RenderPool {
	readonly #workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
	#next = 0;

	constructor(size = Math.max(1, Math.min(4, availableParallelism()))) {
		for (let i = 0; i < size; i++) {
			const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
			const pending = new Map<number, Pending>();
			worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
				const job = pending.get(id);
				pending.delete(id);
				if (!job) return;
				if (result !== undefined) job.resolve(result as never);
				else job.reject(new Error(error ?? 'render failed'));
				if (pending.size === 0) worker.unref();
			});
			worker.on('error', (error) => {
				for (const job of pending.values()) job.reject(error);
				pending.clear();
			});
			worker.unref();
			this.#workers.push({ worker, pending });
		}
	}

	/** The HTML of a practice text (`practice-render.ts`). */
	render(body: string): Promise<RenderedText> {
		return this.#send({ body });
	}

	/** The problems `checkMdxBody` finds in a practice text. */
	check(body: string, components: readonly string[]): Promise<MdxProblem[]> {
		return this.#send({ body, components: [...components] });
	}

	#send<T>(message: { body: string; components?: string[] }): Promise<T> {
		const target = this.#workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
		const id = this.#next++;
		return new Promise<T>((resolve, reject) => {
			target.pending.set(id, { resolve: resolve as (result: never) => void, reject });
			target.worker.ref();
			target.worker.postMessage({ id, ...message });
		});
	}

	async close(): Promise<void> {
		await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
	}
}
