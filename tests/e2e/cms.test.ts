import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from './browser.ts';
import { validateCommand } from '../../scripts/lib/validate-command.ts';
import { builtPage, hrefsOf } from '../support/html.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Decap's local backend is looked for on this port by default. */
const PROXY_PORT = 8081;
const work = mkdtempSync(join(tmpdir(), 'practices-cms-'));
const repo = join(work, 'repo');

let site: Awaited<ReturnType<typeof openSite>>;
let proxy: ChildProcess;

const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });

/** A practice of a registry that `npm run import` makes into a draft in the test repository. */
const DRAFT_TITLE = 'Школа председателей советов многоквартирных домов';
const DRAFT = 'content/practices/lesosibirsk/_shkola-predsedateley-sovetov-mnogokvartirnykh-domov.mdx';

beforeAll(async () => {
	// A repository with the real content, on branch main, as the editor's local backend sees it.
	cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
	// And a draft in it, made by the import from a registry row, as a curator's pull request would bring it.
	const registry = join(work, 'reestr.csv');
	writeFileSync(
		registry,
		[
			'Наименование практики;Муниципальное образование;Краткое описание;Проблема;Описание практики;Механизм реализации;Результаты;Рекомендации по тиражированию;Срок реализации;Статус;Источник',
			`${DRAFT_TITLE};г. Лесосибирск;Администрация учит председателей советов домов управлять общим имуществом и работать с управляющими компаниями.;Председателям советов домов не хватает знаний о правах собственников.;Администрация проводит для председателей занятия и консультации.;Занятия ведут специалисты отдела ЖКХ раз в квартал.;Председатели советов домов стали чаще обращаться с предложениями.;Нужны специалисты отдела ЖКХ и помещение для занятий.;с 2020 года;реализуется;Ответы города Лесосибирска на анкету АСДГ за 2020 год`,
		].join('\n'),
	);
	const imported = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), registry], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: join(repo, 'content') },
		encoding: 'utf8',
	});
	if (imported.status !== 0 || !existsSync(join(repo, DRAFT)))
		throw new Error(`npm run import: ${imported.stdout}${imported.stderr}`);
	git('init', '-q', '-b', 'main');
	git('add', '-A');
	git('-c', 'user.name=Тест', '-c', 'user.email=test@example.org', 'commit', '-qm', 'Содержимое');
	proxy = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server/dist/index.js')], {
		env: {
			...process.env,
			MODE: 'git',
			GIT_REPO_DIRECTORY: repo,
			PORT: String(PROXY_PORT),
			BIND_HOST: '127.0.0.1',
			GIT_AUTHOR_NAME: 'Тест',
			GIT_AUTHOR_EMAIL: 'test@example.org',
			GIT_COMMITTER_NAME: 'Тест',
			GIT_COMMITTER_EMAIL: 'test@example.org',
		},
		stdio: 'ignore',
	});
	for (let i = 0; i < 100; i++) {
		const up = await fetch(`http://127.0.0.1:${PROXY_PORT}/api/v1`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"action":"info"}',
		})
			.then((r) => r.ok)
			.catch(() => false);
		if (up) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	site = await openSite();
});
afterAll(async () => {
	proxy?.kill();
	await site?.close();
	rmSync(work, { recursive: true, force: true });
});

describe('web editor (Decap CMS, local git backend)', () => {
	it('creates a practice through the form as a pull-request branch whose file passes validation', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.url}admin/`);
		await page.getByRole('button', { name: 'Войти' }).click();
		await page.waitForURL(/#\/collections\//);
		expect(await page.locator('body').innerText()).toContain('Практики');

		await page.goto(`${site.url}admin/#/collections/practices/new`);
		const field = (name: string) => page.locator(`[id^="${name}-field-"]`).first();
		const pick = async (name: string, text: string) => {
			await field(name).click();
			await field(name).pressSequentially(text);
			await page
				.getByRole('option', { name: new RegExp(text) })
				.first()
				.click();
		};
		await field('title').fill('Конкурс «Лучший двор» для ТСЖ');
		await field('summary').fill(
			'Жители многоквартирных домов соревнуются за звание лучшего двора, а победители получают поддержку.',
		);
		await pick('municipalities', 'Лесосибирск');
		await pick('topics', 'ЖКХ');
		await pick('status', 'пилот');
		// The questionnaire has no date: the editor asks the year the status is known for.
		await field('statusAsOf').fill('2020');
		// A status other than «планируется» names the source it rests on.
		await pick('statusSource', 'Лесосибирска');
		await field('lastConfirmed').fill('2026-11-22');
		await page.getByRole('button', { name: /Добавить источники/ }).click();
		await pick('source', 'Лесосибирска');
		await page.getByRole('button', { name: 'Сохранить' }).click();
		await expect
			.poll(() => page.url(), { timeout: 15_000 })
			.toContain('/entries/lesosibirsk/konkurs-luchshiy-dvor-dlya-tszh');
		await page.close();

		// The editorial workflow keeps the new entry on its own branch, as a pull request would.
		const branch = 'cms/practices/lesosibirsk/konkurs-luchshiy-dvor-dlya-tszh';
		expect(git('branch', '--list', branch).stdout).toContain(branch);
		const written = git('show', `${branch}:content/practices/lesosibirsk/konkurs-luchshiy-dvor-dlya-tszh.mdx`).stdout;
		expect(written).toMatch(/^---\ntitle: Конкурс «Лучший двор» для ТСЖ\n/);
		expect(written).not.toContain('fileName');
		expect(written).toMatch(/^status: пилот\nstatusAsOf: 2020\nstatusSource: asdg-anketa-lesosibirsk-2020\n/m);
		expect(written).toContain('## Как повторить');

		const checkout = join(work, 'checkout');
		spawnSync('git', ['worktree', 'add', '-q', checkout, branch], { cwd: repo });
		const validated = validateCommand([], join(checkout, 'content'));
		expect(validated.stdout).toContain('Ошибок нет');
		expect(validated.status).toBe(0);
	});

	it('records a repeat from a card’s link: the practice is chosen already, the file is named after who repeated which practice, and it passes validation', async () => {
		const card = builtPage('practices/krasnoyarsk/fabrika-narodnykh-initsiativ/');
		const link = hrefsOf(card)
			.find((href) => href.startsWith('/admin/#/collections/replications/new?'))
			?.slice(1);
		expect(link).toBe('admin/#/collections/replications/new?practice=krasnoyarsk%2Ffabrika-narodnykh-initsiativ');
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.url}admin/`);
		await page.getByRole('button', { name: 'Войти' }).click();
		await page.waitForURL(/#\/collections\//);
		await page.goto(`${site.url}${link}`);
		const field = (name: string) => page.locator(`[id^="${name}-field-"]`).first();
		const pick = async (name: string, text: string) => {
			await field(name).click();
			await field(name).pressSequentially(text);
			await page
				.getByRole('option', { name: new RegExp(text) })
				.first()
				.click();
		};
		await expect
			.poll(() => page.getByText('Городской конкурс «Фабрика народных инициатив»').isVisible(), { timeout: 10_000 })
			.toBe(true);
		expect(await page.getByText('Муниципалитет, который повторил практику').isVisible()).toBe(true);
		await pick('municipality', 'Лесосибирск');
		await field('year').fill('2024');
		await field('outcome').fill(
			'Жители Лесосибирска предложили свои инициативы на городской конкурс по образцу красноярского.',
		);
		await pick('source', 'Лесосибирска');
		await page.getByRole('button', { name: 'Сохранить' }).click();
		await expect
			.poll(() => page.url(), { timeout: 15_000 })
			.toContain('/entries/lesosibirsk-krasnoyarsk-fabrika-narodnykh-initsiativ');
		await page.close();

		const branch = 'cms/replications/lesosibirsk-krasnoyarsk-fabrika-narodnykh-initsiativ';
		const written = git(
			'show',
			`${branch}:content/replications/lesosibirsk-krasnoyarsk-fabrika-narodnykh-initsiativ.yaml`,
		).stdout;
		expect(written).toBe(
			'practice: krasnoyarsk/fabrika-narodnykh-initsiativ\nmunicipality: lesosibirsk\nyear: 2024\noutcome: Жители Лесосибирска предложили свои инициативы на городской конкурс по образцу красноярского.\nsource: asdg-anketa-lesosibirsk-2020\n',
		);
		const checkout = join(work, 'checkout-replication');
		await expect
			.poll(() => spawnSync('git', ['worktree', 'add', '-q', checkout, branch], { cwd: repo }).status, {
				timeout: 10_000,
			})
			.toBe(0);
		const validated = validateCommand([], join(checkout, 'content'));
		expect(validated.stdout).toContain('Ошибок нет');
		expect(validated.status).toBe(0);
	});

	it('uploads a photo into the practice’s own folder and writes it as a Markdown image that passes validation', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.url}admin/`);
		await page.getByRole('button', { name: 'Войти' }).click();
		await page.waitForURL(/#\/collections\//);
		await page.goto(`${site.url}admin/#/collections/practices/entries/lesosibirsk/obshchestvennaya-palata`);
		await page.getByRole('button', { name: 'Добавить компонент' }).click();
		await page.getByRole('menuitem', { name: 'Image' }).click();
		await page.getByRole('button', { name: 'Выберите изображение' }).click();
		await page
			.locator('input[type="file"]')
			.setInputFiles(join(root, 'tests/fixtures/rich-practices/content/practices/krasnoyarsk/skhema-dvora.png'));
		await page.getByRole('button', { name: 'Выбрать помеченные' }).click();
		await page.getByLabel('Alt Text').fill('Схема двора с игровой и спортивной площадками');
		await page.getByRole('button', { name: 'Сохранить' }).click();
		const branch = 'cms/practices/lesosibirsk/obshchestvennaya-palata';
		// The photo is committed with the entry, beside the practice's file, on the entry's branch.
		await expect
			.poll(() => git('ls-tree', '-r', '--name-only', branch, 'content/practices/lesosibirsk/').stdout, {
				timeout: 15_000,
			})
			.toContain('content/practices/lesosibirsk/skhema-dvora.png');
		await page.close();

		const written = git('show', `${branch}:content/practices/lesosibirsk/obshchestvennaya-palata.mdx`).stdout;
		expect(written).toMatch(/!\[Схема двора с игровой и спортивной площадками\]\((\.\/)?skhema-dvora\.png\)/);

		const checkout = join(work, 'checkout-photo');
		// decap-server may still hold the repository's lock right after its commit: try again briefly.
		await expect
			.poll(() => spawnSync('git', ['worktree', 'add', '-q', checkout, branch], { cwd: repo }).status, {
				timeout: 10_000,
			})
			.toBe(0);
		const validated = validateCommand([], join(checkout, 'content'));
		expect(validated.stdout).toContain('Ошибок нет');
	});

	it('lists a draft from npm run import among «Черновики», not among the practices, and publishes it when the curator finishes and saves it', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.url}admin/`);
		await page.getByRole('button', { name: 'Войти' }).click();
		await page.waitForURL(/#\/collections\//);
		// Decap lists a collection once decap-server has read every file of the folder: on a loaded machine that takes a while.
		await page.goto(`${site.url}admin/#/collections/practices`);
		await expect
			.poll(() => page.getByText('Общественная палата города Лесосибирска').isVisible(), { timeout: 60_000 })
			.toBe(true);
		expect(await page.getByText(DRAFT_TITLE).count()).toBe(0);

		await page.goto(`${site.url}admin/#/collections/drafts`);
		await expect.poll(() => page.getByText(DRAFT_TITLE).isVisible(), { timeout: 60_000 }).toBe(true);
		expect(await page.getByText('Общественная палата города Лесосибирска').count()).toBe(0);
		await page.getByText(DRAFT_TITLE).click();
		await page.waitForURL(/\/entries\/lesosibirsk\/_shkola-predsedateley/);
		const field = (name: string) => page.locator(`[id^="${name}-field-"]`).first();
		const pick = async (name: string, text: string) => {
			await field(name).click();
			await field(name).pressSequentially(text);
			await page
				.getByRole('option', { name: new RegExp(text) })
				.first()
				.click();
		};
		// What the import could not know: the topic, the year the status is true for, the day it was checked.
		await expect.poll(() => field('title').inputValue(), { timeout: 10_000 }).toBe(DRAFT_TITLE);
		await pick('topics', 'ЖКХ');
		await field('statusAsOf').fill('2020');
		await field('lastConfirmed').fill('2026-11-22');
		await page.getByRole('button', { name: 'Сохранить' }).click();
		const branch = 'cms/drafts/lesosibirsk/_shkola-predsedateley-sovetov-mnogokvartirnykh-domov';
		const published = DRAFT.replace('/_', '/');
		// Saved from «Черновики», the draft is the practice under its name without «_» on the entry's branch.
		const files = () =>
			git('ls-tree', '-r', '--name-only', branch, 'content/practices/lesosibirsk/').stdout.split('\n');
		await expect
			.poll(() => [files().includes(published), files().includes(DRAFT)], { timeout: 15_000 })
			.toEqual([true, false]);
		await page.close();

		const written = git('show', `${branch}:${published}`).stdout;
		expect(written).toMatch(new RegExp(`^---\\ntitle: ${DRAFT_TITLE}\\n`));
		expect(written).not.toContain('Черновик');
		expect(written).toContain('## Как это работает\n\nЗанятия ведут специалисты отдела ЖКХ раз в квартал.');

		const checkout = join(work, 'checkout-draft');
		await expect
			.poll(() => spawnSync('git', ['worktree', 'add', '-q', checkout, branch], { cwd: repo }).status, {
				timeout: 10_000,
			})
			.toBe(0);
		const validated = validateCommand([], join(checkout, 'content'));
		expect(validated.stdout).toContain('Ошибок нет.');
		expect(validated.stdout).not.toContain('черновик');
		expect(validated.status).toBe(0);
		// Its waits for Decap to list the collections alone may take two minutes on a loaded machine.
	}, 240_000);
});
