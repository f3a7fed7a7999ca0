interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

/**
 * rehype plugin: links to other sites in practice texts get `rel="noopener noreferrer"`,
 * like the links the site's own templates write.
 */
export function rehypeExternalLinks() {
	return (tree: HastNode) => {
		const visit = (node: HastNode) => {
			if (node.type === 'element' && node.tagName === 'a') {
				const href = String(node.properties?.['href'] ?? '');
				if (/^https?:\/\//i.test(href)) node.properties = { ...node.properties, rel: ['noopener', 'noreferrer'] };
			}
			for (const child of node.children ?? []) visit(child);
		};
		visit(tree);
	};
}
