import { unified } from '@astrojs/markdown-remark';
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
	const processor = unified({ gfm: true, smartypants: false, remarkPlugins: [remarkPracticeSafety], rehypePlugins: [[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }], rehypeTableAlign] });
	return workers ? withMdxWorkers(processor) : processor;
}
