import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { relative, sep } from 'node:path';
import { CONTENT_DIR } from '../site/content-root.ts';
import { checkMdxTree } from './mdx-safety.ts';

const PRACTICES_DIR = `${CONTENT_DIR}practices${sep}`;

/**
 * remark plugin: refuses a practice text that validation would refuse, inside @astrojs/mdx itself.
 * The content check stops `astro build` before this runs; under `astro dev`, which does not stop for
 * content errors, this is what keeps a `<script>` in a practice from ever being rendered. It reads the
 * tree MDX has already parsed, so it costs no second parse.
 */
export function remarkPracticeSafety() {
	return (tree: Root, file: VFile) => {
		if (!file.path?.endsWith('.mdx') || !file.path.startsWith(PRACTICES_DIR)) return;
		const { problems } = checkMdxTree(tree);
		if (!problems.length) return;
		const where = relative(`${CONTENT_DIR}..`, file.path);
		const lines = problems.map((p) => `${where}${p.line ? `:${p.line}` : ''}: ${p.message}`);
		throw new Error(`Текст практики не прошёл проверку, страница не будет показана:\n${lines.join('\n')}`);
	};
}
