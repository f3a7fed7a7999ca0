import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MdxProblem } from './mdx-safety.ts';

type Check = (body: string, components: readonly string[]) => MdxProblem[];

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * The MDX safety check with its results kept in a file between builds: parsing every text is most
 * of validation's time, and a curator's build changes one or two texts. A result is reused only for
 * the same text, the same component list and the same `version`, which the caller derives from the
 * checker's own source, so a change to the rules checks everything again.
 */
export function cachedCheck(
	check: Check,
	file: string,
	version: string,
): { check: Check; precompute: (bodies: readonly string[], components: readonly string[], run: (body: string, components: readonly string[]) => Promise<MdxProblem[]>) => Promise<void>; save: () => void } {
	let stored: Record<string, MdxProblem[]> = {};
	try {
		const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; results?: Record<string, MdxProblem[]> };
		if (parsed.version === version && parsed.results) stored = parsed.results;
	} catch {
		// No cache yet, or unreadable: check everything.
	}
	const used: Record<string, MdxProblem[]> = {};
	const keyOf = (body: string, components: readonly string[]) => sha1(`${components.join(',')}\n${body}`);
	return {
		check: (body, components) => {
			const key = keyOf(body, components);
			used[key] = stored[key] ?? check(body, components);
			return used[key];
		},
		// Checks the texts the cache does not know, all at once through `run` (worker threads), so the
		// synchronous validation that follows finds every result ready.
		precompute: async (bodies, components, run) => {
			const missing = [...new Set(bodies)].filter((body) => !stored[keyOf(body, components)]);
			const results = await Promise.all(missing.map((body) => run(body, components)));
			for (const [i, body] of missing.entries()) stored[keyOf(body, components)] = results[i] ?? [];
		},
		// Only the results of this build are kept, so the file does not grow with deleted texts.
		save: () => {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, JSON.stringify({ version, results: used }));
		},
	};
}

/** A version string from the contents of the files that define a check. */
export function sourceVersion(files: readonly string[]): string {
	return sha1(files.map((f) => readFileSync(f, 'utf8')).join('\n'));
}
