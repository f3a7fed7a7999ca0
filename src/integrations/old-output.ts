import { lstat, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Folders of earlier builds' output, put aside in the cache folder until they are deleted. */
const ASIDE_PREFIX = 'old-output-';

/**
 * Moves the last build's output out of `outDir` in one rename when a build starts, and deletes it while the build
 * goes on. Astro otherwise empties `outDir` file by file on its main thread before it bundles: 4.8 s of 34 s in an
 * unchanged rebuild of 5,000 practices (11,357 pages), measured with `--cpu-prof`, before it copies every unchanged
 * page back from its cache. The result is the same: the build starts from an empty `outDir`.
 * Where a rename cannot do it (another file system, a symbolic link, an `outDir` holding `.git`), Astro empties the
 * folder as before.
 * Written here: Astro has no option for it, and no package hooks into its build.
 */
export function oldOutputAside(): AstroIntegration {
	let outDir = '';
	let cacheDir = '';
	let deleting: Promise<unknown> = Promise.resolve();
	return {
		name: 'old-output',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': async ({ logger }) => {
				const cached = await readdir(cacheDir).catch(() => [] as string[]);
				// Left by a build that was stopped before it finished deleting them.
				const leftovers = cached.filter((name) => name.startsWith(ASIDE_PREFIX)).map((name) => join(cacheDir, name));
				const output = await readdir(outDir).catch(() => undefined);
				const realFolder = await lstat(outDir).then(
					(stats) => stats.isDirectory(),
					() => false,
				);
				if (realFolder && output?.length && !output.includes('.git')) {
					const aside = join(cacheDir, `${ASIDE_PREFIX}${process.pid}-${Date.now()}`);
					try {
						await rename(outDir, aside);
						leftovers.push(aside);
					} catch (error) {
						logger.debug(`${outDir} is emptied by Astro: ${String(error)}`);
					}
				}
				deleting = Promise.all(leftovers.map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 })));
			},
			// The build ends once the old output is gone, so nothing is left behind in the cache.
			'astro:build:done': async () => {
				await deleting;
			},
		},
	};
}
