import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/lib/closest.ts';
import { titleSimilarity } from '../../src/lib/title-similarity.ts';
import { decodeContent } from '../../src/lib/content-files.ts';

describe('closest', () => {
	it('suggests the id a typo meant', () => {
		expect(closest('krasnoyarskk', ['krasnoyarsk', 'lesosibirsk'])).toBe('krasnoyarsk');
		expect(closest('blagoustroistvo', ['blagoustroystvo', 'ozelenenie'])).toBe('blagoustroystvo');
	});
	it('suggests nothing when nothing is close', () => {
		expect(closest('atlantida', ['krasnoyarsk', 'lesosibirsk'])).toBeUndefined();
		expect(didYouMean('atlantida', ['krasnoyarsk'])).toBe('');
	});
	it('counts edits', () => {
		expect(editDistance('тос', 'ТОС')).toBe(0);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
});

describe('titleSimilarity', () => {
	it('finds the same title with other quotes and a year alike', () => {
		expect(titleSimilarity('Общегородской проект «Яркие берега»', 'Общегородской проект "Яркие берега" 2024')).toBeGreaterThan(0.75);
	});
	it('keeps different practices apart', () => {
		expect(titleSimilarity('Конкурс «Лучшая концепция озеленения»', 'Конкурс «Самый благоустроенный район»')).toBeLessThan(0.6);
	});
});

describe('decodeContent', () => {
	it('reads UTF-8', () => {
		expect(decodeContent(new TextEncoder().encode('Практика'))).toEqual({ text: 'Практика' });
	});
	it('recognises Windows-1251 and says how to re-save the file', () => {
		// «Практика» in Windows-1251.
		const bytes = new Uint8Array([0xcf, 0xf0, 0xe0, 0xea, 0xf2, 0xe8, 0xea, 0xe0]);
		const result = decodeContent(bytes);
		expect('error' in result && result.error).toContain('Windows-1251');
		expect('error' in result && result.error).toContain('UTF-8');
	});
});
