import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import { remarkStaticMdx } from './mdx-static.ts';
import { siteMarkdownProcessor } from './markdown-processor.ts';

/** What the content store keeps of a rendered practice text. */
export interface RenderedText {
	html: string;
	metadata: { headings: { depth: number; slug: string; text: string }[]; localImagePaths: string[]; remoteImagePaths: string[] };
}

/**
 * Renders practice texts with the site's Markdown processor (`siteMarkdownProcessor`, the one
 * astro.config.mjs uses) plus the MDX grammar and the authors' components as plain HTML. Free of
 * Astro's runtime, so worker threads can run it too.
 */
export async function createPracticeRenderer(): Promise<MarkdownRenderer> {
	const { options } = siteMarkdownProcessor();
	return createMarkdownProcessor({
		syntaxHighlight: false,
		gfm: options.gfm ?? true,
		smartypants: options.smartypants ?? false,
		remarkRehype: { ...options.remarkRehype },
		remarkPlugins: [remarkMdx, remarkStaticMdx, ...options.remarkPlugins],
		rehypePlugins: options.rehypePlugins,
	} as Parameters<typeof createMarkdownProcessor>[0]);
}

export async function renderText(renderer: MarkdownRenderer, body: string): Promise<RenderedText> {
	const { code, metadata } = await renderer.render(body);
	return { html: code, metadata: { headings: metadata.headings, localImagePaths: metadata.localImagePaths, remoteImagePaths: metadata.remoteImagePaths } };
}
