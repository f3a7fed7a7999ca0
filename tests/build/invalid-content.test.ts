import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'practices-invalid-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies the real content, lets `edit` break it, and runs `astro build` on the copy. */
function buildWith(edit: (contentDir: string) => void) {
	const contentDir = join(work, Math.random().toString(36).slice(2), 'content');
	cpSync(join(root, 'content'), contentDir, { recursive: true });
	edit(contentDir);
	return spawnSync(process.execPath, [astro, 'build', '--outDir', join(work, 'dist')], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: contentDir },
		encoding: 'utf8',
	});
}

function replaceIn(file: string, from: string, to: string) {
	const text = readFileSync(file, 'utf8');
	if (!text.includes(from)) throw new Error(`«${from}» not in ${file}`);
	writeFileSync(file, text.replace(from, to));
}

describe('build with invalid content', () => {
	it('exits non-zero and names the file and field of a reference to a missing municipality', () => {
		const run = buildWith((dir) =>
			replaceIn(join(dir, 'practices/lesosibirsk/obshchestvennaya-palata.mdx'), 'municipalities: [lesosibirsk]', 'municipalities: [lesosibirsk, lesosibirskk]'),
		);
		const output = run.stdout + run.stderr;
		expect(run.status).not.toBe(0);
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
		const output = run.stdout + run.stderr;
		expect(run.status).not.toBe(0);
		for (const missing of ['«net-temy»', '«net-sobytiya»', '«krasnoyarsk/net-praktiki»', '«net-istochnika»']) expect(output).toContain(missing);
	});
});
