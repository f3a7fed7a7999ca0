import { experimental_AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { Fragment } from 'astro/jsx-runtime';
import type { MarkdownHeading } from 'astro';
import { siteMarkdownProcessor, type MdxRendererOptions } from './markdown-processor.ts';

/** A practice text as HTML, with its headings, as Astro stores a rendered entry. */
export interface RenderedText {
	html: string;
	headings: MarkdownHeading[];
}

/** What the compiled MDX module gives: its content function and its headings. */
interface MdxModule {
	default: (props: { components: Record<string, unknown> }) => unknown;
	getHeadings?: () => MarkdownHeading[];
}

// The module the compiled text imports its JSX runtime from, as an address a `data:` module may import.
const JSX_RUNTIME = import.meta.resolve('astro/jsx-runtime');

/**
 * Renders practice texts that use no author components and no photos, in plain Node (a worker thread of
 * `practice-loader.ts`): the text is compiled by the site processor's `createMdxRenderer`, which is what
 * @astrojs/mdx calls, with the options it passes, and its content is rendered through Astro's Container
 * API with @astrojs/mdx's own server renderer. What @astrojs/mdx adds in Vite for such a text is only the
 * `Fragment` component and the `mdx-component` mark, and both are added here.
 * Hand-written because Astro has no public call that renders an MDX string outside a Vite build.
 */
export async function createTextRenderer(options: MdxRendererOptions) {
	const processor = siteMarkdownProcessor({ workers: false });
	if (!processor.createMdxRenderer) throw new Error('the site processor cannot compile MDX');
	const { shared, mdx } = options;
	const compiler = await processor.createMdxRenderer(shared, { ...mdx, srcDir: new URL(mdx.srcDir) });
	const container = await experimental_AstroContainer.create();
	container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });

	return async function render(
		body: string,
		filePath: string,
		frontmatter: Record<string, unknown>,
	): Promise<RenderedText> {
		const { code } = await compiler.process(body, filePath, frontmatter);
		// The compiled module imports only Astro's JSX runtime: the texts given here hold no imports.
		const source = code.replaceAll('"astro/jsx-runtime"', JSON.stringify(JSX_RUNTIME));
		const module = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as MdxModule;
		const Content = (props: { components?: Record<string, unknown> }) =>
			module.default({ ...props, components: { Fragment, ...props.components } });
		Object.assign(Content, { [Symbol.for('mdx-component')]: true });
		const html = await container.renderToString(Content as never);
		return { html, headings: module.getHeadings?.() ?? [] };
	};
}
