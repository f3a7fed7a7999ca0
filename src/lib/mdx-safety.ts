import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';

/** A problem found in the text of an MDX entry; `line` is relative to the body. */
export interface MdxProblem {
	line?: number;
	message: string;
}

/** HTML elements a practice text may contain: text formatting and tables, nothing that runs or embeds. */
const ALLOWED_HTML = new Set(
	'a abbr b blockquote br caption code dd del details dfn div dl dt em figcaption figure h2 h3 h4 hr i ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td tfoot th thead tr u ul'.split(' '),
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

interface Node {
	type: string;
	name?: string | null;
	url?: string;
	value?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { line: number } };
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Checks an MDX body for what must never reach the site: imports and exports, JavaScript expressions,
 * components other than the project's own, dangerous HTML, event handlers and `javascript:`/`data:`
 * links. Parses with the same MDX grammar as the build, so unclosed tags are caught here with a line.
 */
export function checkMdxBody(body: string, allowedComponents: readonly string[]): MdxProblem[] {
	let tree: Node;
	try {
		tree = processor.parse(body) as unknown as Node;
	} catch (error) {
		const place = (error as { line?: number; place?: { line?: number; start?: { line?: number } } }) ?? {};
		const line = place.line ?? place.place?.line ?? place.place?.start?.line;
		const reason = String((error as { reason?: string }).reason ?? (error as Error).message);
		return [{ ...(line ? { line } : {}), message: `текст не разбирается как MDX: ${describeSyntaxError(reason)}` }];
	}
	const problems: MdxProblem[] = [];
	const add = (node: Node, message: string) => {
		const line = node.position?.start.line;
		problems.push({ ...(line ? { line } : {}), message });
	};
	const walk = (node: Node) => {
		switch (node.type) {
			case 'mdxjsEsm':
				add(node, 'строки import и export в тексте практики запрещены: компоненты подключаются сами, уберите эту строку');
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) {
					add(node, 'фигурные скобки { } в MDX выполняют код и запрещены; чтобы написать скобку как текст, поставьте перед ней обратную косую черту: \\{');
				}
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkElement(node, allowedComponents, add);
				break;
			case 'link':
			case 'image':
			case 'definition':
				if (node.url && UNSAFE_URL.test(node.url)) add(node, `ссылка «${node.url.slice(0, 40)}» запрещена: допустимы только адреса http://, https:// и mailto:`);
				break;
		}
		for (const child of node.children ?? []) walk(child);
	};
	walk(tree);
	return problems;
}

function checkElement(node: Node, allowedComponents: readonly string[], add: (node: Node, message: string) => void) {
	const name = node.name ?? '';
	if (!name) {
		add(node, 'фрагменты <></> не нужны в тексте практики: уберите их');
	} else if (/^[A-Z]/.test(name) || name.includes('.')) {
		if (!allowedComponents.includes(name)) {
			add(node, `компонент <${name}> не из списка разрешённых (${allowedComponents.join(', ')}); уберите его или замените обычным текстом`);
		}
	} else if (DANGEROUS_HTML[name]) {
		add(node, `тег <${name}> запрещён: ${DANGEROUS_HTML[name]} в тексте практики недопустимы`);
	} else if (!ALLOWED_HTML.has(name)) {
		add(node, `тег <${name}> не поддерживается; используйте разметку Markdown`);
	}
	for (const attribute of node.attributes ?? []) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			add(node, `в теге <${name}> запрещены выражения {...}: пишите атрибуты как name="значение"`);
			continue;
		}
		const attr = attribute.name ?? '';
		if (/^on/i.test(attr)) {
			add(node, `атрибут ${attr} в теге <${name}> запускает код и запрещён; уберите его`);
		} else if (attribute.value && typeof attribute.value === 'object') {
			add(node, `значение атрибута ${attr} в теге <${name}> — выражение {...}, а нужно текст в кавычках`);
		} else if (typeof attribute.value === 'string' && UNSAFE_URL.test(attribute.value)) {
			add(node, `атрибут ${attr}="${attribute.value.slice(0, 40)}" в теге <${name}> запрещён: допустимы только адреса http://, https:// и mailto:`);
		}
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
