import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWith } from '../support/build-site.ts';

/** `astro dev` over the real content plus a practice with a `<script>` (the script-tag bad entry). */
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'practices-dev-'));
const PORT = 4391;
/** `astro dev` writes its content store to .astro/, where the other tests read the build's (global-setup.ts). */
const store = join(root, '.astro/data-store.json');
const saved = existsSync(store) ? readFileSync(store) : undefined;
let dev: ChildProcess;
const withoutTestRunner = (env: NodeJS.ProcessEnv) =>
	Object.fromEntries(Object.entries(env).filter(([key]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$|MODE$)/.test(key)));
let log = '';

beforeAll(async () => {
	contentWith(join(work, 'content'), ['invalid/script-tag']);
	dev = spawn(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1'],
		{
			cwd: root,
			// Without vitest's own variables (NODE_ENV=test, VITEST…), with which Astro's dev server serves nothing.
			env: {
				...withoutTestRunner(process.env),
				CONTENT_DIR: join(work, 'content'),
				ASTRO_CACHE_DIR: join(work, 'cache'),
			},
		},
	);
	dev.stdout?.on('data', (chunk) => (log += String(chunk)));
	dev.stderr?.on('data', (chunk) => (log += String(chunk)));
	for (let i = 0; i < 120; i++) {
		if (
			await fetch(`http://127.0.0.1:${PORT}/`).then(
				(r) => r.ok,
				() => false,
			)
		)
			break;
		await new Promise((r) => setTimeout(r, 500));
	}
});
afterAll(async () => {
	dev?.kill();
	await new Promise((r) => setTimeout(r, 500));
	if (saved) writeFileSync(store, saved);
	rmSync(work, { recursive: true, force: true });
});

describe('astro dev with an unsafe practice', () => {
	it('lists the problem when the server starts, with file and line', () => {
		expect(log).toContain('content/practices/krasnoyarsk/testovaya-praktika.mdx:40 ошибка: тег <script> запрещён');
	});

	it('never renders the script: the page fails with the safety check’s message', async () => {
		const response = await fetch(`http://127.0.0.1:${PORT}/practices/krasnoyarsk/testovaya-praktika/`);
		const html = await response.text();
		expect(response.status).toBe(500);
		expect(html).not.toContain('alert("x")');
		expect(log).toContain('Текст практики не прошёл проверку, страница не будет показана');
	});

	it('still serves the other practices', async () => {
		const response = await fetch(`http://127.0.0.1:${PORT}/practices/krasnoyarsk/yarkie-berega/`);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('Яркие берега');
	});
});
