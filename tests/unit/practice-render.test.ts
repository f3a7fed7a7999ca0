import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { createPracticeRenderer } from '../../src/lib/practice-render.ts';
import { RenderPool } from '../../src/lib/render-pool.ts';
import { checkMdxBody } from '../../src/lib/mdx-safety.ts';
import { MDX_COMPONENT_NAMES } from '../../src/lib/mdx-components.ts';
import { RENDER_CANARY } from '../../src/lib/mdx-static.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/render/${name}`, import.meta.url), 'utf8');
/** The same markup whatever the serializer: parsed as HTML and written back, whitespace between tags dropped. */
const canonical = (html: string) => toHtml(fromHtml(html, { fragment: true })).replace(/>\s+</g, '><').trim();
const render = async (body: string) => {
	const renderer = await createPracticeRenderer();
	return (await renderer.render(body)).code;
};

describe('practice texts rendered at load time', () => {
	// rich.expected.html is what @astrojs/mdx 8 (unified + remark-gfm, compiled to a module and run by
	// Astro) made of rich.mdx before practice texts were rendered at load time; only the table
	// alignment differs on purpose: a class instead of a style attribute the CSP would block.
	it('gives the same HTML as Astro’s MDX pipeline for every construct authors may use', async () => {
		expect(checkMdxBody(fixture('rich.mdx'), MDX_COMPONENT_NAMES)).toEqual([]);
		expect(canonical(await render(fixture('rich.mdx')))).toBe(canonical(fixture('rich.expected.html')));
	});
	it('renders components as their HTML and leaves comments out', async () => {
		const html = await render('{/* заметка */}\n\n<Callout title="Важно">\nТекст.\n</Callout>');
		expect(canonical(html)).toBe('<aside class="callout"><p><strong>Важно</strong></p><p>Текст.</p></aside>');
	});
	it('keeps a line of tags a block, not a paragraph', async () => {
		expect(canonical(await render('<details>\n<summary>Ещё</summary>\n\nТекст.\n</details>'))).toBe('<details><summary>Ещё</summary><p>Текст.</p></details>');
	});
	it('marks table alignment with classes, which the CSP allows', async () => {
		const html = await render('| A | B |\n| :-: | -: |\n| 1 | 2 |');
		expect(html).toContain('<td class="align-center">1</td>');
		expect(html).not.toMatch(/align=|style=/);
	});
	it('has a sample that passes validation, so its HTML can key the cache', async () => {
		expect(checkMdxBody(RENDER_CANARY, MDX_COMPONENT_NAMES)).toEqual([]);
		expect(await render(RENDER_CANARY)).toContain('<aside class="callout">');
	});
	it('renders the same on worker threads as in the main thread', async () => {
		const pool = new RenderPool(2);
		try {
			const texts = [fixture('rich.mdx'), RENDER_CANARY, '## Раздел\n\nТекст.'];
			const results = await Promise.all(texts.map((t) => pool.render(t)));
			for (const [i, text] of texts.entries()) expect(results[i]?.html).toBe(await render(text));
		} finally {
			await pool.close();
		}
	});
});
