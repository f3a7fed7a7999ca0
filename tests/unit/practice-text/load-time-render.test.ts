import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { fromHtml } from 'hast-util-from-html';
import { removePosition } from 'unist-util-remove-position';
import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { mdxComponents } from '../../../src/components/mdx/index.ts';
import { createTextRenderer } from '../../../src/practice-text/text-renderer.ts';
import { mdxRendererOptions } from '../../../src/practice-text/markdown-processor.ts';
import { rendersAtLoad } from '../../../src/practice-text/practice-loader.ts';
import { checkMdxBody } from '../../../src/practice-text/mdx-safety.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Every real practice and every practice of every fixture set. */
const files = [
	...globSync('content/practices/**/*.mdx', { cwd: root }),
	...globSync('tests/fixtures/**/content/practices/**/*.mdx', { cwd: root }),
	...globSync('tests/fixtures/load-time-render/*.mdx', { cwd: root }),
].sort();
const bodyOf = (file: string) => readFileSync(`${root}${file}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
/** Files whose front matter is not YAML never reach rendering: validation refuses them first. */
const unreadable = files.filter((file) => {
	try {
		parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`${root}${file}`, 'utf8'))?.[1] ?? '');
		return false;
	} catch {
		return true;
	}
});
const atLoad = files.filter((file) => !unreadable.includes(file) && rendersAtLoad(bodyOf(file)));
const onModulePath = files.filter((file) => !unreadable.includes(file) && !atLoad.includes(file));

/** An HTML fragment as a tree without positions: quoting, entity spelling and attribute order do not count. */
function tree(html: string) {
	const root = fromHtml(html, { fragment: true });
	removePosition(root, { force: true });
	return root;
}

const container = await experimental_AstroContainer.create({
	renderers: await loadRenderers([getContainerRenderer()]),
});
const config = { markdown: { syntaxHighlight: false as const }, srcDir: new URL('src/', `file://${root}`) };
const renderAtLoad = await createTextRenderer(mdxRendererOptions(config as never));

describe('practice texts rendered when content loads', () => {
	it('covers every real practice and the fixture of every construct', () => {
		expect(atLoad.filter((f) => f.startsWith('content/')).length).toBe(
			files.filter((f) => f.startsWith('content/')).length,
		);
		expect(atLoad).toContain('tests/fixtures/load-time-render/vsya-razmetka-bez-komponentov.mdx');
		// Only the fixtures of broken YAML.
		expect(unreadable).toEqual([
			'tests/fixtures/invalid/broken-yaml/content/practices/krasnoyarsk/testovaya-praktika.mdx',
			'tests/fixtures/invalid/colon-in-title/content/practices/krasnoyarsk/testovaya-praktika.mdx',
		]);
	});

	it.each(atLoad)('%s: the same HTML as the @astrojs/mdx module', async (file) => {
		const module = (await import(/* @vite-ignore */ `${root}${file}`)) as { Content: never };
		const reference = await container.renderToString(module.Content, { props: { components: mdxComponents } });
		const loaded = await renderAtLoad(bodyOf(file), `${root}${file}`, {});
		if (!file.includes('/invalid/')) expect(loaded.html).toContain('<h2');
		expect(tree(loaded.html)).toEqual(tree(reference));
	});

	it.each(onModulePath)(
		'%s: stays on the module path for a photo, an author component or a refused construct',
		(file) => {
			const { images, components, problems } = checkMdxBody(bodyOf(file));
			expect(images.length + components.length + problems.length).toBeGreaterThan(0);
		},
	);
});
