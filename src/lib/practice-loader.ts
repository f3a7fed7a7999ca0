import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { createMarkdownProcessor, parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import { RENDER_CANARY, remarkStaticMdx } from './mdx-static.ts';

type AstroConfig = LoaderContext['config'];
type EntryType = { getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body: string; slug: string; rawData: string }>; getRenderFunction: () => Promise<RenderFunction>; extensions: string[] };
type RenderFunction = (entry: { body?: string }) => Promise<{ html: string; metadata: Record<string, unknown> }>;

/** Markdown options of the site's own processor (`markdown.processor` in the Astro config). */
function siteMarkdownOptions(config: AstroConfig) {
	const processor = config.markdown.processor as { options?: { remarkPlugins?: unknown[]; rehypePlugins?: unknown[]; remarkRehype?: object; gfm?: boolean; smartypants?: boolean } } | undefined;
	return processor?.options ?? {};
}

/** Renders a practice text to HTML with the site's Markdown processor, MDX grammar and components included. */
export async function createPracticeRenderer(config: AstroConfig): Promise<MarkdownRenderer> {
	const options = siteMarkdownOptions(config);
	return createMarkdownProcessor({
		...config.markdown,
		gfm: options.gfm ?? true,
		smartypants: options.smartypants ?? false,
		remarkRehype: { ...options.remarkRehype },
		remarkPlugins: [remarkMdx, remarkStaticMdx, ...((options.remarkPlugins ?? []) as never[])],
		rehypePlugins: (options.rehypePlugins ?? []) as never[],
	} as never);
}

/** Reads a practice file: YAML frontmatter and the MDX text, rendered to HTML by `renderer`. */
function practiceEntryType(renderer: MarkdownRenderer): EntryType {
	return {
		extensions: ['.mdx'],
		async getEntryInfo({ contents }) {
			const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
			const data = parsed.frontmatter as Record<string, unknown>;
			return { data, body: parsed.content.trim(), slug: String(data['slug'] ?? ''), rawData: parsed.rawFrontmatter };
		},
		async getRenderFunction() {
			return async ({ body }) => {
				const { code, metadata } = await renderer.render(body ?? '');
				return { html: code, metadata: { headings: metadata.headings, localImagePaths: metadata.localImagePaths, remoteImagePaths: metadata.remoteImagePaths } };
			};
		},
	};
}

/**
 * The practices collection: Astro's glob loader with practice texts rendered to HTML when they are
 * loaded. The content store keeps the HTML with the file's digest, so a later build renders only the
 * files that changed, and no practice becomes a JavaScript module for the bundler.
 *
 * Stored HTML is reused only while the digest matches, and the digest includes the HTML of a sample
 * text that uses every construct (`RENDER_CANARY`): a change to the pipeline that changes the sample's
 * HTML re-renders every practice, with nothing to bump by hand.
 */
export function practiceLoader(options: { pattern: string; base: string }): Loader {
	const inner = glob(options);
	return {
		name: 'practice-loader',
		load: async (context) => {
			const renderer = await createPracticeRenderer(context.config);
			const pipeline = context.generateDigest((await renderer.render(RENDER_CANARY)).code);
			// `entryTypes` is how the glob loader finds the reader of each extension; it is not in the public type.
			const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, unknown> };
			return inner.load({
				...context,
				entryTypes: new Map([...entryTypes, ['.mdx', practiceEntryType(renderer)]]),
				generateDigest: (data: Record<string, unknown> | string) =>
					context.generateDigest(typeof data === 'string' ? `${pipeline}\n${data}` : data),
			} as LoaderContext);
		},
	};
}
