import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith, runBuild } from '../support/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'practices-invalid-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies the real content, lets `edit` break it, and runs `astro build` on the copy; the check stops it before any page. */
function buildWith(edit: (contentDir: string) => void) {
	const contentDir = contentWith(join(work, Math.random().toString(36).slice(2), 'content'));
	edit(contentDir);
	return runBuild({ contentDir, outDir: join(work, 'dist'), cacheDir: join(work, 'cache') });
}

function replaceIn(file: string, from: string, to: string) {
	const text = readFileSync(file, 'utf8');
	if (!text.includes(from)) throw new Error(`«${from}» not in ${file}`);
	writeFileSync(file, text.replace(from, to));
}

describe('build with invalid content', () => {
	it('exits non-zero and names the file and field of a reference to a missing municipality', () => {
		const run = buildWith((dir) =>
			replaceIn(
				join(dir, 'practices/lesosibirsk/obshchestvennaya-palata.mdx'),
				'municipalities: [lesosibirsk]',
				'municipalities: [lesosibirsk, lesosibirskk]',
			),
		);
		const { output } = run;
		expect(run.ok).toBe(false);
		expect(output).toContain('content/practices/lesosibirsk/obshchestvennaya-palata.mdx');
		expect(output).toContain('поле municipalities.1');
		expect(output).toContain('«lesosibirskk»');
	});

	it('exits non-zero on a missing topic, event, source and related practice, listing them all', () => {
		const run = buildWith((dir) => {
			const file = join(dir, 'practices/krasnoyarsk/yarkie-berega.mdx');
			const text = readFileSync(file, 'utf8');
			writeFileSync(
				file,
				text
					.replace(/^topics: \[/m, 'topics: [net-temy, ')
					.replace(/^events:\n/m, 'events:\n  - net-sobytiya\n')
					.replace(/^related:\n/m, 'related:\n  - krasnoyarsk/net-praktiki\n')
					.replace(/^sources:\n/m, 'sources:\n  - source: net-istochnika\n'),
			);
		});
		const { output } = run;
		expect(run.ok).toBe(false);
		for (const missing of ['«net-temy»', '«net-sobytiya»', '«krasnoyarsk/net-praktiki»', '«net-istochnika»'])
			expect(output).toContain(missing);
	});
});
