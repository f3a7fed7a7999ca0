import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Image, Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { EXIT, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { MDX_COMPONENTS, type ComponentRule } from './mdx-components.ts';
import { extensionOf, PHOTO_EXTENSIONS } from './photo-rules.ts';

/** A problem found in the text of an MDX entry; `line` is relative to the body. */
export interface MdxProblem {
	line?: number;
	message: string;
}

/** HTML elements a practice text may contain: text formatting and tables, nothing that runs or embeds. */
const ALLOWED_HTML = new Set(
	'a abbr b blockquote br caption code dd del details dfn div dl dt em figcaption figure h2 h3 h4 hr i ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td tfoot th thead tr u ul'.split(
		' ',
	),
);
/** Elements refused with a message of their own. */
const DANGEROUS_HTML: Record<string, string> = {
	script: 'скрипты',
	style: 'стили',
	iframe: 'встраиваемые страницы (iframe)',
	object: 'встраиваемые объекты (object)',
	embed: 'встраиваемые объекты (embed)',
	form: 'формы',
	input: 'поля ввода',
	link: 'подключение внешних файлов (link)',
	meta: 'служебные теги (meta)',
	base: 'служебные теги (base)',
	svg: 'SVG-код',
};
const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;

/** What the check finds in a text besides problems: things validation checks against files and sources. */
export interface MdxCheck {
	problems: MdxProblem[];
	/** Local images the text shows (`![alt](./foto.jpg)`): file name, description, and the caption and credit of their Figure. */
	images: { url: string; alt: string; line?: number; caption?: string; credit?: string }[];
	/** Source ids that components name (`<KeyFigure source="…">`), with their line. */
	sources: { id: string; line?: number }[];
	/** The author components the text uses, each named once, in order of first use. */
	components: string[];
}

/** A component or HTML tag in an MDX tree (remark-mdx); `import type … 'mdast-util-mdx'` adds the MDX nodes to mdast's. */
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (node: Nodes): node is JsxElement =>
	node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * What a text must contain for the check to find anything: a tag or an expression (`<`, `{`, `}`),
 * an image (`![`), a link or its definition (`](`, `]:`) or an import/export line. Markdown without
 * these parses into paragraphs, headings, lists, tables and emphasis, none of which the check reads,
 * and never fails to parse; a unit test compares this shortcut with the full parse.
 */
const MAY_HOLD_MDX = /[<{}]|!\[|\]\(|\]:|^[ \t]*(?:import|export)\b/m;

/**
 * Checks an MDX body for what must never reach the site: imports and exports, JavaScript expressions,
 * components other than the project's own or with attributes they do not take, dangerous HTML, event
 * handlers, `javascript:`/`data:` links, images without a description or from other sites. Parses with
 * the same MDX grammar as the build, so unclosed tags are caught here with a line.
 */
export function checkMdxBody(body: string): MdxCheck {
	// Plain Markdown (most practice texts) cannot hold anything the check looks at, so it is not parsed.
	if (!MAY_HOLD_MDX.test(body)) return { problems: [], images: [], sources: [], components: [] };
	let tree: Root;
	try {
		tree = processor.parse(body);
	} catch (error) {
		const place = (error as { line?: number; place?: { line?: number; start?: { line?: number } } }) ?? {};
		const line = place.line ?? place.place?.line ?? place.place?.start?.line;
		const reason = String((error as { reason?: string }).reason ?? (error as Error).message);
		return {
			problems: [
				{ ...(line ? { line } : {}), message: `текст не разбирается как MDX: ${describeSyntaxError(reason)}` },
			],
			images: [],
			sources: [],
			components: [],
		};
	}
	return checkMdxTree(tree);
}

/**
 * The same check on a tree already parsed, as the MDX compiler has it: `remark-practice-safety.ts`
 * runs it inside @astrojs/mdx, so `astro dev` refuses what validation refuses.
 */
export function checkMdxTree(tree: Root, components: Record<string, ComponentRule> = MDX_COMPONENTS): MdxCheck {
	const result: MdxCheck = { problems: [], images: [], sources: [], components: [] };
	const add = (node: Nodes, message: string) => {
		const line = node.position?.start.line;
		result.problems.push({ ...(line ? { line } : {}), message });
	};
	visitParents(tree, (node: Nodes, ancestors: Nodes[]) => {
		switch (node.type) {
			case 'mdxjsEsm':
				add(
					node,
					'строки import и export в тексте практики запрещены: компоненты подключаются сами, уберите эту строку',
				);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
					add(
						node,
						'фигурные скобки { } в MDX выполняют код и запрещены; чтобы написать скобку как текст, поставьте перед ней обратную косую черту: \\{',
					);
				}
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				// The component a tag stands in decides where it may stand (`KeyFigure` only inside `KeyFigures`).
				checkElement(
					node,
					ancestors.findLast((a): a is JsxElement => isJsx(a) && Boolean(a.name))?.name ?? undefined,
					components,
					add,
					result,
				);
				break;
			case 'image':
				checkImage(
					node,
					ancestors.findLast((a): a is JsxElement => isJsx(a) && a.name === 'Figure'),
					add,
					result,
				);
				break;
			case 'imageReference':
				add(node, 'фото вставляется прямой ссылкой на файл рядом с практикой: ![что на фото](./foto.jpg)');
				break;
			case 'link':
			case 'definition':
				if (UNSAFE_URL.test(node.url))
					add(node, `ссылка «${node.url.slice(0, 40)}» запрещена: допустимы только адреса http://, https:// и mailto:`);
				break;
		}
	});
	return result;
}

type Add = (node: Nodes, message: string) => void;

/** Whether a node or one of its children is a Markdown image: «does this Figure hold a photo». */
function hasImage(node: Nodes): boolean {
	let found = false;
	visit(node, 'image', () => {
		found = true;
		return EXIT;
	});
	return found;
}

/** `%D1%84` as `ф`, as @astrojs/mdx reads the path; a malformed `%` sequence is left as written. */
function safeDecode(url: string): string {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
}

/** A plain string attribute of an element, trimmed, or `undefined`. */
function attributeOf(node: JsxElement | undefined, name: string): string | undefined {
	const value = node?.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function checkImage(node: Image, figure: JsxElement | undefined, add: Add, result: MdxCheck) {
	const url = node.url;
	if (!node.alt?.trim()) {
		add(
			node,
			`у фото «${url.slice(0, 60)}» нет описания: напишите в квадратных скобках, что на нём видно, например ![Праздник во дворе на ул. Мира](${url.slice(0, 60)}) — его прочтут незрячие читатели и поиск`,
		);
	}
	if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
		add(
			node,
			`фото с другого сайта («${url.slice(0, 60)}») не показывается: сайт ничего не загружает с чужих адресов. Скачайте файл (с разрешения владельца), положите его рядом с файлом практики и напишите ![описание](./имя-файла.jpg)`,
		);
		return;
	}
	const name = safeDecode(url).replace(/^\.\//, '');
	if (!name || name.includes('/') || name.includes('\\')) {
		add(
			node,
			`фото «${url.slice(0, 60)}» должно лежать в одной папке с файлом практики; положите его туда и напишите ![описание](./имя-файла.jpg)`,
		);
		return;
	}
	if (!(PHOTO_EXTENSIONS as readonly string[]).includes(extensionOf(name))) {
		add(node, `формат фото «${name}» не поддерживается: сохраните его как JPEG, PNG или WebP (.jpg, .png, .webp)`);
		return;
	}
	const line = node.position?.start.line;
	const caption = attributeOf(figure, 'caption');
	const credit = attributeOf(figure, 'credit');
	result.images.push({
		url: name,
		alt: node.alt?.trim() ?? '',
		...(line ? { line } : {}),
		...(caption ? { caption } : {}),
		...(credit ? { credit } : {}),
	});
}

function checkElement(
	node: JsxElement,
	parent: string | undefined,
	components: Record<string, ComponentRule>,
	add: Add,
	result: MdxCheck,
) {
	const name = node.name ?? '';
	const rule = components[name];
	if (!name) {
		add(node, 'фрагменты <></> не нужны в тексте практики: уберите их');
	} else if (/^[A-Z]/.test(name) || name.includes('.')) {
		if (rule && !result.components.includes(name)) result.components.push(name);
		if (!rule) {
			add(
				node,
				`компонент <${name}> не из списка разрешённых (${Object.keys(components).join(', ')}); уберите его или замените обычным текстом`,
			);
		}
	} else if (name === 'img') {
		add(
			node,
			'тег <img> не используется: вставьте фото разметкой Markdown, ![что на фото](./foto.jpg), а файл положите рядом с практикой',
		);
	} else if (DANGEROUS_HTML[name]) {
		add(node, `тег <${name}> запрещён: ${DANGEROUS_HTML[name]} в тексте практики недопустимы`);
	} else if (!ALLOWED_HTML.has(name)) {
		add(node, `тег <${name}> не поддерживается; используйте разметку Markdown`);
	}
	const given = new Set<string>();
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			add(node, `в теге <${name}> запрещены выражения {...}: пишите атрибуты как name="значение"`);
			continue;
		}
		const attr = attribute.name;
		given.add(attr);
		if (/^on/i.test(attr)) {
			add(node, `атрибут ${attr} в теге <${name}> запускает код и запрещён; уберите его`);
		} else if (attribute.value && typeof attribute.value === 'object') {
			add(node, `значение атрибута ${attr} в теге <${name}> — выражение {...}, а нужно текст в кавычках`);
		} else if (typeof attribute.value === 'string' && UNSAFE_URL.test(attribute.value)) {
			add(
				node,
				`атрибут ${attr}="${attribute.value.slice(0, 40)}" в теге <${name}> запрещён: допустимы только адреса http://, https:// и mailto:`,
			);
		} else if (rule && !(attr in rule.attributes)) {
			add(node, `у компонента <${name}> нет атрибута ${attr}; допустимые: ${Object.keys(rule.attributes).join(', ')}`);
		} else if (rule && typeof attribute.value === 'string' && !attribute.value.trim()) {
			add(node, `атрибут ${attr} компонента <${name}> пуст: впишите значение или уберите атрибут`);
		}
	}
	if (!rule) return;
	const missing = Object.entries(rule.attributes).filter(([attr, need]) => need === 'required' && !given.has(attr));
	if (missing.length) {
		add(
			node,
			`у компонента <${name}> не хватает атрибутов: ${missing.map(([attr]) => `${attr}="…"`).join(', ')}; пример — в CONTRIBUTING.md, раздел «Компоненты»`,
		);
	}
	if (rule.parent && parent !== rule.parent) {
		add(node, `компонент <${name}> ставится только внутри <${rule.parent}>…</${rule.parent}>`);
	}
	if (rule.only) {
		const others = (node.children as Nodes[]).flatMap(function blocks(child: Nodes): Nodes[] {
			// Blank text between tags is fine; a paragraph of tags holds them inline.
			if (child.type === 'text' && !child.value.trim()) return [];
			if (child.type === 'paragraph') return child.children.flatMap(blocks);
			return isJsx(child) && child.name === rule.only ? [] : [child];
		});
		if (others.length)
			add(node, `внутри <${name}> может быть только <${rule.only} … />; перенесите текст за пределы блока`);
	}
	if (rule.image && !hasImage(node)) {
		add(node, `в компоненте <${name}> нет фото: добавьте внутрь строку ![что на фото](./foto.jpg)`);
	}
	const id = rule.source ? attributeOf(node, rule.source) : undefined;
	if (id) {
		const line = node.position?.start.line;
		result.sources.push({ id, ...(line ? { line } : {}) });
	}
}

/** The MDX parser's messages, in Russian for the common cases. */
function describeSyntaxError(reason: string): string {
	if (/Expected a closing tag for `<([^>]+)>`/.test(reason)) {
		const tag = reason.match(/`<([^>]+)>`/)?.[1];
		return `тег <${tag}> открыт, но не закрыт: добавьте </${tag?.split(' ')[0]}> или уберите его`;
	}
	if (/Unexpected closing tag/.test(reason)) return `лишний закрывающий тег: ${reason.match(/`[^`]+`/)?.[0] ?? ''}`;
	if (/Could not parse expression|Unexpected end of file in expression/.test(reason)) {
		return 'незакрытая фигурная скобка {: если это текст, поставьте перед скобкой обратную косую черту \\{';
	}
	if (/before name|Unexpected character/.test(reason)) {
		return `неожиданный символ после «<»: если это текст, а не тег, замените «<» на «&lt;» (${reason})`;
	}
	return reason;
}
