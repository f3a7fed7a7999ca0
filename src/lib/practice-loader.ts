import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { RENDER_CANARY } from './mdx-static.ts';
import type { RenderedText } from './practice-render.ts';
import { RenderPool } from './render-pool.ts';

type EntryInfo = { data: Record<string, unknown>; body: string; slug: string; rawData: string };
type EntryType = {
	extensions: string[];
	getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<EntryInfo>;
	getRenderFunction: () => Promise<(entry: { body?: string }) => Promise<RenderedText>>;
};

/** Reads a practice file: YAML frontmatter, and the MDX text rendered to HTML by `render`. */
function practiceEntryType(render: (body: string) => Promise<RenderedText>): EntryType {
	return {
		extensions: ['.mdx'],
		async getEntryInfo({ contents }) {
			const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
			const data = parsed.frontmatter as Record<string, unknown>;
			return { data, body: parsed.content.trim(), slug: String(data['slug'] ?? ''), rawData: parsed.rawFrontmatter };
		},
		async getRenderFunction() {
			return ({ body }) => render(body ?? '');
		},
	};
}

/**
 * The practices collection: Astro's glob loader with practice texts rendered to HTML when they are
 * loaded (`practice-render.ts`), on worker threads so every core takes part. The content store keeps
 * the HTML with the file's digest, so a later build renders only the files that changed, and no
 * practice becomes a JavaScript module for the bundler.
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
			const pool = new RenderPool();
			try {
				const pipeline = context.generateDigest((await pool.render(RENDER_CANARY)).html);
				// `entryTypes` is how the glob loader finds the reader of each extension; it is not in the public type.
				const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, unknown> };
				await inner.load({
					...context,
					entryTypes: new Map([...entryTypes, ['.mdx', practiceEntryType((body) => pool.render(body))]]),
					generateDigest: (data: Record<string, unknown> | string) =>
						context.generateDigest(typeof data === 'string' ? `${pipeline}\n${data}` : data),
				} as LoaderContext);
			} finally {
				// In `astro dev` the glob loader keeps watching and renders edited files later with this
				// pool, so it stays; idle workers are unreferenced and never keep the process alive.
				if (!context.watcher) await pool.close();
			}
		},
	};
}
