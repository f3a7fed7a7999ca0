import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * One Astro build at a time across the test files that vitest runs side by side. A build writes the project's
 * `.astro/` whatever its `--outDir` and cache (`content-modules.mjs`, `content.d.ts`), so two builds at once
 * could bundle each other's content modules. Builds are spawned synchronously, so the lock waits synchronously:
 * written here because proper-lockfile, the kept package, does not wait in its sync API.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const LOCK = join(root, 'node_modules/.cache/test-build.lock');
const HOLDER = join(LOCK, 'pid');

/** How many `withBuildLock` calls of this process are open: a fixture site holds the lock over its build. */
let depth = 0;

/** Runs `work` while no other test process builds. */
export function withBuildLock<T>(work: () => T): T {
	if (depth === 0) acquire();
	depth++;
	try {
		return work();
	} finally {
		depth--;
		if (depth === 0) releaseBuildLock();
	}
}

/** Drops the lock; the global setup calls it before any test runs, for a run that was killed while building. */
export function releaseBuildLock(): void {
	rmSync(LOCK, { recursive: true, force: true });
}

function acquire(): void {
	const pause = new Int32Array(new SharedArrayBuffer(4));
	// On a fresh clone nothing has made node_modules/.cache/ yet.
	mkdirSync(dirname(LOCK), { recursive: true });
	for (;;) {
		try {
			mkdirSync(LOCK, { recursive: false });
			writeFileSync(HOLDER, String(process.pid));
			return;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		if (holderIsGone()) releaseBuildLock();
		else Atomics.wait(pause, 0, 0, 100);
	}
}

/** Whether the process that took the lock has exited without dropping it. */
function holderIsGone(): boolean {
	let pid: number;
	try {
		pid = Number(readFileSync(HOLDER, 'utf8'));
	} catch {
		return false; // taken a moment ago, its holder not yet written
	}
	try {
		process.kill(pid, 0);
		return false;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ESRCH';
	}
}
