import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance, nearest } from '../../../src/validation/closest.ts';
import { firstLookAlikes, titleSimilarity } from '../../../src/validation/title-similarity.ts';
import { decodeContent } from '../../../src/validation/content-files.ts';

describe('closest', () => {
	it('suggests the id a typo meant', () => {
		expect(closest('krasnoyarskk', ['krasnoyarsk', 'lesosibirsk'])).toBe('krasnoyarsk');
		expect(closest('blagoustroistvo', ['blagoustroystvo', 'ozelenenie'])).toBe('blagoustroystvo');
	});
	it('suggests nothing when nothing is close', () => {
		expect(closest('atlantida', ['krasnoyarsk', 'lesosibirsk'])).toBeUndefined();
		expect(didYouMean('atlantida', ['krasnoyarsk'])).toBe('');
	});
	it('names every candidate that is equally near, rather than the first of them', () => {
		expect(didYouMean('lng', ['lat', 'lon', 'source'])).toBe('; возможно, вы имели в виду «lat» или «lon»');
		expect(didYouMean('lonn', ['lat', 'lon', 'source'])).toBe('; возможно, вы имели в виду «lon»');
	});
	it('lists the nearest candidates, nearest first, and none that are far', () => {
		expect(nearest('красноярсл', ['красноярск', 'лесосибирск', 'краснинский район', 'красноярский край'])).toEqual([
			'красноярск',
		]);
		expect(nearest('лесосибирс', ['лесосибирска', 'абакан', 'лесосибирск'])).toEqual(['лесосибирск', 'лесосибирска']);
		expect(nearest('лесосибирс', ['лесосибирска', 'лесосибирск'], 1)).toEqual(['лесосибирск']);
		expect(nearest('дивногорск', ['красноярск', 'лесосибирск'])).toEqual([]);
	});
	it('counts edits', () => {
		expect(editDistance('тос', 'ТОС')).toBe(0);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
});

describe('titleSimilarity', () => {
	it('finds the same title with other quotes and a year alike', () => {
		expect(
			titleSimilarity('Общегородской проект «Яркие берега»', 'Общегородской проект "Яркие берега" 2024'),
		).toBeGreaterThan(0.75);
	});
	it('keeps different practices apart', () => {
		expect(
			titleSimilarity('Конкурс «Лучшая концепция озеленения»', 'Конкурс «Самый благоустроенный район»'),
		).toBeLessThan(0.6);
	});
});

describe('firstLookAlikes', () => {
	/** The answer by comparing every pair, which the index must reproduce. */
	const bruteForce = (titles: string[], threshold: number) =>
		titles.map((title, i) => {
			const j = titles.findIndex((other, k) => k < i && titleSimilarity(other, title) >= threshold);
			return j === -1 ? undefined : j;
		});

	it('names the first earlier title that looks alike, and nothing for a title unlike the others', () => {
		const titles = [
			'Общегородской проект «Яркие берега»',
			'Конкурс «Лучшая концепция озеленения»',
			'Общегородской проект "Яркие берега" 2024',
			'Народный бюджет',
		];
		expect(firstLookAlikes(titles, 0.75)).toEqual([undefined, undefined, 0, undefined]);
	});

	it('finds what comparing every pair finds, on many titles of one municipality', () => {
		const words = [
			'конкурс',
			'проект',
			'двор',
			'праздник',
			'берега',
			'инициатив',
			'народный',
			'бюджет',
			'совет',
			'молодёжь',
			'ТОС',
			'форум',
		];
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const titles = Array.from({ length: 400 }, (_, i) =>
			i % 5 === 0
				? `Проект «${words[i % words.length]}» ${i % 3}`
				: Array.from({ length: 2 + Math.floor(random() * 4) }, () => words[Math.floor(random() * words.length)]).join(
						' ',
					),
		);
		for (const threshold of [0.6, 0.75, 0.9])
			expect(firstLookAlikes(titles, threshold)).toEqual(bruteForce(titles, threshold));
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
