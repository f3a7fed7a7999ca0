// A worker thread that compiles MDX files with the site's processor for @astrojs/mdx (see mdx-workers.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { siteMarkdownProcessor } from './markdown-processor.ts';

const { shared, mdx } = workerData as { shared: Record<string, unknown>; mdx: Record<string, unknown> & { srcDir?: string } };
const processor = siteMarkdownProcessor({ workers: false });
if (!processor.createMdxRenderer) throw new Error('the site processor cannot compile MDX');
const renderer = await processor.createMdxRenderer(shared, { ...mdx, ...(mdx.srcDir ? { srcDir: new URL(mdx.srcDir) } : {}) } as never);
parentPort?.on('message', async ({ id, content, filePath, frontmatter }: { id: number; content: string; filePath: string; frontmatter: Record<string, unknown> }) => {
	try {
		parentPort?.postMessage({ id, result: await renderer.process(content, filePath, frontmatter) });
	} catch (error) {
		parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
