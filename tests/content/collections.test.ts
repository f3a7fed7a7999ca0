import { describe, expect, it } from 'vitest';
import { COLLECTIONS, MAY_BE_EMPTY } from '../../src/schemas/common.ts';
import { readContentFiles } from '../../src/validation/content-files.ts';
import { CONTENT_DIR } from '../../src/site/content-root.ts';
import { formatIssue } from '../../src/validation/format-issues.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { astroContent } from '../support/astro-content.ts';

const { getCollection } = await astroContent();

const files = readContentFiles(CONTENT_DIR, COLLECTIONS);

describe('content collections', () => {
	it.each(COLLECTIONS.filter((c) => !MAY_BE_EMPTY.includes(c)))('loads a non-empty %s collection through astro:content', async (name) => {
		const entries = await getCollection(name);
		// Empty here means the data-store bridge in tests/global-setup.ts is broken, not that content is missing.
		expect(entries.length).toBeGreaterThan(0);
		expect(entries.length).toBe(files.filter((f) => f.collection === name).length);
	});

	it('invents no repeat of a practice: the sources report none yet', () => {
		expect(files.filter((f) => f.collection === 'replications')).toEqual([]);
	});

	it('has every file valid and every reference resolved', () => {
		const errors = validateContent(files).filter((i) => i.severity === 'error').map(formatIssue);
		expect(errors).toEqual([]);
	});

	it('has unique slugs, regardless of letter case', () => {
		for (const name of COLLECTIONS) {
			const ids = files.filter((f) => f.collection === name).map((f) => f.id.toLowerCase());
			expect(new Set(ids).size, name).toBe(ids.length);
		}
	});

	it('gives every practice result a source that the practice cites', async () => {
		for (const practice of await getCollection('practices')) {
			const cited = new Set(practice.data.sources.map((s) => s.source));
			for (const result of practice.data.results) expect(cited.has(result.source), `${practice.id}: ${result.measure}`).toBe(true);
		}
	});

	it('keeps every owner folder unambiguous among municipalities, regions and associations', async () => {
		const [municipalities, regions, associations] = await Promise.all([
			getCollection('municipalities'),
			getCollection('regions'),
			getCollection('associations'),
		]);
		const kinds = new Map<string, number>();
		for (const e of [...municipalities, ...regions, ...associations]) kinds.set(e.id, (kinds.get(e.id) ?? 0) + 1);
		for (const practice of await getCollection('practices')) {
			const owner = practice.id.split('/')[0] ?? '';
			expect(kinds.get(owner), practice.id).toBe(1);
		}
	});
});

describe('content from the source documents', () => {
	it('has the practices the source documents describe', async () => {
		const ids = (await getCollection('practices')).map((p) => p.id);
		for (const id of [
			'krasnoyarsk/fabrika-narodnykh-initsiativ',
			'krasnoyarsk/yarkie-berega',
			'krasnoyarsk/samyy-blagoustroennyy-rayon',
			'krasnoyarsk/luchshaya-kontseptsiya-ozeleneniya',
			'krasnoyarsk/50-tysyach-derevev',
			'krasnoyarsk/obrashcheniya-zhiteley-remont-dorog',
			'krasnoyarsk/forum-gorodskikh-soobshchestv',
			'krasnoyarsk/inzhenerno-tekhnicheskoe-tvorchestvo',
			'krasnoyarsk/planirovanie-deyatelnosti-administratsii',
			'krasnoyarsk/nagradnaya-deyatelnost',
			'lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ',
			'lesosibirsk/obshchestvennaya-palata',
			'lesosibirsk/obshchestvennyy-sovet-po-zhkh',
			'lesosibirsk/vzaimodeystvie-s-nko',
			'lipetskaya-oblast/strategicheskie-sessii-glav-rayonov',
			'lipetskaya-oblast/zhitel-v-tsentre',
			'lipetskaya-oblast/budushchee-moego-rayona',
			'khabarovsk/soglashenie-sovetov-mo-dfo',
			'varmsu/munitsipalnyy-dialog',
		]) {
			expect(ids).toContain(id);
		}
	});

	it('makes no practice of a call: the deputy governor\'s call to be more active in social networks stays on the Lebedyan session', async () => {
		const ids = (await getCollection('practices')).map((p) => p.id);
		expect(ids).not.toContain('lipetskaya-oblast/obratnaya-svyaz-v-sotssetyakh');
		const lebedyan = (await getCollection('events')).find((e) => e.id === 'strategicheskaya-sessiya-lebedyan');
		expect(lebedyan?.data.description).toMatch(/Рябченко\. Он призвал[^.]*соцсет/);
	});

	it('carries the key figures of the sources unchanged', async () => {
		const practices = new Map((await getCollection('practices')).map((p) => [p.id, p.data]));
		const values = (id: string) => practices.get(id)?.results.map((r) => r.value) ?? [];
		expect(values('krasnoyarsk/fabrika-narodnykh-initsiativ')).toEqual(expect.arrayContaining([207, 105, 10000, 126]));
		expect(values('krasnoyarsk/yarkie-berega')).toEqual(expect.arrayContaining([610, 70, 750, 300, 234000]));
		expect(values('lesosibirsk/resursnyy-tsentr-obshchestvennykh-initsiativ')).toContain(5);
	});

	it('records the «Лучшая муниципальная практика» placings as awards of the municipalities the news names', async () => {
		const municipalities = new Map((await getCollection('municipalities')).map((m) => [m.id, m.data]));
		for (const id of ['lipetsk', 'poddubrovskiy-selsovet']) {
			expect(municipalities.get(id)?.awards[0]?.title, id).toContain('Лучшая муниципальная практика');
		}
	});

	it('keeps the village Становое\'s win where the news names it, not on a municipality the news does not name', async () => {
		const municipalities = await getCollection('municipalities');
		expect(municipalities.flatMap((m) => m.data.awards).filter((a) => /Становое/.test(a.result))).toEqual([]);
		const sessions = (await getCollection('practices')).find((p) => p.id === 'lipetskaya-oblast/strategicheskie-sessii-glav-rayonov');
		expect(sessions?.body).toContain('Село Становое победило');
	});

	it('has every municipality that presented practices at the Krasnoyarsk forum', async () => {
		const ids = new Set((await getCollection('municipalities')).map((m) => m.id));
		for (const id of ['vyborg', 'tolyatti', 'vyksa', 'abakan', 'blagoveshchensk']) expect(ids.has(id), id).toBe(true);
	});

	it('has the needs of Krasnoyarsk for 2024 and Lesosibirsk for 2021', async () => {
		const needs = (await getCollection('needs')).map((n) => `${n.data.municipality}-${n.data.year}`);
		expect(needs).toEqual(expect.arrayContaining(['krasnoyarsk-2024', 'lesosibirsk-2021']));
	});

	it('explains every abbreviation the issue lists', async () => {
		const terms = (await getCollection('glossary')).map((g) => g.data.term);
		expect(terms).toEqual(expect.arrayContaining(['ТОС', 'МСУ', 'ЖКХ', 'МКД', 'ТСЖ', 'СО НКО', 'НКО', 'ДФО', 'АСДГ', 'ВАРМСУ']));
	});
});
