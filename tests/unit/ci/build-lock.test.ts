import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const lockModule = fileURLToPath(new URL('../../support/build-lock.ts', import.meta.url));

/** A Node process that takes the lock `times` times, writing when it enters and leaves; resolves with its exit code and stderr. */
function taker(lock: string, log: string, times: number): Promise<{ code: number | null; stderr: string }> {
	const program = `
		import { appendFileSync } from 'node:fs';
		import { withBuildLock } from ${JSON.stringify(lockModule)};
		for (let i = 0; i < ${times}; i++)
			withBuildLock(() => {
				appendFileSync(${JSON.stringify(log)}, 'in\\n');
				const until = Date.now() + 15;
				while (Date.now() < until);
				appendFileSync(${JSON.stringify(log)}, 'out\\n');
			});`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', program], {
		env: { ...process.env, TEST_BUILD_LOCK: lock },
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += String(chunk)));
	return new Promise((done) => child.on('close', (code) => done({ code, stderr })));
}

describe('the build lock', () => {
	it('lets one process in at a time, however many wait, and leaves nothing behind', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
		const log = join(dir, 'log');
		writeFileSync(log, '');
		const runs = await Promise.all([1, 2, 3].map(() => taker(join(dir, 'test.lock'), log, 15)));
		expect(runs.map((run) => run.code)).toEqual([0, 0, 0]);
		const lines = readFileSync(log, 'utf8').trim().split('\n');
		expect(lines).toHaveLength(90);
		// Entries and exits alternate: nobody entered while another was inside.
		expect(lines.every((line, i) => line === (i % 2 === 0 ? 'in' : 'out'))).toBe(true);
		expect(readdirSync(dir)).toEqual(['log']);
	});

	it('fails a waiting test loudly when the holder died, instead of taking the lock over', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
		const lock = join(dir, 'test.lock');
		mkdirSync(lock);
		// No process has this pid: the kernel's limit is far below it.
		writeFileSync(join(lock, 'pid'), '2147483646');
		const run = await taker(lock, join(dir, 'log'), 1);
		expect(run.code).not.toBe(0);
		expect(run.stderr).toContain('stopped while it held the build lock');
	});
});
