import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MdxCheck } from '../practice-text/mdx-safety.ts';

type Check = (body: string) => MdxCheck;

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * The MDX safety check with its results kept in a file between builds: parsing every text is most
 * of validation's time, and a curator's build changes one or two texts. A result is reused only for
 * the same text and the same `version`, which the caller derives from the
 * checker's own source, so a change to the rules checks everything again.
 */
export function cachedCheck(check: Check, file: string, version: string): { check: Check; save: () => void } {
	let stored: Record<string, MdxCheck> = {};
	try {
		const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; results?: Record<string, MdxCheck> };
		if (parsed.version === version && parsed.results) stored = parsed.results;
	} catch {
		// No cache yet, or unreadable: check everything.
	}
	const used: Record<string, MdxCheck> = {};
	return {
		check: (body) => {
			const key = sha1(body);
			used[key] = stored[key] ?? check(body);
			return used[key];
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
