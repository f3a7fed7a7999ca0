import { describe, expect, it } from 'vitest';
import { slugify, transliterate } from '../../../src/editor/transliterate.ts';

describe('slugify', () => {
	it.each([
		['«Фабрика народных инициатив»', 'fabrika-narodnykh-initsiativ'],
		['Общественный совет по вопросам ЖКХ', 'obshchestvennyy-sovet-po-voprosam-zhkkh'],
		['«50 тысяч деревьев»', '50-tysyach-derevev'],
		['Взаимодействие с НКО', 'vzaimodeystvie-s-nko'],
		['Ёлка во дворе', 'elka-vo-dvore'],
	])('writes «%s» as %s, like the existing file names', (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});
	it('cuts a long title at a word boundary', () => {
		const slug = slugify('Очень длинное название практики, которое никто не станет набирать в адресной строке целиком');
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug).not.toMatch(/-$/);
		expect(transliterate('щука')).toBe('shchuka');
	});
});
