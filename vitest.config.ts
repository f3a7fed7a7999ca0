/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		testTimeout: 60_000,
		hookTimeout: 180_000,
		projects: [
			{
				// Pure modules and schemas: no build, seconds (`npm run test:unit`).
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				// Everything that reads the built site or the content store: built once by the global setup.
				extends: true,
				test: {
					name: 'site',
					include: ['tests/{content,build,search,e2e}/**/*.test.ts'],
					globalSetup: ['tests/global-setup.ts'],
					// Build tests start their own Astro builds; running files one at a time keeps a 2-core machine responsive.
					fileParallelism: false,
				},
			},
		],
	},
});
