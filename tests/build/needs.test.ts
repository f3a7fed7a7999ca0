import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The answers listed under the need whose text starts with `start`, as card paths; none if it is an open question. */
function answersUnder(html: string, start: string): string[] {
	const at = html.indexOf(start);
	expect(at, start).toBeGreaterThan(-1);
	const ends = ['</ul>', '</p>'].map((tag) => html.indexOf(tag, at)).filter((i) => i > -1);
	const item = html.slice(at, Math.min(...ends));
	return [...item.matchAll(/href="(\/practices\/[^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('needs and the practices that answer them', () => {
	const needs = read('needs/index.html');

	it('answers Krasnoyarsk’s need for ways to support citizens’ initiatives with other cities’ practices, never its own', () => {
		// Krasnoyarsk's own «Фабрика народных инициатив» is on this topic; it must not answer Krasnoyarsk.
		const answers = answersUnder(needs, 'Технологии и ресурсы поддержки инициатив граждан');
		expect(answers.length).toBeGreaterThan(0);
		for (const path of answers) expect(path).not.toMatch(/^\/practices\/krasnoyarsk\//);
	});

	it('gives the reasons in words and lists needs with no answer as open questions', () => {
		expect(needs).toMatch(/та же тема: [^;<]+/);
		expect(needs).toContain('открытый вопрос для ассоциации');
	});

	it('shows on a municipality page what it looks for, with answers, and what it can help others with', () => {
		const krasnoyarsk = read('municipalities/krasnoyarsk/index.html');
		expect(krasnoyarsk).toContain('Что ищет');
		expect(krasnoyarsk).toContain('class="need-answers"');
		const lesosibirsk = read('municipalities/lesosibirsk/index.html');
		expect(lesosibirsk).toContain('Чем может помочь');
		expect(lesosibirsk).toContain('href="/municipalities/krasnoyarsk/"');
	});
});
