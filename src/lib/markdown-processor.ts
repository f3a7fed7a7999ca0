import { unified } from '@astrojs/markdown-remark';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { rehypeTableAlign } from './rehype-table-align.ts';

/**
 * The site's Markdown processor: remark/rehype with GitHub-flavoured Markdown (tables, lists,
 * autolinks, footnotes). SmartyPants is off: it would turn Russian «ёлочки» into English quotes.
 * Practice texts go through the same processor with the MDX grammar added (`practice-loader.ts`).
 */
export function siteMarkdownProcessor() {
	return unified({ gfm: true, smartypants: false, rehypePlugins: [rehypeExternalLinks, rehypeTableAlign] });
}
