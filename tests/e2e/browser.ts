import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { createStaticServer, listen } from '../../scripts/lib/static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.ts';

/** Starts headless Chromium and a static server over `dist/` (or another built site); `close()` stops both. */
export async function openSite(
	dist = fileURLToPath(new URL('../../dist/', import.meta.url)),
): Promise<{ browser: Browser; url: string; close: () => Promise<void> }> {
	const server: Server = createStaticServer(dist);
	const url = await listen(server, 0);
	const browser = await chromium.launch({
		executablePath: await chromiumPath(),
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
