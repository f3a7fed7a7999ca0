import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCheck, textCache } from '../../../src/validation/cached-check.ts';
import { parseContentFile, parseText } from '../../../src/validation/content-files.ts';
import { checkMdxBody } from '../../../src/practice-text/mdx-safety.ts';

const dir = mkdtempSync(join(tmpdir(), 'cached-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cachedCheck', () => {
	const file = join(dir, 'nested', 'mdx-safety.json');
	const counting = () => {
		const calls: string[] = [];
		return { calls, check: (body: string) => (calls.push(body), checkMdxBody(body)) };
	};

	it('checks a text once, and reuses the result in the next build', () => {
		const first = counting();
		const a = cachedCheck(first.check, file, 'v1');
		expect(a.check('## Проблема\n\nТекст.').problems).toEqual([]);
		expect(a.check('<script>alert(1)</script>').problems[0]?.message).toMatch(/script/);
		a.save();
		expect(first.calls).toHaveLength(2);

		const second = counting();
		const b = cachedCheck(second.check, file, 'v1');
		expect(b.check('<script>alert(1)</script>').problems[0]?.message).toMatch(/script/);
		expect(b.check('Новый текст.').problems).toEqual([]);
		expect(second.calls).toEqual(['Новый текст.']);
	});

	it('keeps the images and sources a text names with its result', () => {
		const a = cachedCheck(counting().check, join(dir, 'images.json'), 'v1');
		a.check(
			'![Праздник](./foto.jpg)\n\n<KeyFigures>\n<KeyFigure value="5" label="дворов" source="otchet" />\n</KeyFigures>',
		);
		a.save();
		const again = counting();
		const b = cachedCheck(again.check, join(dir, 'images.json'), 'v1');
		const result = b.check(
			'![Праздник](./foto.jpg)\n\n<KeyFigures>\n<KeyFigure value="5" label="дворов" source="otchet" />\n</KeyFigures>',
		);
		expect(again.calls).toEqual([]);
		expect(result.images).toEqual([{ url: 'foto.jpg', alt: 'Праздник', line: 1 }]);
		expect(result.sources).toEqual([{ id: 'otchet', line: 4 }]);
	});

	it('checks everything again when the rules change', () => {
		const third = counting();
		const c = cachedCheck(third.check, file, 'v2');
		c.check('Новый текст.');
		expect(third.calls).toHaveLength(1);
	});
});

describe('textCache of parsed files', () => {
	const file = join(dir, 'parsed.json');
	const text = '---\ntitle: Проект\nsummary: Кратко\n---\n\n## Проблема\n\nТекст.\n';
	const parse = (calls: string[]) => (key: string) => (calls.push(key), parseText(key.slice(1), key.startsWith('m')));

	it('parses a file once and gives the same data, body and lines from the kept result', () => {
		const first: string[] = [];
		const a = textCache(parse(first), file, 'v1');
		const fresh = parseContentFile(
			'practices',
			'krasnoyarsk/proekt',
			'content/practices/krasnoyarsk/proekt.mdx',
			text,
			undefined,
			a.get(`m${text}`),
		);
		a.save();
		const second: string[] = [];
		const b = textCache(parse(second), file, 'v1');
		const kept = parseContentFile(
			'practices',
			'krasnoyarsk/proekt',
			'content/practices/krasnoyarsk/proekt.mdx',
			text,
			undefined,
			b.get(`m${text}`),
		);
		expect(first).toHaveLength(1);
		expect(second).toEqual([]);
		expect(kept.data).toEqual(fresh.data);
		expect(kept.body).toBe(fresh.body);
		expect(kept.bodyLine).toBe(5);
		expect(kept.lineOf(['summary'])).toBe(3);
	});

	it('parses again when the parser changes', () => {
		const calls: string[] = [];
		textCache(parse(calls), file, 'v2').get(`m${text}`);
		expect(calls).toHaveLength(1);
	});
});
