import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../scripts/lib/validate-command.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures/invalid');
const work = mkdtempSync(join(tmpdir(), 'practices-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Case {
	file: string;
	message: string;
	field?: string;
	/** The line of the file the message must name. */
	line?: number;
}

/** Copies the real content and lays the case's files over it. */
function contentFor(caseDir: string | undefined, edit?: (content: string) => void): string {
	const content = join(mkdtempSync(join(work, 'case-')), 'content');
	cpSync(join(root, 'content'), content, { recursive: true });
	if (caseDir && existsSync(join(caseDir, 'content'))) cpSync(join(caseDir, 'content'), content, { recursive: true });
	edit?.(content);
	return content;
}

/**
 * Runs `npm run validate` on a copy of the real content with the case laid over it, in this process: a Node
 * process per case cost about a second each. The last test runs the script itself.
 */
function validate(caseDir: string | undefined, args: string[] = [], edit?: (content: string) => void) {
	return validateCommand(args, contentFor(caseDir, edit));
}

const cases = readdirSync(fixtures).sort();

describe('npm run validate on bad entries', () => {
	it('has a corpus of at least 25 bad entries', () => {
		expect(cases.length).toBeGreaterThanOrEqual(25);
	});

	it.each(cases)('rejects %s, naming the file, the field and what to fix', (name) => {
		const expected = JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8')) as Case;
		const run = validate(join(fixtures, name));
		expect(run.status, run.stdout).toBe(1);
		const lines = run.stdout.split('\n').filter((line) => line.startsWith(expected.file));
		const line = lines.find((l) => l.includes(expected.message));
		expect(line, `no line for ${expected.file} with «${expected.message}» in:\n${run.stdout}`).toBeDefined();
		if (expected.field) expect(line).toContain(`поле ${expected.field}:`);
		if (expected.line) expect(line?.startsWith(`${expected.file}:${expected.line} `), line).toBe(true);
	});

	it('passes the real content with no errors', () => {
		const run = validate(undefined);
		expect(run.stdout).toContain('Ошибок нет');
		expect(run.status).toBe(0);
	});

	it('runs as `npm run validate`: findings and summary on the terminal, exit code 1 on errors', () => {
		const run = spawnSync(process.execPath, [join(root, 'scripts/validate.ts')], {
			cwd: root,
			env: { ...process.env, CONTENT_DIR: contentFor(join(fixtures, 'unknown-municipality')) },
			encoding: 'utf8',
		});
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/^content\/practices\/krasnoyarsk\/testovaya-praktika\.mdx:4 /m);
		expect(run.stdout).toContain('Исправьте ошибки и запустите проверку снова: npm run validate');
	});

	it('refuses a report format it does not know, with exit code 2', () => {
		const run = validate(undefined, ['--format', 'xml']);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('Неизвестный формат «xml»');
	});

	it('prints GitHub annotations with file and line', () => {
		const run = validate(join(fixtures, 'unknown-municipality'), ['--format', 'github']);
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/^::error file=content\/practices\/krasnoyarsk\/testovaya-praktika\.mdx,line=4,title=Поле municipalities\.1::нет такой записи/m);
	});

	it('warns about a practice that looks like another of the same municipality, without failing', () => {
		const run = validate(undefined, [], (content) => {
			const original = readFileSync(join(content, 'practices/krasnoyarsk/yarkie-berega.mdx'), 'utf8');
			writeFileSync(join(content, 'practices/krasnoyarsk/yarkie-berega-2024.mdx'), original.replace(/^title: .*$/m, 'title: Общегородской проект «Яркие берега» 2024'));
		});
		expect(run.status).toBe(0);
		const warning = run.stdout.split('\n').find((line) => line.includes('предупреждение поле title: похоже на ту же практику'));
		expect(warning).toContain('yarkie-berega.mdx');
		expect(warning).toContain('yarkie-berega-2024.mdx');
	});

	it('accepts a byte order mark and Windows line ends', () => {
		const run = validate(undefined, [], (content) => {
			const file = join(content, 'practices/krasnoyarsk/yarkie-berega.mdx');
			writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
		});
		expect(run.stdout).toContain('Ошибок нет');
	});
});
