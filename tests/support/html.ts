import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { DIST } from './build-site.ts';

/**
 * The one reader of built HTML in tests: node-html-parser, so a test asks for elements, attributes and text
 * instead of matching markup; quoting, attribute order and entity spelling never decide a test.
 */
export type { HTMLElement };

/** A page or a fragment as elements. */
export function parseHtml(html: string): HTMLElement {
	return parse(html, { comment: false });
}

/**
 * A page of a built site (`dist/` unless another is given) by its address or file: `practices/krasnoyarsk/yarkie-berega/`,
 * `practices/krasnoyarsk/yarkie-berega` and `404.html` all work.
 */
export function builtPage(path: string, dist: string = DIST): HTMLElement {
	const file = path.endsWith('.html') ? path : join(path, 'index.html');
	return parseHtml(readFileSync(join(dist, file), 'utf8'));
}

/** Every HTML page of a built site, relative to it (`practices/x/y/index.html`), leaving out Pagefind's and Astro's asset folders and any top-level folders named in `skip`. */
export function builtPages(skip: readonly string[] = [], dist: string = DIST, dir = dist): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory())
			return dir === dist && ['pagefind', '_astro', ...skip].includes(name) ? [] : builtPages(skip, dist, full);
		return name.endsWith('.html') ? [full.slice(dist.length)] : [];
	});
}

/** Elements a reader reads as part of a line; every other element, `<span>` too (the site lays spans out as blocks), parts its text from its neighbours'. */
const INLINE = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'cite',
	'code',
	'data',
	'del',
	'dfn',
	'em',
	'i',
	'ins',
	'kbd',
	'mark',
	'q',
	's',
	'samp',
	'small',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
	'var',
]);
const UNREAD = new Set(['script', 'style', 'template']);

function words(node: Node): string {
	if (node.nodeType === NodeType.TEXT_NODE) return node.text;
	if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
	const tag = (node as HTMLElement).rawTagName?.toLowerCase() ?? '';
	if (UNREAD.has(tag)) return '';
	const inner = node.childNodes.map(words).join('');
	return tag === '' || INLINE.has(tag) ? inner : ` ${inner} `;
}

/** What a reader reads of an element: entities decoded, blocks parted by a space, runs of white space as one; no-break spaces kept. */
export function textOf(node: Node | null | undefined): string {
	return node
		? words(node)
				.replace(/[ \t\r\n]+/g, ' ')
				.trim()
		: '';
}

/** The `<section>` that holds the element with this id (its heading), or `undefined`. */
export function sectionOf(page: HTMLElement, id: string): HTMLElement | undefined {
	return page.querySelector(`#${id}`)?.closest('section') ?? undefined;
}

/** The text of the `<dd>` after the `<dt>` that says `label`, in a definition list of the page; `undefined` if there is none. */
export function detailOf(page: HTMLElement, label: string): string | undefined {
	const term = page.querySelectorAll('dt').find((dt) => textOf(dt) === label);
	const next = term?.nextElementSibling;
	return next?.rawTagName.toLowerCase() === 'dd' ? textOf(next) : undefined;
}

/** The `href` of every element that has one, as written. */
export function hrefsOf(node: HTMLElement): string[] {
	return node.querySelectorAll('[href]').map((element) => element.getAttribute('href') ?? '');
}
