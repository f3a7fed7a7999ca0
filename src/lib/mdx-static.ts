import { h } from 'hastscript';

/**
 * Practice texts are MDX limited to what validation allows (`mdx-safety.ts`): Markdown, a fixed set of
 * HTML elements with plain attributes, the components below, and `{/* comments *\/}`. Nothing in them
 * runs, so they are rendered to HTML once, when content is loaded, instead of being compiled into
 * JavaScript modules that every build bundles and executes. This plugin turns the MDX nodes into
 * ordinary Markdown-to-HTML nodes; the rest of the pipeline is the site's Markdown processor.
 */

interface MdastNode {
	type: string;
	name?: string | null;
	value?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: MdastNode[];
	data?: Record<string, unknown>;
}

/** Renders a component's node: its attributes and its children (already Markdown nodes). */
type StaticComponent = (attributes: Record<string, string | true>, children: MdastNode[], inline: boolean) => MdastNode;

/** An element node that remark-rehype turns into `<tag …>children</tag>`. */
function element(tag: string, properties: Record<string, unknown>, children: MdastNode[]): MdastNode {
	const { properties: hProperties } = h(tag, properties as never);
	return { type: 'staticElement', data: { hName: tag, hProperties }, children };
}

/** The components authors may use in practice texts, with the HTML each one stands for. */
export const STATIC_COMPONENTS: Record<string, StaticComponent> = {
	/** A highlighted note: `<Callout title="Важно">…</Callout>`; «Обратите внимание» if no title is given. */
	Callout: (attributes, children) => {
		const title = typeof attributes.title === 'string' ? attributes.title : 'Обратите внимание';
		const heading: MdastNode = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: title }] }] };
		return element('aside', { class: 'callout' }, [heading, ...children]);
	},
};

function attributesOf(node: MdastNode): Record<string, string | true> {
	const attributes: Record<string, string | true> = {};
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
		// Expressions are refused by validation; a value that is not a string is dropped, never evaluated.
		if (attribute.value === null || attribute.value === undefined) attributes[attribute.name] = true;
		else if (typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
	}
	return attributes;
}

const isMdxText = (node: MdastNode) => node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression';
const isBlank = (node: MdastNode) => node.type === 'text' && /^[\t\n\f\r ]*$/.test(node.value ?? '');

/**
 * A paragraph holding only tags and comments (`<summary>…</summary>` on a line of its own) is not a
 * paragraph in MDX: its elements stand as blocks. Without this they would be wrapped in `<p>`.
 */
function unravel(node: MdastNode): MdastNode[] | undefined {
	const children = node.children ?? [];
	if (node.type !== 'paragraph' || !children.some(isMdxText) || !children.every((c) => isMdxText(c) || isBlank(c))) return undefined;
	return children
		.filter((c) => !isBlank(c))
		.map((c) => ({ ...c, type: c.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : 'mdxFlowExpression' }));
}

function transform(node: MdastNode): MdastNode[] {
	const blocks = unravel(node);
	if (blocks) return blocks.flatMap(transform);
	const children = (node.children ?? []).flatMap(transform);
	switch (node.type) {
		case 'mdxjsEsm':
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return [];
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const name = node.name ?? '';
			if (!name) return children;
			const component = STATIC_COMPONENTS[name];
			if (component) return [component(attributesOf(node), children, node.type === 'mdxJsxTextElement')];
			// Validation allows only known HTML elements here; anything else would not reach the build.
			const { className, ...attributes } = attributesOf(node);
			return [element(name, { ...attributes, ...(className ? { class: className } : {}) }, children)];
		}
		default:
			if (node.children) node.children = children;
			return [node];
	}
}

/** remark plugin: MDX elements, components and comments to plain HTML nodes. Use after `remark-mdx`. */
export function remarkStaticMdx() {
	return (tree: MdastNode) => {
		tree.children = (tree.children ?? []).flatMap(transform);
	};
}

/**
 * A text that uses every construct practice texts may contain. Its HTML is part of the digest under
 * which rendered practices are cached, so any change to the pipeline that changes it re-renders all.
 */
export const RENDER_CANARY = [
	'{/* комментарий */}',
	'## Раздел',
	'Текст с **полужирным**, *курсивом*, ~~зачёркнутым~~, `кодом`, [ссылкой](https://example.org/) и <abbr title="расшифровка">АБВ</abbr>.',
	'1. Пункт\n   - вложенный\n- [x] задача',
	'<Callout title="Важно">\nТекст выноски.\n</Callout>',
	'<Callout>\nБез заголовка.\n</Callout>',
	'| A | B |\n| :- | -: |\n| 1 | 2 |',
	'> Цитата',
	'<details>\n<summary>Подробнее</summary>\n\nСкрыто.\n</details>',
	'Строка<br />перенос, <sub>1</sub><sup>2</sup>, <span class="x">span</span>, сноска.[^1]',
	'### Подраздел\n\n---\n\n```sh\nnpm test\n```',
	'[^1]: Примечание.',
].join('\n\n');
