// Where the web editor signs in and commits, chosen at build time from CMS_* variables. Hand-written:
// the rules tie variables to one another and to what each Decap backend reads, which no package knows.
import { didYouMean } from '../validation/closest.ts';

/** The Git hosts Decap CMS can sign in to without a server of ours (GitHub needs an external OAuth client). */
export const CMS_BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;
export type CmsBackendName = (typeof CMS_BACKENDS)[number];

/** The repository the editor commits to when nothing is set: today's default, for local work. */
export const DEFAULT_CMS_REPO = 'municipal-practices/knowledge-base';

/** Where a backend signs in when `CMS_BASE_URL` is not set: the public instance of each. */
export const PUBLIC_INSTANCE: Record<Exclude<CmsBackendName, 'github'>, string> = {
	gitlab: 'https://gitlab.com',
	gitea: 'https://gitea.com',
	forgejo: 'https://codeberg.org',
};

/** Human names, for messages and docs. */
const TITLE: Record<CmsBackendName, string> = {
	github: 'GitHub',
	gitlab: 'GitLab',
	gitea: 'Gitea',
	forgejo: 'Forgejo',
};

/** The editor's backend, checked. */
export type CmsBackend =
	| {
			name: 'github';
			repo: string;
			branch: string;
			/** The external OAuth client's address; without it (local work only) Decap falls back to Netlify's service. */
			authUrl?: string;
	  }
	| {
			name: 'gitlab' | 'gitea' | 'forgejo';
			repo: string;
			branch: string;
			/** The OAuth application's client ID (GitLab's «Application ID»). */
			appId: string;
			/** The instance's root address, without a trailing slash. */
			baseUrl: string;
	  };

/** The CMS_* variables a build reads; an empty value counts as unset, as CI passes unset variables as "". */
export type CmsEnv = Partial<
	Record<'CMS_BACKEND' | 'CMS_REPO' | 'CMS_BRANCH' | 'CMS_AUTH_URL' | 'CMS_APP_ID' | 'CMS_BASE_URL', string | undefined>
>;

/** Every problem with the CMS_* variables at once, each saying what to set; the build stops on it. */
export class CmsSettingsError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(
			`Настройки входа в веб-редактор (переменные CMS_*), ошибок — ${problems.length}:\n${problems.map((p) => `  • ${p}`).join('\n')}\nКак настроить вход — в CONTRIBUTING.md, раздел «Вход в веб-редактор на опубликованном сайте».`,
		);
		this.name = 'CmsSettingsError';
		this.problems = problems;
	}
}

const read = (env: CmsEnv, name: keyof CmsEnv) => env[name]?.trim() || undefined;

/** An http(s) address without query or fragment and without a trailing slash, or a problem. */
function address(name: string, value: string, example: string): { url?: string; problem?: string } {
	if (!URL.canParse(value))
		return { problem: `${name}=«${value}»: это не адрес. Укажите полный адрес с https://, например ${example}` };
	const url = new URL(value);
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		return { problem: `${name}=«${value}»: нужен адрес, начинающийся с https://, например ${example}` };
	if (url.search || url.hash)
		return { problem: `${name}=«${value}»: уберите из адреса всё после «?» или «#», например ${example}` };
	return { url: `${url.origin}${url.pathname}`.replace(/\/+$/, '') };
}

/** `owner/name` (GitLab also allows groups within groups), or a problem naming what to write instead. */
function repoProblem(backend: CmsBackendName, repo: string): string | undefined {
	const segment = /^[\w.-]+$/;
	const parts = repo.split('/');
	const nested = backend === 'gitlab';
	if ((nested ? parts.length >= 2 : parts.length === 2) && parts.every((p) => segment.test(p) && !/^\.+$/.test(p)))
		return undefined;
	const fromUrl = URL.canParse(repo)
		? new URL(repo).pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '')
		: undefined;
	const hint = fromUrl ? `; возможно, вы имели в виду «${fromUrl}»` : '';
	const form = nested ? '«владелец/репозиторий» или «группа/подгруппа/проект»' : '«владелец/репозиторий»';
	return `CMS_REPO=«${repo}»: нужен путь к репозиторию в ${TITLE[backend]} в виде ${form}, без адреса сайта${hint}`;
}

/**
 * Reads and checks the CMS_* variables. Nothing set keeps the editor as it always was: GitHub with the
 * default repository and, if given, `CMS_AUTH_URL`; on localhost the local decap-server is used anyway.
 * An explicit `CMS_BACKEND` means a real deployment, so it also needs the repository and a way to sign in.
 */
export function cmsBackendFromEnv(env: CmsEnv): CmsBackend {
	const problems: string[] = [];
	const given = read(env, 'CMS_BACKEND');
	const branch = read(env, 'CMS_BRANCH') ?? 'main';
	const authUrlValue = read(env, 'CMS_AUTH_URL');
	const appId = read(env, 'CMS_APP_ID');
	const baseUrlValue = read(env, 'CMS_BASE_URL');
	const repo = read(env, 'CMS_REPO');
	if (/\s/.test(branch)) problems.push(`CMS_BRANCH=«${branch}»: в имени ветки не бывает пробелов; обычно это main`);

	if (given !== undefined && !(CMS_BACKENDS as readonly string[]).includes(given)) {
		throw new CmsSettingsError([
			`CMS_BACKEND=«${given}»: такого варианта нет${didYouMean(given, CMS_BACKENDS)}. Допустимо: ${CMS_BACKENDS.join(', ')}; без CMS_BACKEND редактор работает с GitHub, как раньше`,
		]);
	}
	const name = (given ?? 'github') as CmsBackendName;
	const title = TITLE[name];

	if (repo !== undefined) {
		const problem = repoProblem(name, repo);
		if (problem) problems.push(problem);
	} else if (given !== undefined) {
		problems.push(
			`CMS_BACKEND=${name} требует CMS_REPO — путь к репозиторию с содержимым в ${title}, например CMS_REPO=asdg/praktiki`,
		);
	}

	if (name === 'github') {
		if (appId !== undefined)
			problems.push(
				given
					? `CMS_APP_ID не нужен при CMS_BACKEND=github: вход в GitHub идёт через внешний OAuth-клиент по адресу CMS_AUTH_URL. Уберите CMS_APP_ID`
					: `задан CMS_APP_ID, но не задан CMS_BACKEND: укажите CMS_BACKEND=gitlab, gitea или forgejo`,
			);
		if (baseUrlValue !== undefined)
			problems.push(
				given
					? `CMS_BASE_URL не используется при CMS_BACKEND=github (редактор работает с github.com). Уберите CMS_BASE_URL`
					: `задан CMS_BASE_URL, но не задан CMS_BACKEND: укажите CMS_BACKEND=gitlab, gitea или forgejo`,
			);
		let authUrl: string | undefined;
		if (authUrlValue !== undefined) {
			const checked = address('CMS_AUTH_URL', authUrlValue, 'https://auth.example.org');
			if (checked.problem) problems.push(checked.problem);
			authUrl = checked.url;
		} else if (given !== undefined) {
			problems.push(
				'CMS_BACKEND=github требует CMS_AUTH_URL — адрес внешнего OAuth-клиента, через который редакторы входят в GitHub (например https://auth.example.org). Без него кнопка входа ведёт в службу Netlify, которая для этого сайта не настроена',
			);
		}
		if (problems.length) throw new CmsSettingsError(problems);
		return { name, repo: repo ?? DEFAULT_CMS_REPO, branch, ...(authUrl ? { authUrl } : {}) };
	}

	if (authUrlValue !== undefined)
		problems.push(
			`CMS_AUTH_URL не нужен при CMS_BACKEND=${name}: в ${title} редактор входит сам, по PKCE, без OAuth-сервера. Уберите CMS_AUTH_URL`,
		);
	if (appId === undefined)
		problems.push(
			`CMS_BACKEND=${name} требует CMS_APP_ID — идентификатор OAuth-приложения${name === 'gitlab' ? ' («Application ID»)' : ' («Client ID»)'}, созданного в ${title} для этого сайта`,
		);
	let baseUrl = PUBLIC_INSTANCE[name];
	if (baseUrlValue !== undefined) {
		const checked = address('CMS_BASE_URL', baseUrlValue, `https://${name}.example.org`);
		if (checked.problem) problems.push(checked.problem);
		else if (checked.url && /\/api\/v\d+$/.test(checked.url))
			problems.push(
				`CMS_BASE_URL=«${baseUrlValue}»: нужен адрес самого ${title}, без /api/…; например ${checked.url.replace(/\/api\/v\d+$/, '')}`,
			);
		else if (checked.url) baseUrl = checked.url;
	}
	if (problems.length || appId === undefined) throw new CmsSettingsError(problems);
	return { name, repo: repo!, branch, appId, baseUrl };
}

/** Whether Decap keeps entries as pull or merge requests on this backend (its gitea backend refuses the workflow). */
export const supportsEditorialWorkflow = (name: CmsBackendName) => name !== 'gitea';

/** The `backend` block of Decap's configuration, with the keys each Decap backend reads. */
export function decapBackend(backend: CmsBackend): Record<string, unknown> {
	const { name, repo, branch } = backend;
	if (backend.name === 'github') {
		if (!backend.authUrl) return { name, repo, branch, squash_merges: true };
		// Decap takes the client's origin alone (it checks the sign-in window's messages against it) and the path apart.
		const url = new URL(backend.authUrl);
		const path = url.pathname.replace(/^\/+|\/+$/g, '');
		return { name, repo, branch, squash_merges: true, base_url: url.origin, ...(path ? { auth_endpoint: path } : {}) };
	}
	const { appId, baseUrl } = backend;
	switch (backend.name) {
		case 'gitlab':
			return {
				name,
				repo,
				branch,
				squash_merges: true,
				auth_type: 'pkce',
				app_id: appId,
				api_root: `${baseUrl}/api/v4`,
				base_url: baseUrl,
				auth_endpoint: 'oauth/authorize',
			};
		case 'gitea':
			// Decap's gitea backend builds its sign-in addresses from base_url (login/oauth/…) and ignores auth_endpoint.
			return { name, repo, branch, app_id: appId, api_root: `${baseUrl}/api/v1`, base_url: baseUrl };
		case 'forgejo':
			// Decap's forgejo backend takes the instance's address from api_root.
			return { name, repo, branch, app_id: appId, api_root: `${baseUrl}/api/v1` };
	}
}

/** What the editor's page must let the browser reach: the host's API and sign-in, and avatars. */
export function cmsOrigins(backend: CmsBackend): { connect: string[]; img: string[] } {
	if (backend.name === 'github') {
		// The OAuth client opens in its own window; its origin is allowed too, for Decap's token refresh request.
		return {
			connect: ['https://api.github.com', ...(backend.authUrl ? [new URL(backend.authUrl).origin] : [])],
			img: ['https://avatars.githubusercontent.com'],
		};
	}
	const origin = new URL(backend.baseUrl).origin;
	// PKCE exchanges the code for a token from the page itself, at the same origin as the API. Avatars are
	// served by the instance or, where it uses Gravatar (GitLab does by default), by Gravatar.
	return { connect: [origin], img: [origin, 'https://secure.gravatar.com'] };
}
