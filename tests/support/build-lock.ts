import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * One Astro build at a time across the test files that vitest runs side by side. A build writes the project's
 * `.astro/` whatever its `--outDir` and cache (`content-modules.mjs`, `content.d.ts`), so two builds at once
 * could bundle each other's content modules. Builds are spawned synchronously, so the lock waits synchronously:
 * written here because proper-lockfile, the kept package, does not wait in its sync API.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
/**
 * One lock a checkout, as `.astro/` is: worktrees that share node_modules/ build side by side safely.
 * `TEST_BUILD_LOCK` names another, for the lock's own test.
 */
const LOCK =
	process.env['TEST_BUILD_LOCK'] ??
	join(tmpdir(), `practices-test-build-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.lock`);
const HOLDER = join(LOCK, 'pid');
/** Longer than any test build takes on a loaded 2-core machine. */
const GIVE_UP_MS = 15 * 60_000;

/** How many `withBuildLock` calls of this process are open: a fixture site holds the lock over its build. */
let depth = 0;

/** Runs `work` while no other test process builds. */
export function withBuildLock<T>(work: () => T): T {
	enter();
	try {
		return work();
	} finally {
		leave();
	}
}

/** Runs `work`, which may wait on promises, while no other test process builds. */
export async function withBuildLockAsync<T>(work: () => Promise<T>): Promise<T> {
	enter();
	try {
		return await work();
	} finally {
		leave();
	}
}

function enter(): void {
	if (depth === 0) acquire();
	depth++;
}

function leave(): void {
	depth--;
	if (depth === 0) releaseBuildLock();
}

/** Drops the lock; the global setup calls it before any test runs, for a run that was stopped while building. */
export function releaseBuildLock(): void {
	// Renamed away first: emptied in place, it would be an empty folder another process's rename could replace.
	const gone = `${LOCK}-released-${process.pid}`;
	try {
		renameSync(LOCK, gone);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
	rmSync(gone, { recursive: true, force: true });
}

function acquire(): void {
	const pause = new Int32Array(new SharedArrayBuffer(4));
	const started = Date.now();
	for (;;) {
		// The holder's pid is in the folder before the folder is the lock: renaming a folder onto one that
		// exists fails, so exactly one process takes it, and a lock never lacks its holder.
		const mine = mkdtempSync(`${LOCK}-`);
		writeFileSync(join(mine, 'pid'), String(process.pid));
		try {
			renameSync(mine, LOCK);
			return;
		} catch (error) {
			rmSync(mine, { recursive: true, force: true });
			const code = (error as NodeJS.ErrnoException).code;
			if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
		}
		const holder = holderPid();
		if (holder !== undefined && !isRunning(holder))
			throw new Error(
				`Test process ${holder} stopped while it held the build lock (${LOCK}); the builds after it cannot be trusted. Run the tests again.`,
			);
		if (Date.now() - started > GIVE_UP_MS)
			throw new Error(`The build lock (${LOCK}) has been held by process ${holder} for 15 minutes.`);
		Atomics.wait(pause, 0, 0, 100);
	}
}

function holderPid(): number | undefined {
	try {
		return Number(readFileSync(HOLDER, 'utf8'));
	} catch {
		return undefined; // released a moment ago
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code !== 'ESRCH';
	}
}
