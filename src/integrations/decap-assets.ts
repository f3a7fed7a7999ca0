import { cpSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	cmsBackendFromEnv,
	CmsSettingsError,
	supportsEditorialWorkflow,
	type CmsBackend,
} from '../editor/cms-backend.ts';

/** One line on where the built editor signs in, for the build log. */
function describe(backend: CmsBackend): string {
	const where =
		backend.name === 'github'
			? `GitHub${backend.authUrl ? ` через OAuth-клиент ${backend.authUrl}` : ' (без CMS_AUTH_URL войти можно только на своём компьютере, через npm run cms)'}`
			: `${backend.baseUrl} по PKCE (backend ${backend.name})`;
	const flow = supportsEditorialWorkflow(backend.name)
		? 'записи ждут проверки как pull/merge request'
		: 'записи сохраняются сразу коммитом в ветку';
	return `Веб-редактор: вход — ${where}; репозиторий ${backend.repo}, ветка ${backend.branch}; ${flow}.`;
}

/**
 * Checks the CMS_* variables before anything is built, so a wrong setting stops the build at once with
 * what to fix, and copies Decap CMS's prebuilt bundle into `dist/admin/decap/`, so the editor loads from
 * the site itself and never from a CDN. Source maps stay out.
 */
export function decapAssets(): AstroIntegration {
	return {
		name: 'decap-assets',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				try {
					const backend = cmsBackendFromEnv(process.env);
					if (command === 'build') logger.info(describe(backend));
				} catch (error) {
					if (!(error instanceof CmsSettingsError)) throw error;
					logger.error(error.message);
					// `astro dev` keeps serving the site; only /admin/ shows the same message.
					if (command === 'build')
						throw new Error('Сборка остановлена: исправьте переменные CMS_* (см. выше).', { cause: error });
				}
			},
			'astro:build:done': ({ dir, logger }) => {
				const source = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
				const target = join(fileURLToPath(dir), 'admin', 'decap');
				cpSync(source, target, { recursive: true, filter: (path) => !path.endsWith('.map') });
				logger.info(`Редактор Decap CMS: файлов — ${readdirSync(target).length}.`);
			},
		},
	};
}
