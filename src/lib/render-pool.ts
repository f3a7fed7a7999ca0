import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedText } from './practice-render.ts';

type Pending = { resolve: (result: RenderedText) => void; reject: (error: Error) => void };

/**
 * Worker threads that render practice texts, so a build uses every core while the main thread reads
 * and validates files: at 20,000 practices rendering is most of the content layer's time. Texts go to
 * the worker with the fewest in flight; workers are unreferenced, so they never keep a build alive.
 */
export class RenderPool {
	readonly #workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
	#next = 0;

	constructor(size = Math.max(1, Math.min(4, availableParallelism()))) {
		for (let i = 0; i < size; i++) {
			const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
			const pending = new Map<number, Pending>();
			worker.on('message', ({ id, result, error }: { id: number; result?: RenderedText; error?: string }) => {
				const job = pending.get(id);
				pending.delete(id);
				if (!job) return;
				if (result) job.resolve(result);
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

	render(body: string): Promise<RenderedText> {
		const target = this.#workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
		const id = this.#next++;
		return new Promise((resolve, reject) => {
			target.pending.set(id, { resolve, reject });
			target.worker.ref();
			target.worker.postMessage({ id, body });
		});
	}

	async close(): Promise<void> {
		await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
	}
}
