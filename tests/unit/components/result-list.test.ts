import { describe, expect, it, vi } from 'vitest';
import { getCollection } from 'astro:content';
import ResultList from '../../../src/components/ResultList.astro';
import type { Result } from '../../../src/schemas/result.ts';
import { textOf } from '../../support/html.ts';
import { renderComponent } from '../../support/render-component.ts';

// The real content with the fixture repeats, read from the files (support/content-mock.ts).
vi.mock('astro:content', () => import('../../support/content-mock.ts'));

const practice = (await getCollection('practices')).find((p) => p.id === 'krasnoyarsk/yarkie-berega')!;
const results = practice.data['results'] as Result[];
const visitors = results.find((r) => r.unit === 'человек' && r.qualifier === 'более')!;

describe('ResultList', () => {
	it('writes a figure with its qualifier and unit, what it measures, its year and a link to its source', async () => {
		const list = await renderComponent(ResultList, { results: [visitors] });
		const [item] = list.querySelectorAll('li');
		expect(textOf(item?.querySelector('.results__value'))).toBe('более\u00a0234\u00a0000 человек');
		expect(textOf(item?.querySelector('.results__value .results__unit'))).toBe('человек');
		expect(textOf(item)).toContain(visitors.measure);
		expect(textOf(item?.querySelector('.results__note'))).toBe('2023 год · источник: анкета АСДГ');
		expect(item?.querySelector('.results__note a')?.getAttribute('href')).toBe(
			'/sources/asdg-anketa-krasnoyarsk-2023/',
		);
	});

	it('lists every result in order, writing no qualifier for an exact figure', async () => {
		const list = await renderComponent(ResultList, { results });
		const items = list.querySelectorAll('ul.results > li');
		expect(items.map((li) => textOf(li.querySelector('span'))).length).toBe(results.length);
		const exact = results.findIndex((r) => r.qualifier === 'точно');
		expect(textOf(items[exact]?.querySelector('.results__value'))).toMatch(/^\d/);
	});

	it('says a planned figure is a plan, for its year', async () => {
		const list = await renderComponent(ResultList, { results: [{ ...visitors, planned: true, year: 2027 }] });
		expect(textOf(list.querySelector('.results__note'))).toBe('план на 2027 год · источник: анкета АСДГ');
	});

	it('names a source it cannot find by its id', async () => {
		const list = await renderComponent(ResultList, { results: [{ ...visitors, source: 'net-takogo-istochnika' }] });
		expect(textOf(list.querySelector('.results__note a'))).toBe('net-takogo-istochnika');
	});
});
