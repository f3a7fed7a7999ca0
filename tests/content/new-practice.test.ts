import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { YearSchema } from '../../src/schemas/common.ts';
import { PracticeSchema } from '../../src/schemas/practice.ts';
import { boundsOf } from '../../src/validation/schema-walk.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'practices-new-'));
cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (script: string, args: string[]) =>
	spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: join(work, 'content') },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});

const FLAGS = [
	'--municipality', 'lesosibirsk',
	'--title', 'Конкурс «Лучший двор» для ТСЖ',
	'--summary', 'Жители многоквартирных домов соревнуются за звание лучшего двора, а победители получают поддержку.',
	'--topic', 'zhkh',
	'--topic', 'blagoustroystvo',
	'--status', 'пилот',
	'--status-year', '2020',
	'--source', 'asdg-anketa-lesosibirsk-2020',
];
const written = join(work, 'content/practices/lesosibirsk/konkurs-luchshiy-dvor-dlya-tszh.mdx');

describe('npm run new with flags', () => {
	it('writes the practice under its municipality with every body section, and it passes validation', () => {
		const created = run('new-practice.ts', FLAGS);
		expect(created.status, created.stderr).toBe(0);
		expect(existsSync(written)).toBe(true);
		const text = readFileSync(written, 'utf8');
		for (const section of ['Проблема', 'Решение', 'Как это работает', 'Результаты', 'Как повторить']) expect(text).toContain(`## ${section}`);
		expect(text).toMatch(/topics:\n {2}- zhkh\n {2}- blagoustroystvo/);
		// The one source asked for is also the source of the status, which validation requires.
		expect(text).toMatch(/^status: пилот\nstatusAsOf: 2020\nstatusSource: asdg-anketa-lesosibirsk-2020$/m);
		const validated = run('validate.ts', []);
		expect(validated.stdout).toContain('Ошибок нет');
		expect(validated.status).toBe(0);
	});

	it('refuses to overwrite an existing practice', () => {
		const again = run('new-practice.ts', FLAGS);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('уже есть');
	});

	it('names an unknown municipality and suggests the right one', () => {
		const wrong = run('new-practice.ts', FLAGS.map((v) => (v === 'lesosibirsk' ? 'lesosibirskk' : v)));
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toContain('«lesosibirskk»; возможно, вы имели в виду «lesosibirsk»');
	});

	it('refuses, before writing anything, what validation would refuse, with the limits of the schema', () => {
		const summary = boundsOf(PracticeSchema.shape.summary);
		const title = boundsOf(PracticeSchema.shape.title);
		const withFlag = (flag: string, value: string) => FLAGS.map((v, i) => (FLAGS[i - 1] === flag ? value : v)).concat('--slug', 'otkaz');
		const short = run('new-practice.ts', withFlag('--summary', 'а'.repeat((summary.min ?? 0) - 1)));
		expect(short.status).toBe(1);
		expect(short.stderr).toContain(`краткое описание: Нужно не меньше ${summary.min} символов`);
		const long = run('new-practice.ts', withFlag('--title', 'а'.repeat((title.max ?? 0) + 1)));
		expect(long.status).toBe(1);
		expect(long.stderr).toContain(`название: Не больше ${title.max} символов.`);
		const thisYear = new Date().getFullYear();
		const future = run('new-practice.ts', withFlag('--status-year', String(thisYear + 1)));
		expect(future.status).toBe(1);
		expect(future.stderr).toContain(`--status-year: Год четырьмя цифрами, от ${boundsOf(YearSchema).min} до ${thisYear}`);
		expect(existsSync(join(work, 'content/practices/lesosibirsk/otkaz.mdx'))).toBe(false);
	});

	it('asks for the missing flags when it cannot ask questions', () => {
		const partial = run('new-practice.ts', ['--municipality', 'lesosibirsk']);
		expect(partial.status).toBe(1);
		expect(partial.stderr).toContain('--title');
	});
});

describe('npm run new -- --replication', () => {
	const REPEAT = [
		'--replication',
		'--practice', 'krasnoyarsk/fabrika-narodnykh-initsiativ',
		'--municipality', 'lesosibirsk',
		'--year', '2024',
		'--outcome', 'Жители Лесосибирска предложили свои инициативы на городской конкурс по образцу красноярского.',
		'--source', 'asdg-anketa-lesosibirsk-2020',
	];
	const repeat = join(work, 'content/replications/lesosibirsk-krasnoyarsk-fabrika-narodnykh-initsiativ.yaml');

	it('writes the repeat named after who repeated which practice, and it passes validation', () => {
		const created = run('new-practice.ts', REPEAT);
		expect(created.status, created.stderr).toBe(0);
		expect(created.stdout).toContain('lesosibirsk-krasnoyarsk-fabrika-narodnykh-initsiativ.yaml');
		expect(readFileSync(repeat, 'utf8')).toMatch(/^practice: krasnoyarsk\/fabrika-narodnykh-initsiativ\nmunicipality: lesosibirsk\nyear: 2024\noutcome: Жители .*\nsource: asdg-anketa-lesosibirsk-2020\n/);
		const validated = run('validate.ts', []);
		expect(validated.stdout).toContain('Ошибок нет');
		expect(validated.status).toBe(0);
	});

	it('refuses a repeat by the municipality whose practice it is, before writing anything', () => {
		const own = run('new-practice.ts', [...REPEAT.map((v) => (v === 'lesosibirsk' ? 'krasnoyarsk' : v))]);
		expect(own.status).toBe(1);
		expect(own.stderr).toContain('муниципалитет «krasnoyarsk» сам проводит практику «krasnoyarsk/fabrika-narodnykh-initsiativ»');
		expect(existsSync(join(work, 'content/replications/krasnoyarsk-krasnoyarsk-fabrika-narodnykh-initsiativ.yaml'))).toBe(false);
	});

	it('names an unknown practice and suggests the right one', () => {
		const wrong = run('new-practice.ts', REPEAT.map((v) => (v === 'krasnoyarsk/fabrika-narodnykh-initsiativ' ? 'krasnoyarsk/fabrika-narodnyh-initsiativ' : v)));
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toContain('«krasnoyarsk/fabrika-narodnyh-initsiativ»; возможно, вы имели в виду «krasnoyarsk/fabrika-narodnykh-initsiativ»');
	});

	it('refuses a year that has not come and a second file for the same case', () => {
		const future = run('new-practice.ts', REPEAT.map((v) => (v === '2024' ? String(new Date().getFullYear() + 1) : v)));
		expect(future.status).toBe(1);
		expect(future.stderr).toContain('--year: Год четырьмя цифрами');
		const again = run('new-practice.ts', REPEAT);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('уже есть');
		expect(again.stderr).toContain('--slug');
	});

	it('asks for the missing flags when it cannot ask questions', () => {
		const partial = run('new-practice.ts', ['--replication', '--practice', 'krasnoyarsk/yarkie-berega']);
		expect(partial.status).toBe(1);
		expect(partial.stderr).toContain('--municipality, --year, --outcome и --source');
	});
});
