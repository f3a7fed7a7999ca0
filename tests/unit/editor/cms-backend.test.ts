import { describe, expect, it } from 'vitest';
import {
	cmsBackendFromEnv,
	cmsOrigins,
	CmsSettingsError,
	DEFAULT_CMS_REPO,
	type CmsEnv,
} from '../../../src/editor/cms-backend.ts';
import { decapConfig } from '../../../src/editor/decap-config.ts';

/** The parts of Decap's configuration a build with these variables writes, and what its page lets the browser reach. */
function build(env: CmsEnv) {
	const backend = cmsBackendFromEnv(env);
	const {
		backend: block,
		publish_mode,
		local_backend,
	} = decapConfig({ backend }) as ReturnType<typeof decapConfig> & { publish_mode?: string };
	return { block, publish_mode, local_backend, origins: cmsOrigins(backend) };
}

/** The problems a build with these variables stops on. */
function problems(env: CmsEnv): string[] {
	try {
		cmsBackendFromEnv(env);
	} catch (error) {
		if (error instanceof CmsSettingsError) return error.problems;
		throw error;
	}
	throw new Error('the settings were accepted');
}

describe('the web editor’s sign-in, chosen by CMS_* variables at build time', () => {
	it('keeps today’s editor when nothing is set: GitHub, the default repository, main, editorial workflow, local backend', () => {
		expect(build({})).toEqual({
			block: { name: 'github', repo: DEFAULT_CMS_REPO, branch: 'main', squash_merges: true },
			publish_mode: 'editorial_workflow',
			local_backend: true,
			origins: { connect: ['https://api.github.com'], img: ['https://avatars.githubusercontent.com'] },
		});
	});

	it('treats empty variables as unset, as the deploy workflow passes an unset repository variable', () => {
		expect(
			build({
				CMS_BACKEND: '',
				CMS_AUTH_URL: '',
				CMS_APP_ID: ' ',
				CMS_BASE_URL: '',
				CMS_REPO: 'asdg/praktiki',
				CMS_BRANCH: '',
			}).block,
		).toEqual({
			name: 'github',
			repo: 'asdg/praktiki',
			branch: 'main',
			squash_merges: true,
		});
	});

	it('signs in to GitHub through the external OAuth client: its origin as base_url, a path as auth_endpoint', () => {
		const plain = build({
			CMS_BACKEND: 'github',
			CMS_REPO: 'asdg/praktiki',
			CMS_BRANCH: 'publish',
			CMS_AUTH_URL: 'https://auth.asdg.example/',
		});
		expect(plain.block).toEqual({
			name: 'github',
			repo: 'asdg/praktiki',
			branch: 'publish',
			squash_merges: true,
			base_url: 'https://auth.asdg.example',
		});
		expect(plain.publish_mode).toBe('editorial_workflow');
		expect(plain.origins.connect).toEqual(['https://api.github.com', 'https://auth.asdg.example']);

		const withPath = build({
			CMS_BACKEND: 'github',
			CMS_REPO: 'asdg/praktiki',
			CMS_AUTH_URL: 'https://example.org/decap/auth',
		});
		expect(withPath.block).toMatchObject({ base_url: 'https://example.org', auth_endpoint: 'decap/auth' });
	});

	it('still reads CMS_AUTH_URL without CMS_BACKEND, as builds did before the choice existed', () => {
		expect(build({ CMS_REPO: 'asdg/praktiki', CMS_AUTH_URL: 'https://auth.asdg.example' }).block).toMatchObject({
			name: 'github',
			base_url: 'https://auth.asdg.example',
		});
	});

	it('signs in to GitLab.com with PKCE and keeps merge requests', () => {
		expect(build({ CMS_BACKEND: 'gitlab', CMS_REPO: 'asdg/praktiki', CMS_APP_ID: 'a1b2c3' })).toEqual({
			block: {
				name: 'gitlab',
				repo: 'asdg/praktiki',
				branch: 'main',
				squash_merges: true,
				auth_type: 'pkce',
				app_id: 'a1b2c3',
				api_root: 'https://gitlab.com/api/v4',
				base_url: 'https://gitlab.com',
				auth_endpoint: 'oauth/authorize',
			},
			publish_mode: 'editorial_workflow',
			local_backend: true,
			origins: { connect: ['https://gitlab.com'], img: ['https://gitlab.com', 'https://secure.gravatar.com'] },
		});
	});

	it('signs in to a self-hosted GitLab, also under a path, with a project in a subgroup', () => {
		const { block, publish_mode, origins } = build({
			CMS_BACKEND: 'gitlab',
			CMS_REPO: 'sovet-mo/praktiki/baza',
			CMS_BRANCH: 'master',
			CMS_APP_ID: 'a1b2c3',
			CMS_BASE_URL: 'https://git.sovet-mo.example/gitlab/',
		});
		expect(block).toEqual({
			name: 'gitlab',
			repo: 'sovet-mo/praktiki/baza',
			branch: 'master',
			squash_merges: true,
			auth_type: 'pkce',
			app_id: 'a1b2c3',
			api_root: 'https://git.sovet-mo.example/gitlab/api/v4',
			base_url: 'https://git.sovet-mo.example/gitlab',
			auth_endpoint: 'oauth/authorize',
		});
		expect(publish_mode).toBe('editorial_workflow');
		expect(origins.connect).toEqual(['https://git.sovet-mo.example']);
	});

	it('signs in to Gitea with PKCE and commits directly, since Decap’s gitea backend refuses the editorial workflow', () => {
		const { block, publish_mode, origins } = build({
			CMS_BACKEND: 'gitea',
			CMS_REPO: 'asdg/praktiki',
			CMS_APP_ID: 'c0ffee',
			CMS_BASE_URL: 'https://git.asdg.example',
		});
		expect(block).toEqual({
			name: 'gitea',
			repo: 'asdg/praktiki',
			branch: 'main',
			app_id: 'c0ffee',
			api_root: 'https://git.asdg.example/api/v1',
			base_url: 'https://git.asdg.example',
		});
		expect(publish_mode).toBeUndefined();
		expect(origins.connect).toEqual(['https://git.asdg.example']);
		expect(build({ CMS_BACKEND: 'gitea', CMS_REPO: 'asdg/praktiki', CMS_APP_ID: 'c0ffee' }).block).toMatchObject({
			api_root: 'https://gitea.com/api/v1',
		});
	});

	it('signs in to Forgejo with PKCE and keeps pull requests, Codeberg unless CMS_BASE_URL says otherwise', () => {
		const { block, publish_mode, origins } = build({
			CMS_BACKEND: 'forgejo',
			CMS_REPO: 'asdg/praktiki',
			CMS_APP_ID: 'c0ffee',
			CMS_BASE_URL: 'https://forgejo.asdg.example',
		});
		expect(block).toEqual({
			name: 'forgejo',
			repo: 'asdg/praktiki',
			branch: 'main',
			app_id: 'c0ffee',
			api_root: 'https://forgejo.asdg.example/api/v1',
		});
		expect(publish_mode).toBe('editorial_workflow');
		expect(origins.connect).toEqual(['https://forgejo.asdg.example']);
		expect(build({ CMS_BACKEND: 'forgejo', CMS_REPO: 'asdg/praktiki', CMS_APP_ID: 'c0ffee' }).block).toMatchObject({
			api_root: 'https://codeberg.org/api/v1',
		});
	});
});

describe('CMS_* settings the build refuses, in Russian, with what to set', () => {
	it('refuses GitLab without CMS_APP_ID', () => {
		expect(problems({ CMS_BACKEND: 'gitlab', CMS_REPO: 'asdg/praktiki' })).toEqual([
			'CMS_BACKEND=gitlab требует CMS_APP_ID — идентификатор OAuth-приложения («Application ID»), созданного в GitLab для этого сайта',
		]);
	});

	it('refuses an unknown backend and suggests the closest one', () => {
		expect(problems({ CMS_BACKEND: 'GitLab' })).toEqual([
			'CMS_BACKEND=«GitLab»: такого варианта нет; возможно, вы имели в виду «gitlab». Допустимо: github, gitlab, gitea, forgejo; без CMS_BACKEND редактор работает с GitHub, как раньше',
		]);
		expect(problems({ CMS_BACKEND: 'bitbucket' })[0]).toMatch(
			/^CMS_BACKEND=«bitbucket»: такого варианта нет\. Допустимо:/,
		);
	});

	it('refuses GitHub chosen for a deployment without the OAuth client that signs curators in', () => {
		expect(problems({ CMS_BACKEND: 'github', CMS_REPO: 'asdg/praktiki' })).toEqual([
			'CMS_BACKEND=github требует CMS_AUTH_URL — адрес внешнего OAuth-клиента, через который редакторы входят в GitHub (например https://auth.example.org). Без него кнопка входа ведёт в службу Netlify, которая для этого сайта не настроена',
		]);
	});

	it('refuses a chosen backend without the repository', () => {
		expect(problems({ CMS_BACKEND: 'forgejo', CMS_APP_ID: 'c0ffee' })).toEqual([
			'CMS_BACKEND=forgejo требует CMS_REPO — путь к репозиторию с содержимым в Forgejo, например CMS_REPO=asdg/praktiki',
		]);
	});

	it('refuses PKCE settings without CMS_BACKEND instead of silently building for GitHub', () => {
		expect(
			problems({ CMS_REPO: 'asdg/praktiki', CMS_APP_ID: 'a1b2c3', CMS_BASE_URL: 'https://git.asdg.example' }),
		).toEqual([
			'задан CMS_APP_ID, но не задан CMS_BACKEND: укажите CMS_BACKEND=gitlab, gitea или forgejo',
			'задан CMS_BASE_URL, но не задан CMS_BACKEND: укажите CMS_BACKEND=gitlab, gitea или forgejo',
		]);
	});

	it('refuses variables the chosen backend does not use', () => {
		expect(
			problems({
				CMS_BACKEND: 'gitlab',
				CMS_REPO: 'asdg/praktiki',
				CMS_APP_ID: 'a1b2c3',
				CMS_AUTH_URL: 'https://auth.asdg.example',
			}),
		).toEqual([
			'CMS_AUTH_URL не нужен при CMS_BACKEND=gitlab: в GitLab редактор входит сам, по PKCE, без OAuth-сервера. Уберите CMS_AUTH_URL',
		]);
		expect(
			problems({
				CMS_BACKEND: 'github',
				CMS_REPO: 'asdg/praktiki',
				CMS_AUTH_URL: 'https://auth.asdg.example',
				CMS_APP_ID: 'x',
			})[0],
		).toMatch(/^CMS_APP_ID не нужен при CMS_BACKEND=github/);
	});

	it('refuses a repository given as an address and names the path to write instead', () => {
		expect(
			problems({
				CMS_BACKEND: 'gitea',
				CMS_REPO: 'https://git.asdg.example/asdg/praktiki.git',
				CMS_APP_ID: 'c0ffee',
				CMS_BASE_URL: 'https://git.asdg.example',
			}),
		).toEqual([
			'CMS_REPO=«https://git.asdg.example/asdg/praktiki.git»: нужен путь к репозиторию в Gitea в виде «владелец/репозиторий», без адреса сайта; возможно, вы имели в виду «asdg/praktiki»',
		]);
		// Only GitLab has groups within groups.
		expect(problems({ CMS_REPO: 'a/b/c' })[0]).toMatch(/^CMS_REPO=«a\/b\/c»: нужен путь к репозиторию в GitHub/);
	});

	it('refuses an instance address that is not one, or that points at the API', () => {
		expect(
			problems({
				CMS_BACKEND: 'gitlab',
				CMS_REPO: 'asdg/praktiki',
				CMS_APP_ID: 'a1b2c3',
				CMS_BASE_URL: 'gitlab.asdg.example',
			}),
		).toEqual([
			'CMS_BASE_URL=«gitlab.asdg.example»: это не адрес. Укажите полный адрес с https://, например https://gitlab.example.org',
		]);
		expect(
			problems({
				CMS_BACKEND: 'gitlab',
				CMS_REPO: 'asdg/praktiki',
				CMS_APP_ID: 'a1b2c3',
				CMS_BASE_URL: 'https://gitlab.asdg.example/api/v4',
			}),
		).toEqual([
			'CMS_BASE_URL=«https://gitlab.asdg.example/api/v4»: нужен адрес самого GitLab, без /api/…; например https://gitlab.asdg.example',
		]);
	});

	it('lists every problem at once and points to the setup guide', () => {
		try {
			cmsBackendFromEnv({ CMS_BACKEND: 'gitlab', CMS_AUTH_URL: 'https://auth.asdg.example' });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(CmsSettingsError);
			const { message, problems } = error as CmsSettingsError;
			expect(problems).toHaveLength(3);
			expect(message).toMatch(
				/^Настройки входа в веб-редактор \(переменные CMS_\*\), ошибок — 3:\n {2}• CMS_BACKEND=gitlab требует CMS_REPO/,
			);
			expect(message).toContain('CONTRIBUTING.md, раздел «Вход в веб-редактор на опубликованном сайте»');
		}
	});
});
