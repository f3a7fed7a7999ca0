import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { createStaticServer, listen } from '../../src/lib/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../../src/lib/chromium.ts';


/** Starts headless Chromium and a static server over `dist/` (or another built site); `close()` stops both. */
export async function openSite(dist = fileURLToPath(new URL('../../dist/', import.meta.url))): Promise<{ browser: Browser; url: string; close: () => Promise<void> }> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`Нет браузера ${CHROMIUM}. Установите Chromium из пакетов Debian: sudo apt-get install chromium (или укажите путь в CHROMIUM_PATH).`);
	}
	const server: Server = createStaticServer(dist);
	const url = await listen(server, 0);
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: CHROMIUM_ARGS,
	});
	return {
		browser,
		url,
		close: async () => {
			await browser.close();
			await new Promise((done) => server.close(done));
		},
	};
}
