import { describe, expect, it, vi } from 'vitest';
import { getCollection } from 'astro:content';
import SourceList from '../../../src/components/SourceList.astro';
import { textOf } from '../../support/html.ts';
import { renderComponent } from '../../support/render-component.ts';

vi.mock('astro:content', () => import('../../support/content-mock.ts'));

const sources = new Map(
	(await getCollection('sources')).map((s) => [
		s.id,
		s.data as { title: string; publisher: string; published?: string },
	]),
);

describe('SourceList', () => {
	it('numbers the sources, each linked by its title, with its publisher, its date and where in it', async () => {
		const list = await renderComponent(SourceList, {
			citations: [
				{ source: 'testovyy-otchet-o-povtore', locator: 'раздел 2' },
				{ source: 'asdg-anketa-krasnoyarsk-2023' },
			],
		});
		const items = list.querySelectorAll('ol > li');
		expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
			'/sources/testovyy-otchet-o-povtore/',
			'/sources/asdg-anketa-krasnoyarsk-2023/',
		]);
		expect(textOf(items[0])).toBe(
			'Тестовый отчёт о повторе практик. Редакция базы (тестовые данные), март 2025\u00a0г. — раздел 2',
		);
		expect(textOf(items[0]?.querySelector('.meta'))).toBe('— раздел 2');
		const known = sources.get('asdg-anketa-krasnoyarsk-2023')!;
		expect(textOf(items[1])).toBe(`${known.title}. ${known.publisher}`);
	});

	it('names a source it cannot find by its id, with nothing after it', async () => {
		const list = await renderComponent(SourceList, { citations: [{ source: 'net-takogo-istochnika' }] });
		expect(textOf(list.querySelector('li'))).toBe('net-takogo-istochnika');
	});
});
