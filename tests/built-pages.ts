import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site. */
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Every HTML page of the built site, relative to `dist/` (`practices/x/y/index.html`), leaving out
 * Pagefind's and Astro's asset folders and any top-level folders named in `skip`.
 */
export function builtPages(skip: readonly string[] = [], dir = DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			return dir === DIST && ['pagefind', '_astro', ...skip].includes(name) ? [] : builtPages(skip, full);
		}
		return name.endsWith('.html') ? [full.slice(DIST.length)] : [];
	});
}

/** The markup of a page's section under the heading with this id, up to the section's end; empty if there is none. */
export function sectionOf(html: string, id: string): string {
	const at = html.indexOf(`id="${id}"`);
	if (at < 0) return '';
	const start = html.lastIndexOf('<section', at);
	return html.slice(start, html.indexOf('</section>', at));
}
