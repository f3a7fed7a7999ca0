// A worker thread that renders practice texts for the content loader (see render-pool.ts).
import { parentPort } from 'node:worker_threads';
import { createPracticeRenderer, renderText } from './practice-render.ts';

const renderer = await createPracticeRenderer();
parentPort?.on('message', async ({ id, body }: { id: number; body: string }) => {
	try {
		parentPort?.postMessage({ id, result: await renderText(renderer, body) });
	} catch (error) {
		parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
