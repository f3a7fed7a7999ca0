// A worker thread that renders practice texts for the content loader and checks them for the
// content check (see render-pool.ts).
import { parentPort } from 'node:worker_threads';
import { createPracticeRenderer, renderText } from './practice-render.ts';
import { checkMdxBody } from './mdx-safety.ts';

const renderer = await createPracticeRenderer();
parentPort?.on('message', async ({ id, body, components }: { id: number; body: string; components?: string[] }) => {
	try {
		const result = components ? checkMdxBody(body, components) : await renderText(renderer, body);
		parentPort?.postMessage({ id, result });
	} catch (error) {
		parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
