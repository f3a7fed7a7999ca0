interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/**
 * rehype plugin: column alignment in Markdown tables (`| ---: |`) becomes a class, `align-right`.
 * The obsolete `align` attribute is gone from HTML, and a `style` attribute would be blocked by the
 * site's Content-Security-Policy, which allows no inline styles.
 */
export function rehypeTableAlign() {
	return (tree: HastNode) => {
		const visit = (node: HastNode) => {
			if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th') && node.properties) {
				const { align, ...rest } = node.properties;
				if (typeof align === 'string') {
					const classes = Array.isArray(rest['className']) ? rest['className'] : [];
					node.properties = ALIGNMENTS.has(align) ? { ...rest, className: [...classes, `align-${align}`] } : rest;
				}
			}
			for (const child of node.children ?? []) visit(child);
		};
		visit(tree);
	};
}
