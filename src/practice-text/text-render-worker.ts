// A worker thread of practice-loader.ts: renders practice texts to HTML (text-renderer.ts) for piscina.
import { workerData } from 'node:worker_threads';
import { createTextRenderer } from './text-renderer.ts';
import type { MdxRendererOptions } from './markdown-processor.ts';

const render = await createTextRenderer(workerData as MdxRendererOptions);

export default function renderText({
	body,
	filePath,
	frontmatter,
}: {
	body: string;
	filePath: string;
	frontmatter: Record<string, unknown>;
}) {
	return render(body, filePath, frontmatter);
}
