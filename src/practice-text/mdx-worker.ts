// A worker thread of mdx-workers.ts (piscina): compiles MDX files with the site's processor for @astrojs/mdx.
import { workerData } from 'node:worker_threads';
import { siteMarkdownProcessor } from './markdown-processor.ts';

const { shared, mdx } = workerData as {
	shared: Record<string, unknown>;
	mdx: Record<string, unknown> & { srcDir?: string };
};
const processor = siteMarkdownProcessor({ workers: false });
if (!processor.createMdxRenderer) throw new Error('the site processor cannot compile MDX');
const renderer = await processor.createMdxRenderer(shared, {
	...mdx,
	...(mdx.srcDir ? { srcDir: new URL(mdx.srcDir) } : {}),
} as never);

export default function compile({
	content,
	filePath,
	frontmatter,
}: {
	content: string;
	filePath: string;
	frontmatter: Record<string, unknown>;
}) {
	return renderer.process(content, filePath, frontmatter);
}
