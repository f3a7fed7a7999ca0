import { describe, expect, it } from 'vitest';
import { builtPage, hrefsOf, textOf, type HTMLElement } from '../support/html.ts';

/** The answers listed under the need whose text starts with `start`, as card paths; none if it is an open question. */
function answersUnder(page: HTMLElement, start: string): string[] {
	const need = page.querySelectorAll('ul.needs > li').find((li) => textOf(li).startsWith(start));
	expect(need, start).toBeDefined();
	return hrefsOf(need?.querySelector('ul.need-answers') ?? need!).filter((href) => href.startsWith('/practices/'));
}

describe('needs and the practices that answer them', () => {
	const needs = builtPage('needs/');

	it('answers Krasnoyarsk’s need for ways to support citizens’ initiatives with other cities’ practices, never its own', () => {
		// Krasnoyarsk's own «Фабрика народных инициатив» is on this topic; it must not answer Krasnoyarsk.
		const answers = answersUnder(needs, 'Технологии и ресурсы поддержки инициатив граждан');
		expect(answers.length).toBeGreaterThan(0);
		for (const path of answers) expect(path).not.toMatch(/^\/practices\/krasnoyarsk\//);
	});

	it('gives the reasons in words and lists needs with no answer as open questions', () => {
		expect(
			needs
				.querySelectorAll('ul.need-answers .meta')
				.map(textOf)
				.some((reasons) => /та же тема: [^;]+/.test(reasons)),
		).toBe(true);
		expect(needs.querySelectorAll('p.need-open').map(textOf)).toContainEqual(
			expect.stringContaining('открытый вопрос для ассоциации'),
		);
	});

	it('shows on a municipality page what it looks for, with answers, and what it can help others with', () => {
		const krasnoyarsk = builtPage('municipalities/krasnoyarsk/');
		expect(textOf(krasnoyarsk)).toContain('Что ищет');
		expect(krasnoyarsk.querySelector('ul.need-answers')).not.toBeNull();
		const lesosibirsk = builtPage('municipalities/lesosibirsk/');
		expect(textOf(lesosibirsk)).toContain('Чем может помочь');
		expect(hrefsOf(lesosibirsk)).toContain('/municipalities/krasnoyarsk/');
	});
});
