import { unified, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import rehypeExternalLinks from 'rehype-external-links';
import { rehypeTableAlign } from './rehype-table-align.ts';
import { remarkPracticeSafety } from './remark-practice-safety.ts';
import { withMdxWorkers } from './mdx-workers.ts';

/**
 * The site's Markdown processor: remark/rehype with GitHub-flavoured Markdown (tables, lists,
 * autolinks, footnotes). SmartyPants is off: it would turn Russian «ёлочки» into English quotes.
 * Practice texts (MDX) go through the same processor (`@astrojs/mdx` extends this config). Links to other
 * sites get `rel="noopener noreferrer"`, like the links the site's own templates write.
 */
export function siteMarkdownProcessor({ workers = true } = {}) {
	const processor = unified({
		gfm: true,
		smartypants: false,
		remarkPlugins: [remarkPracticeSafety],
		rehypePlugins: [[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }], rehypeTableAlign],
	});
	return workers ? withMdxWorkers(processor) : processor;
}

/** The options of the `@astrojs/mdx` integration in astro.config.mjs; the load-time renderer compiles with the same. */
export const MDX_INTEGRATION_OPTIONS = { optimize: true } as const;

/** What @astrojs/mdx passes to the processor's `createMdxRenderer`, in a form a worker thread can receive. */
export interface MdxRendererOptions {
	shared: Pick<AstroMarkdownOptions, 'syntaxHighlight'>;
	mdx: { optimize: boolean; srcDir: string };
}

/**
 * The options @astrojs/mdx gives `createMdxRenderer` for this site's config (it extends `markdown`).
 * GFM and SmartyPants are left out: @astrojs/mdx takes them from the processor, as the processor does itself.
 */
export function mdxRendererOptions(config: Pick<AstroConfig, 'markdown' | 'srcDir'>): MdxRendererOptions {
	return {
		// Astro's config type spells an optional list differently from the processor's; the value is the same.
		shared: {
			syntaxHighlight: config.markdown.syntaxHighlight as NonNullable<AstroMarkdownOptions['syntaxHighlight']>,
		},
		mdx: { optimize: MDX_INTEGRATION_OPTIONS.optimize, srcDir: config.srcDir.href },
	};
}
