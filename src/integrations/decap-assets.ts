import { cpSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Copies Decap CMS's prebuilt bundle into `dist/admin/decap/`, so the editor loads from the site
 * itself and never from a CDN. Source maps stay out.
 */
export function decapAssets(): AstroIntegration {
	return {
		name: 'decap-assets',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const source = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
				const target = join(fileURLToPath(dir), 'admin', 'decap');
				cpSync(source, target, { recursive: true, filter: (path) => !path.endsWith('.map') });
				logger.info(`Редактор Decap CMS: файлов — ${readdirSync(target).length}.`);
			},
		},
	};
}
