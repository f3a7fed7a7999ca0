import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/**
 * rehype plugin: column alignment in Markdown tables (`| ---: |`) becomes a class, `align-right`.
 * The obsolete `align` attribute is gone from HTML, and a `style` attribute would be blocked by the
 * site's Content-Security-Policy, which allows no inline styles. Hand-made because no kept package
 * turns table alignment into classes.
 */
export function rehypeTableAlign() {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			if (node.tagName !== 'td' && node.tagName !== 'th') return;
			const { align, ...rest } = node.properties;
			if (typeof align !== 'string') return;
			const classes = Array.isArray(rest['className']) ? rest['className'] : [];
			node.properties = ALIGNMENTS.has(align) ? { ...rest, className: [...classes, `align-${align}`] } : rest;
		});
	};
}
