import { describe, expect, it } from 'vitest';
import { siteMarkdownProcessor } from '../../../src/practice-text/markdown-processor.ts';

/** What @astrojs/mdx passes to createMdxRenderer for this site (astro.config.mjs). */
const shared = { syntaxHighlight: false as const, gfm: true, smartypants: false };
const mdx = { optimize: false, srcDir: new URL('../../../src/', import.meta.url), sourcemap: false };

async function compile(text: string): Promise<string> {
	const renderer = await siteMarkdownProcessor({ workers: false }).createMdxRenderer!(shared, mdx);
	return (await renderer.process(text, '/tmp/praktika.mdx', {})).code;
}

describe('the site Markdown processor', () => {
	it('marks links to other sites noopener noreferrer and leaves the site’s own links alone', async () => {
		const code = await compile('Смотрите [сайт города](https://www.admkrsk.ru/) и [темы](/topics/tos/).\n');
		expect(code).toMatch(/href: "https:\/\/www\.admkrsk\.ru\/",\s*rel: "noopener noreferrer"/);
		expect(code).toMatch(/href: "\/topics\/tos\/",\s*children: "темы"/);
	});

	it('turns table column alignment into a class, which the Content-Security-Policy allows', async () => {
		const code = await compile('| Показатель | Значение |\n| --- | ---: |\n| ТОС | 12 |\n');
		expect(code.match(/class: "align-right"/g)).toHaveLength(2);
		expect(code).not.toMatch(/align: "right"|style:/);
	});

	it('keeps Russian quotes as they are written (SmartyPants off)', async () => {
		expect(await compile('Проект «Яркие берега» и "кавычки".\n')).toContain('Проект «Яркие берега» и \\"кавычки\\".');
	});
});
