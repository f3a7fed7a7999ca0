/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 180_000,
		// Build tests start their own Astro builds; running files one at a time keeps a 2-core machine responsive.
		fileParallelism: false,
	},
});
