import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCheck } from '../../src/lib/cached-check.ts';
import { checkMdxBody } from '../../src/lib/mdx-safety.ts';

const dir = mkdtempSync(join(tmpdir(), 'cached-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cachedCheck', () => {
	const file = join(dir, 'nested', 'mdx-safety.json');
	const counting = () => {
		const calls: string[] = [];
		return { calls, check: (body: string, components: readonly string[]) => (calls.push(body), checkMdxBody(body, components)) };
	};

	it('checks a text once, and reuses the result in the next build', () => {
		const first = counting();
		const a = cachedCheck(first.check, file, 'v1');
		expect(a.check('## Проблема\n\nТекст.', ['Callout'])).toEqual([]);
		expect(a.check('<script>alert(1)</script>', ['Callout'])[0]?.message).toMatch(/script/);
		a.save();
		expect(first.calls).toHaveLength(2);

		const second = counting();
		const b = cachedCheck(second.check, file, 'v1');
		expect(b.check('<script>alert(1)</script>', ['Callout'])[0]?.message).toMatch(/script/);
		expect(b.check('Новый текст.', ['Callout'])).toEqual([]);
		expect(second.calls).toEqual(['Новый текст.']);
	});

	it('checks everything again when the rules or the component list change', () => {
		const third = counting();
		const c = cachedCheck(third.check, file, 'v2');
		c.check('Новый текст.', ['Callout']);
		c.check('Новый текст.', []);
		expect(third.calls).toHaveLength(2);
	});
	it('precomputes unknown texts through the given runner, so the check itself parses nothing', async () => {
		const fourth = counting();
		const d = cachedCheck(fourth.check, join(dir, 'other.json'), 'v1');
		const ran: string[] = [];
		await d.precompute(['Первый.', 'Второй.', 'Первый.'], ['Callout'], async (body, components) => (ran.push(body), checkMdxBody(body, components)));
		expect(ran).toEqual(['Первый.', 'Второй.']);
		expect(d.check('Второй.', ['Callout'])).toEqual([]);
		expect(fourth.calls).toEqual([]);
	});
});
