import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MdxCheck } from '../practice-text/mdx-safety.ts';

type Check = (body: string) => MdxCheck;

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * Results of a pure function of a file's text, kept in a file between builds by the text's hash: a
 * curator's build changes one or two files, and checking every one again is most of validation's time.
 * A result is reused only for the same text and the same `version`, which the caller derives from the
 * function's own source, so a change to the rules computes everything again. Hand-written because the
 * cache packages on npm keep values in memory or by key and time, not by content and version in one file.
 */
export function textCache<T>(
	compute: (text: string) => T,
	file: string,
	version: string,
): { get: (text: string) => T; save: () => void } {
	let stored: Record<string, T> = {};
	try {
		const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; results?: Record<string, T> };
		if (parsed.version === version && parsed.results) stored = parsed.results;
	} catch {
		// No cache yet, or unreadable: compute everything.
	}
	const used: Record<string, T> = {};
	let computed = 0;
	return {
		get: (text) => {
			const key = sha1(text);
			const known = stored[key];
			if (known === undefined) computed++;
			used[key] = known ?? compute(text);
			return used[key];
		},
		// Only the results of this build are kept, so the file does not grow with deleted files; a build that
		// computed nothing and dropped nothing leaves the file as it is.
		save: () => {
			if (computed === 0 && Object.keys(used).length === Object.keys(stored).length) return;
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, JSON.stringify({ version, results: used }));
		},
	};
}

/** The MDX safety check with its results kept between builds (`textCache`). */
export function cachedCheck(check: Check, file: string, version: string): { check: Check; save: () => void } {
	const cache = textCache(check, file, version);
	return { check: cache.get, save: cache.save };
}

/** A version string from the contents of the files that define a check. */
export function sourceVersion(files: readonly string[]): string {
	return sha1(files.map((f) => readFileSync(f, 'utf8')).join('\n'));
}
