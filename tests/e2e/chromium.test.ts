import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.ts';

describe('chromiumPath', () => {
	it('takes CHROMIUM_PATH over everything else', async () => {
		expect(await chromiumPath({ CHROMIUM_PATH: process.execPath }, '/usr/bin/chromium')).toBe(process.execPath);
	});

	it('names the missing browser when CHROMIUM_PATH points nowhere', async () => {
		await expect(chromiumPath({ CHROMIUM_PATH: '/nowhere/chromium' })).rejects.toThrow(
			/Нет браузера \/nowhere\/chromium \(CHROMIUM_PATH\)/,
		);
	});

	it("takes Debian's Chromium when it is installed", async () => {
		expect(await chromiumPath({}, process.execPath)).toBe(process.execPath);
	});

	it("without Debian's Chromium, unpacks the one from @sparticuz/chromium and drives it", async () => {
		const path = await chromiumPath({}, '/nowhere/chromium');
		// Unpacked into this checkout, not the shared /tmp, where another user's copy would be in the way.
		expect(path).toBe(fileURLToPath(new URL('../../node_modules/.cache/sparticuz-chromium/chromium', import.meta.url)));
		accessSync(path, constants.X_OK);
		const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
		try {
			const page = await browser.newPage();
			await page.setContent('<html lang="ru"><p>Практика Лесосибирска</p></html>');
			expect(await page.textContent('p')).toBe('Практика Лесосибирска');
			expect(browser.version()).toMatch(/^\d+\./);
		} finally {
			await browser.close();
		}
	});
});
