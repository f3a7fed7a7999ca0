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
