import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsBackendFromEnv, type CmsEnv } from '../../src/editor/cms-backend.ts';
import { decapConfig } from '../../src/editor/decap-config.ts';
import { openSite } from './browser.ts';

/**
 * The editor as a deployment builds it for a self-hosted GitLab (one extra build, with the CMS_*
 * variables a deployer sets), driven in Chromium up to the GitLab API. The instance is played by routes:
 * nothing leaves the machine, and the page's own CSP still decides what the browser may fetch.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'practices-cms-sign-in-'));
const dist = join(work, 'dist');
const GITLAB = 'https://gitlab.sovet-mo.example';
const env: CmsEnv = { CMS_BACKEND: 'gitlab', CMS_REPO: 'sovet-mo/praktiki/baza', CMS_BRANCH: 'main', CMS_APP_ID: 'test-app-id', CMS_BASE_URL: GITLAB };

let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
	const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
		cwd: root,
		env: { ...process.env, ...env, CMS_AUTH_URL: '', ASTRO_CACHE_DIR: join(work, 'cache') },
		encoding: 'utf8',
	});
	if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
	site = await openSite(dist);
});
afterAll(async () => {
	await site?.close();
	rmSync(work, { recursive: true, force: true });
});

/** A page of the built editor that never finds a local decap-server, as on the published site. */
async function editorPage(): Promise<Page> {
	const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.route(/^http:\/\/(localhost|127\.0\.0\.1):8081\//, (route) => route.abort());
	return page;
}

describe('the web editor built with CMS_BACKEND=gitlab for a self-hosted instance', () => {
	it('lets the page reach that instance and GitHub no more', async () => {
		const page = await editorPage();
		await page.goto(`${site.url}admin/`);
		const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
		expect(csp).toMatch(new RegExp(`connect-src 'self' blob: ${GITLAB} http://localhost:8081`));
		expect(csp).not.toContain('github');
		await page.close();
	});

	it('offers «Войти через GitLab» and signs in with PKCE against the instance, from the page itself', async () => {
		const page = await editorPage();
		const seen: Request[] = [];
		await page.route(`${GITLAB}/**`, async (route, request) => {
			seen.push(request);
			const { pathname, searchParams } = new URL(request.url());
			if (pathname === '/oauth/authorize') {
				// The curator approves the application; GitLab sends the browser back with a code.
				const back = `${site.url}admin/?code=test-code&state=${encodeURIComponent(searchParams.get('state') ?? '')}`;
				return route.fulfill({ status: 302, headers: { location: back } });
			}
			const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' };
			if (pathname === '/oauth/token') return route.fulfill({ headers: cors, json: { access_token: 'test-token', token_type: 'Bearer', refresh_token: 'r', expires_in: 7200 } });
			if (pathname === '/api/v4/user') return route.fulfill({ headers: cors, json: { id: 7, username: 'kurator', name: 'Куратор', avatar_url: '' } });
			return route.fulfill({ status: 404, headers: cors, json: { message: '404 Not Found' } });
		});

		await page.goto(`${site.url}admin/`);
		await page.getByRole('button', { name: 'Войти через GitLab' }).click();

		// The token and the API are fetched by the page: a CSP that left the instance out would stop them here.
		await expect.poll(() => seen.some((r) => new URL(r.url()).pathname === '/api/v4/user'), { timeout: 15_000 }).toBe(true);

		const authorize = new URL(seen.find((r) => new URL(r.url()).pathname === '/oauth/authorize')!.url());
		expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
			client_id: 'test-app-id',
			redirect_uri: `${site.url}admin/`,
			response_type: 'code',
			scope: 'api',
			code_challenge_method: 'S256',
		});
		expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);

		const token = seen.find((r) => new URL(r.url()).pathname === '/oauth/token' && r.method() === 'POST')!;
		const body = JSON.parse(token.postData() ?? '{}') as Record<string, string>;
		// No client secret: the verifier, kept by the page since it sent the challenge, proves the request.
		expect(body).toMatchObject({ client_id: 'test-app-id', code: 'test-code', grant_type: 'authorization_code', redirect_uri: `${site.url}admin/` });
		expect(body['code_verifier']).toMatch(/^[\w.-]{128}$/);
		expect(body).not.toHaveProperty('client_secret');

		const user = seen.find((r) => new URL(r.url()).pathname === '/api/v4/user')!;
		expect(await user.headerValue('authorization')).toBe('Bearer test-token');
		await page.close();
	});
});

describe('the sign-in screen of the other hosts, from the configuration their builds write', () => {
	const html = () => readFileSync(join(dist, 'admin/index.html'), 'utf8');
	const cases: [string, CmsEnv][] = [
		['Войти через GitHub', { CMS_BACKEND: 'github', CMS_REPO: 'asdg/praktiki', CMS_AUTH_URL: 'https://auth.asdg.example' }],
		['Войти через Gitea', { CMS_BACKEND: 'gitea', CMS_REPO: 'asdg/praktiki', CMS_APP_ID: 'c0ffee', CMS_BASE_URL: 'https://gitea.asdg.example' }],
		['Войти через Forgejo', { CMS_BACKEND: 'forgejo', CMS_REPO: 'asdg/praktiki', CMS_APP_ID: 'c0ffee', CMS_BASE_URL: 'https://forgejo.asdg.example' }],
	];

	it.each(cases)('offers «%s»', async (button, otherEnv) => {
		// The built page with only its configuration replaced by what a build with these variables writes;
		// Decap refuses a configuration its backend cannot serve (Gitea with the editorial workflow) before any button.
		const config = JSON.stringify(decapConfig({ backend: cmsBackendFromEnv(otherEnv), siteUrl: site.url }));
		const page = await editorPage();
		await page.route(`${site.url}admin/`, (route) =>
			route.fulfill({ contentType: 'text/html; charset=utf-8', body: html().replace(/(<script id="cms-config" type="application\/json">)[^<]*(<\/script>)/, `$1${config}$2`) }),
		);
		await page.goto(`${site.url}admin/`);
		await expect.poll(() => page.getByRole('button', { name: button }).count(), { timeout: 15_000 }).toBe(1);
		await page.close();
	});
});
