import { describe, expect, it, vi } from 'vitest';
import { getCollection } from 'astro:content';
import ReplicationList from '../../../src/components/ReplicationList.astro';
import { textOf } from '../../support/html.ts';
import { renderComponent } from '../../support/render-component.ts';

// The fixture repeats (tests/fixtures/replications/): Лесосибирск repeated Krasnoyarsk's «Яркие берега» in 2024,
// with a figure, contacts and a period; Абакан repeated Lesosibirsk's resource centre in 2025.
vi.mock('astro:content', () => import('../../support/content-mock.ts'));

const replications = await getCollection('replications');
const yarkie = replications.filter((r) => r.id === 'lesosibirsk-krasnoyarsk-yarkie-berega');
const resourceCentre = replications.filter(
	(r) => r.id === 'abakan-lesosibirsk-resursnyy-tsentr-obshchestvennykh-initsiativ',
);

describe('ReplicationList', () => {
	it('on a card, heads each repeat with who repeated it and when, then what came of it, its period, figures, contacts and source', async () => {
		const list = await renderComponent(ReplicationList, { replications: yarkie, of: 'municipality' });
		const item = list.querySelector('ul.card-list.replications > li.replication');
		const heading = item?.querySelector('h3');
		expect(textOf(heading)).toBe('Лесосибирск, 2024\u00a0г.');
		expect(heading?.querySelector('a')?.getAttribute('href')).toBe('/municipalities/lesosibirsk/');
		const lines = item?.querySelectorAll(':scope > p').map(textOf);
		expect(lines).toEqual([
			'Период: май 2024\u00a0г. — сентябрь 2024\u00a0г.',
			'Тестовый повтор — по образцу Красноярска жители благоустроили берег Енисея и провели на нём первый городской праздник.',
			'Контакты:',
			'Источник: Тестовый отчёт о повторе практик. Редакция базы (тестовые данные), март 2025\u00a0г.',
		]);
		expect(textOf(item?.querySelector('ul.results'))).toBe(
			'3 участка благоустроено участков берега 2024 год · источник: отчёт',
		);
		expect(textOf(item?.querySelector('ul:not(.results)'))).toBe(
			'Тестовый отдел администрации города Лесосибирска, тел. +7 000 000-00-00',
		);
		expect(item?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
			'/sources/testovyy-otchet-o-povtore/',
		);
	});

	it('takes the heading level it is given, for a card inside a compendium', async () => {
		const list = await renderComponent(ReplicationList, { replications: yarkie, of: 'municipality', headingLevel: 4 });
		expect(list.querySelector('h3')).toBeNull();
		expect(textOf(list.querySelector('h4'))).toBe('Лесосибирск, 2024\u00a0г.');
	});

	it('on the page of the one that repeated it, heads it with the practice and says whose it was', async () => {
		const list = await renderComponent(ReplicationList, { replications: resourceCentre, of: 'practice' });
		const item = list.querySelector('li.replication');
		expect(item?.querySelector('h3 a')?.getAttribute('href')).toBe(
			'/practices/lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ/',
		);
		expect(textOf(item?.querySelector('p.meta'))).toBe('Чей опыт: Лесосибирск · 2025\u00a0г.');
		expect(textOf(item)).toContain('в Абакане открыли ресурсный центр');
		expect(item?.querySelector('ul.results')).toBeNull();
	});

	it('on the page of the one whose practice it is, says where it was repeated, linked', async () => {
		const list = await renderComponent(ReplicationList, { replications: yarkie, of: 'both' });
		const where = list.querySelector('li.replication p.meta');
		expect(textOf(where)).toBe('Где повторили: Лесосибирск · 2024\u00a0г.');
		expect(where?.querySelector('a')?.getAttribute('href')).toBe('/municipalities/lesosibirsk/');
		expect(list.querySelector('h3 a')?.getAttribute('href')).toBe('/practices/krasnoyarsk/yarkie-berega/');
	});
});
