import { describe, expect, it, vi } from 'vitest';
import PracticeFacts from '../../../src/components/PracticeFacts.astro';
import type { Practice } from '../../../src/schemas/practice.ts';
import { siteData, type PracticeView } from '../../../src/site/site-data.ts';
import { detailOf, textOf } from '../../support/html.ts';
import { renderComponent } from '../../support/render-component.ts';

// The real content with the fixture practices (support/content-mock.ts), indexed by the site's own siteData().
vi.mock('astro:content', () => import('../../support/content-mock.ts'));

const data = await siteData();
/** The fixture practice with photos: Krasnoyarsk's, one topic, in force as of 2023, since 2023. */
const base = data.practiceById.get('krasnoyarsk/testovaya-praktika-s-foto')!;
const withData = (changes: Partial<Practice>): PracticeView => ({
	...base,
	entry: { ...base.entry, data: { ...base.entry.data, ...changes } },
});
const facts = (practice: PracticeView) => renderComponent(PracticeFacts, { practice });

describe('PracticeFacts', () => {
	it('gives the municipality, region, topic, status with its year and period, each place and topic linked', async () => {
		const dl = await facts(base);
		expect(dl.querySelectorAll('dt').map(textOf)).toEqual(['Муниципалитет', 'Регион', 'Тема', 'Статус', 'Период']);
		expect(detailOf(dl, 'Муниципалитет')).toBe('Красноярск');
		expect(detailOf(dl, 'Регион')).toBe('Красноярский край');
		expect(detailOf(dl, 'Тема')).toBe(data.topicById.get('initsiativy-zhiteley')?.data.name);
		expect(detailOf(dl, 'Статус')).toBe('действует (по данным на 2023 г.)');
		expect(detailOf(dl, 'Период')).toBe('с 2023\u00a0г.');
		expect(dl.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
			'/municipalities/krasnoyarsk/',
			'/regions/krasnoyarskiy-kray/',
			'/topics/initsiativy-zhiteley/',
		]);
		expect(dl.querySelector('.status')?.classList.contains('status--действует')).toBe(true);
		// Search results show the facts elsewhere; the list itself stays out of the index.
		expect(dl.querySelector('dl.facts')?.hasAttribute('data-pagefind-ignore')).toBe(true);
	});

	it('names several municipalities and topics in the plural, in the order given', async () => {
		const dl = await facts(
			withData({ municipalities: ['krasnoyarsk', 'lesosibirsk'], topics: ['initsiativy-zhiteley', 'blagoustroystvo'] }),
		);
		expect(detailOf(dl, 'Муниципалитеты')).toBe('Красноярск, Лесосибирск');
		expect(detailOf(dl, 'Темы')).toBe(
			['initsiativy-zhiteley', 'blagoustroystvo'].map((id) => data.topicById.get(id)?.data.name).join(', '),
		);
		expect(detailOf(dl, 'Муниципалитет')).toBeUndefined();
	});

	it('lists participants apart from who carries the practice out, and leaves the municipality out of a regional practice', async () => {
		const sessions = data.practiceById.get('lipetskaya-oblast/strategicheskie-sessii-glav-rayonov')!;
		const dl = await facts(sessions);
		const names = sessions.entry.data.participants.map((id) => data.municipalityById.get(id)?.data.name);
		expect(detailOf(dl, 'Участники')).toBe(names.join(', '));
		expect(dl.querySelectorAll('dt').map(textOf)).not.toContain('Муниципалитет');
		expect(detailOf(dl, 'Регион')).toBe('Липецкая область');
		expect(detailOf(dl, 'Ассоциация')).toBe('Ассоциация «Совет муниципальных образований Липецкой области»');
	});

	it('says when no source gives the period, and adds partners, what a repeat needs and the funding when known', async () => {
		const dl = await facts(
			withData({
				period: {},
				partners: ['Фонд А', 'Фонд Б'],
				replication: 'Помещение и два волонтёра.',
				funding: 'Грант города.',
			}),
		);
		expect(detailOf(dl, 'Период')).toBe('в источниках не указан');
		expect(detailOf(dl, 'Партнёры')).toBe('Фонд А; Фонд Б');
		expect(detailOf(dl, 'Что нужно для повтора')).toBe('Помещение и два волонтёра.');
		expect(detailOf(dl, 'Финансирование')).toBe('Грант города.');
	});
});
