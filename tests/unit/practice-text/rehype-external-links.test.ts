import { describe, expect, it } from 'vitest';
import { rehypeExternalLinks } from '../../../src/practice-text/rehype-external-links.ts';

describe('rehypeExternalLinks', () => {
	it('marks links to other sites and leaves the site’s own links alone', () => {
		interface Node {
			type: string;
			tagName?: string;
			properties?: Record<string, unknown>;
			children?: Node[];
		}
		const tree: Node = {
			type: 'root',
			children: [
				{ type: 'element', tagName: 'a', properties: { href: 'https://ncrobo.ru/' }, children: [] },
				{ type: 'element', tagName: 'p', children: [{ type: 'element', tagName: 'a', properties: { href: '/topics/tos/' }, children: [] }] },
			],
		};
		rehypeExternalLinks()(tree);
		expect(tree.children?.[0]?.properties?.['rel']).toEqual(['noopener', 'noreferrer']);
		expect(tree.children?.[1]?.children?.[0]?.properties?.['rel']).toBeUndefined();
	});
});
