import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCheck } from '../../../src/validation/cached-check.ts';
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
		a.check('![Праздник](./foto.jpg)\n\n<KeyFigures>\n<KeyFigure value="5" label="дворов" source="otchet" />\n</KeyFigures>');
		a.save();
		const again = counting();
		const b = cachedCheck(again.check, join(dir, 'images.json'), 'v1');
		const result = b.check('![Праздник](./foto.jpg)\n\n<KeyFigures>\n<KeyFigure value="5" label="дворов" source="otchet" />\n</KeyFigures>');
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
