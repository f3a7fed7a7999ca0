import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsBackendFromEnv, type CmsEnv } from '../../src/editor/cms-backend.ts';
import { decapConfig } from '../../src/editor/decap-config.ts';
import { openSite } from './browser.ts';
import { fixtureSite, OTHER_DEPLOYMENT } from '../support/build-site.ts';
import { parseHtml } from '../support/html.ts';

/**
 * The editor as a deployment builds it for a self-hosted GitLab (a fixture site built with the CMS_*
 * variables a deployer sets, support/build-site.ts), driven in Chromium up to the GitLab API. The instance
 * is played by routes: nothing leaves the machine, and the page's own CSP still decides what the browser may fetch.
 */
const dist = fixtureSite(OTHER_DEPLOYMENT);
const GITLAB = OTHER_DEPLOYMENT.env!['CMS_BASE_URL']!;

let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
	site = await openSite(dist);
});
afterAll(async () => {
	await site?.close();
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
			if (pathname === '/oauth/token')
				return route.fulfill({
					headers: cors,
					json: { access_token: 'test-token', token_type: 'Bearer', refresh_token: 'r', expires_in: 7200 },
				});
			if (pathname === '/api/v4/user')
				return route.fulfill({ headers: cors, json: { id: 7, username: 'kurator', name: 'Куратор', avatar_url: '' } });
			return route.fulfill({ status: 404, headers: cors, json: { message: '404 Not Found' } });
		});

		await page.goto(`${site.url}admin/`);
		await page.getByRole('button', { name: 'Войти через GitLab' }).click();

		// The token and the API are fetched by the page: a CSP that left the instance out would stop them here.
		await expect
			.poll(() => seen.some((r) => new URL(r.url()).pathname === '/api/v4/user'), { timeout: 15_000 })
			.toBe(true);

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
		expect(body).toMatchObject({
			client_id: 'test-app-id',
			code: 'test-code',
			grant_type: 'authorization_code',
			redirect_uri: `${site.url}admin/`,
		});
		expect(body['code_verifier']).toMatch(/^[\w.-]{128}$/);
		expect(body).not.toHaveProperty('client_secret');

		const user = seen.find((r) => new URL(r.url()).pathname === '/api/v4/user')!;
		expect(await user.headerValue('authorization')).toBe('Bearer test-token');
		await page.close();
	});
});

describe('the sign-in screen of the other hosts, from the configuration their builds write', () => {
	const html = () => readFileSync(join(dist, 'admin/index.html'), 'utf8');
	/** The built page with only the text of its configuration's element replaced, byte for byte elsewhere (its CSP hashes its scripts). */
	const withConfig = (config: string) => {
		const page = html();
		const [start, end] = parseHtml(page).querySelector('script#cms-config')!.range;
		return `${page.slice(0, start)}<script id="cms-config" type="application/json">${config}</script>${page.slice(end)}`;
	};
	const cases: [string, CmsEnv][] = [
		[
			'Войти через GitHub',
			{ CMS_BACKEND: 'github', CMS_REPO: 'asdg/praktiki', CMS_AUTH_URL: 'https://auth.asdg.example' },
		],
		[
			'Войти через Gitea',
			{
				CMS_BACKEND: 'gitea',
				CMS_REPO: 'asdg/praktiki',
				CMS_APP_ID: 'c0ffee',
				CMS_BASE_URL: 'https://gitea.asdg.example',
			},
		],
		[
			'Войти через Forgejo',
			{
				CMS_BACKEND: 'forgejo',
				CMS_REPO: 'asdg/praktiki',
				CMS_APP_ID: 'c0ffee',
				CMS_BASE_URL: 'https://forgejo.asdg.example',
			},
		],
	];

	it.each(cases)('offers «%s»', async (button, otherEnv) => {
		// The built page with only its configuration replaced by what a build with these variables writes;
		// Decap refuses a configuration its backend cannot serve (Gitea with the editorial workflow) before any button.
		const config = JSON.stringify(decapConfig({ backend: cmsBackendFromEnv(otherEnv), siteUrl: site.url }));
		const page = await editorPage();
		await page.route(`${site.url}admin/`, (route) =>
			route.fulfill({ contentType: 'text/html; charset=utf-8', body: withConfig(config) }),
		);
		await page.goto(`${site.url}admin/`);
		await expect.poll(() => page.getByRole('button', { name: button }).count(), { timeout: 15_000 }).toBe(1);
		await page.close();
	});
});
