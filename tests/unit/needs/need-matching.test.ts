import { describe, expect, it } from 'vitest';
import { answerNeeds, type PlaceLike, type PracticeLike } from '../../../src/needs/need-matching.ts';

const practice = (id: string, owner: string, topics: string[], words: string): PracticeLike => ({
	id,
	owner,
	municipalities: [owner],
	topics,
	words,
});
const tosLesosibirsk = practice(
	'lesosibirsk/tos',
	'lesosibirsk',
	['tos'],
	'Создание ТОС в микрорайонах: территориальное общественное самоуправление',
);
const tosKrasnoyarsk = practice(
	'krasnoyarsk/tos',
	'krasnoyarsk',
	['tos'],
	'ТОС Красноярска: территориальное общественное самоуправление',
);
const tosLipetsk = practice('lipetsk/tos', 'lipetsk', ['tos'], 'Конкурс проектов ТОС');
const roads = practice('lipetsk/roads', 'lipetsk', ['dorogi'], 'Ремонт дорог по обращениям жителей');
const byTopic = new Map<string, PracticeLike[]>([
	['tos', [tosKrasnoyarsk, tosLesosibirsk, tosLipetsk]],
	['dorogi', [roads]],
]);
const places = new Map<string, PlaceLike>([
	[
		'krasnoyarsk',
		{
			kind: 'городской округ',
			federalDistrict: 'СФО',
			districtName: 'Сибирский федеральный округ',
			population: 1_200_000,
		},
	],
	[
		'lesosibirsk',
		{
			kind: 'городской округ',
			federalDistrict: 'СФО',
			districtName: 'Сибирский федеральный округ',
			population: 60_000,
		},
	],
	['lipetsk', { kind: 'городской округ', federalDistrict: 'ЦФО', districtName: 'Центральный федеральный округ' }],
]);
const topicName = (id: string) => ({ tos: 'ТОС', dorogi: 'Дороги' })[id] ?? id;

describe('answerNeeds', () => {
	const need = {
		municipality: 'krasnoyarsk',
		text: 'Развивать территориальное общественное самоуправление в микрорайонах',
		topics: ['tos'],
	};
	const answers = answerNeeds([need], byTopic, places, topicName).get(need) ?? [];

	it('answers a need about ТОС with ТОС practices of other cities, never the city’s own', () => {
		const ids = answers.map((a) => a.practice.id);
		expect(ids).toContain('lesosibirsk/tos');
		expect(ids).not.toContain('krasnoyarsk/tos');
		expect(ids).not.toContain('lipetsk/roads');
	});

	it('ranks the practice with more in common first and says why in words', () => {
		expect(answers[0]?.practice.id).toBe('lesosibirsk/tos');
		expect(answers[0]?.reasons).toContain('та же тема: ТОС');
		const why = answers[0]?.reasons.join('; ') ?? '';
		for (const word of ['«территориальное»', '«общественное»', '«самоуправление»', '«микрорайонах»'])
			expect(why).toContain(word);
		expect(answers[0]?.reasons.join('; ')).toContain(
			'похожий муниципалитет: городской округ, тот же Сибирский федеральный округ',
		);
		expect(answers[1]?.practice.id).toBe('lipetsk/tos');
	});

	it('leaves a need no practice answers as an open question', () => {
		const open = { municipality: 'krasnoyarsk', text: 'Внутренний финансовый аудит', topics: ['audit'] };
		expect(answerNeeds([open], byTopic, places, topicName).get(open)).toEqual([]);
	});
});
