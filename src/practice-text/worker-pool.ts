import { Piscina } from 'piscina';

/**
 * A piscina pool whose jobs fail when a worker does. Piscina reports a worker that throws while starting
 * as an `error` event of the pool and leaves the jobs waiting for it unsettled, which would hang a build;
 * here that error rejects every waiting job and every later one, and the pool is closed.
 */
export function workerPool<In, Out>(options: { filename: URL; workerData: unknown; maxThreads: number }) {
	const pool = new Piscina<In, Out>({
		filename: options.filename.href,
		workerData: options.workerData,
		maxThreads: options.maxThreads,
		minThreads: 0,
	});
	let failure: Error | undefined;
	const waiting = new Set<(error: Error) => void>();
	pool.on('error', (error: Error) => {
		failure = error;
		for (const fail of waiting) fail(error);
		waiting.clear();
		void pool.destroy();
	});
	return {
		run(task: In): Promise<Out> {
			if (failure) return Promise.reject(failure);
			return new Promise<Out>((resolve, reject) => {
				waiting.add(reject);
				pool
					.run(task)
					.then(resolve, reject)
					.finally(() => waiting.delete(reject));
			});
		},
		destroy: () => pool.destroy(),
	};
}
