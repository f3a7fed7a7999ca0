import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Debian's Chromium, used when it is installed (`apt-get install chromium`). */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for headless Chromium on these machines: no sandbox (CI runs as root) and none of Chromium's
 * background connections, which the closed network would refuse.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Where the browser from `@sparticuz/chromium` is unpacked: the package unpacks into the system's
 * temporary folder, where another user's copy (`/tmp/chromium`, readable by its owner alone) would stop
 * ours, so it is pointed at this checkout's own cache instead.
 */
const UNPACKED = fileURLToPath(new URL('../../node_modules/.cache/sparticuz-chromium/', import.meta.url));

/**
 * The headless Chromium that tests and benchmarks drive: `CHROMIUM_PATH` if set, else Debian's
 * Chromium if installed, else the one inside the `@sparticuz/chromium` npm package, unpacked on first
 * use, so a machine without root or Debian's package still runs the browser tests.
 */
export async function chromiumPath(env: NodeJS.ProcessEnv = process.env, debian = DEBIAN_CHROMIUM): Promise<string> {
	const chosen = env['CHROMIUM_PATH'];
	if (chosen) {
		if (!existsSync(chosen))
			throw new Error(
				`Нет браузера ${chosen} (CHROMIUM_PATH). Укажите путь к Chromium или уберите переменную: тогда возьмётся Chromium из пакетов Debian или из пакета @sparticuz/chromium.`,
			);
		return chosen;
	}
	if (existsSync(debian)) return debian;
	const { default: packaged } = await import('@sparticuz/chromium');
	mkdirSync(UNPACKED, { recursive: true });
	// The package takes its folder from os.tmpdir(), which reads TMPDIR at each call.
	const tmpdir = process.env['TMPDIR'];
	process.env['TMPDIR'] = UNPACKED;
	try {
		return await packaged.executablePath();
	} finally {
		if (tmpdir === undefined) delete process.env['TMPDIR'];
		else process.env['TMPDIR'] = tmpdir;
	}
}
