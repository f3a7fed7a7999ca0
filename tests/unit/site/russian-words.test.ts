import { describe, expect, it } from 'vitest';
import { foldYo, isStopWord, normalise, roughStems, stem, STOP_WORDS, words } from '../../../src/site/russian-words.ts';

describe('russian words', () => {
	it('folds ё into е in either case, and compares words in lower case', () => {
		expect(foldYo('Ёлка и ёж')).toBe('Елка и еж');
		expect(normalise('МОЛОДЁЖЬ')).toBe('молодежь');
	});

	it('splits a text into words of letters and digits, without punctuation', () => {
		expect(words('«Праздник двора — 2024», ТОС!')).toEqual(['Праздник', 'двора', '2024', 'ТОС']);
		expect(words('  ')).toEqual([]);
	});

	it('takes function and question words in any case and spelling of ё as saying nothing of a subject', () => {
		for (const word of ['как', 'Во', 'её', 'ее', 'ЕЩЁ', 'чтобы']) expect(isStopWord(word)).toBe(true);
		for (const word of ['праздник', 'двор', 'ТОС']) expect(isStopWord(word)).toBe(false);
		expect(STOP_WORDS.has('для')).toBe(true);
	});

	it('gives the forms of a word one stem, whatever the case and ё', () => {
		expect(new Set(['двор', 'двора', 'дворы', 'Двором'].map(stem))).toEqual(new Set(['двор']));
		expect(stem('детский')).toBe(stem('детская'));
		expect(stem('Молодёжь')).toBe(stem('молодежи'));
		expect(stem('самоуправление')).toBe(stem('самоуправления'));
		expect(stem('праздник')).not.toBe(stem('практика'));
	});
});

describe('roughStems', () => {
	it('cuts words to rough stems, ignores function words, common municipal words and ё', () => {
		expect([...roughStems('Развивать ТОС в 2024 году, как и ещё в городе')].map(([s]) => s)).toEqual([
			'развив',
			'2024',
		]);
		expect(roughStems('самоуправления').has(roughStems('самоуправление').keys().next().value as string)).toBe(true);
	});

	it('gives the forms of a short word one stem, and words of one root too', () => {
		const key = (word: string) => [...roughStems(word).keys()][0];
		expect(key('среды')).toBe(key('среда'));
		expect(key('жителей')).toBe(key('жители'));
		expect(key('детский')).toBe(key('детская'));
		expect(key('молодёжь')).toBe(key('молодёжный'));
		expect(key('среды')).not.toBe(key('сердце'));
	});
});
