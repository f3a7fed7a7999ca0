import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST as dist } from '../support/build-site.ts';
import { builtPage, detailOf, hrefsOf, sectionOf, textOf } from '../support/html.ts';
import { CSV_SEPARATOR } from '../../src/open-data/open-data.ts';
import { parseCsv } from './csv.ts';
import { astroContent } from '../support/astro-content.ts';

const { getCollection } = await astroContent();

/**
 * A status is true only as of its source's date, and a municipality that took part in a practice does not
 * carry it out (issue 14). These pin how the built site shows both, wherever a status or a municipality
 * appears: the card, lists, search results and open data.
 */
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const card = (id: string) => builtPage(`practices/${id}/`);

const practices = await getCollection('practices');
/** A reference as the content layer gives it: an id, or an entry's `{ id }`. */
const idOf = (ref: unknown) => (typeof ref === 'string' ? ref : (ref as { id: string }).id);
const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
const municipalities = new Map((await getCollection('municipalities')).map((m) => [m.id, m.data]));
/** The year a status is known for, worked out here from the files: its statusAsOf, else its status source's (or first source's) year. */
const knownIn = (p: (typeof practices)[number]) =>
	p.data.statusAsOf ??
	Number(String(sources.get(idOf(p.data.statusSource ?? p.data.sources[0]?.source))?.published).slice(0, 4));
const asOf = (p: (typeof practices)[number]) => `${p.data.status} (по данным на ${knownIn(p)} г.)`;
const withParticipants = practices.filter((p) => p.data.participants.length > 0);

describe('a status with the year it is known for', () => {
	it('gives every practice a year its status is known for', () => {
		for (const p of practices) expect(knownIn(p), p.id).toBeGreaterThan(1990);
	});

	it('shows «<status> (по данным на <year> г.)» on every card, in the heading line and in the details', () => {
		for (const p of practices) {
			const html = card(p.id);
			expect(detailOf(html, 'Статус'), p.id).toBe(asOf(p));
			expect(textOf(html.querySelector('article.practice > p.meta')), p.id).toContain(asOf(p));
		}
	});

	it('shows it beside each practice in the lists of its municipality, topic and the catalogue', () => {
		// The catalogue is paged: its pages together list every practice.
		const catalogue = readdirSync(join(dist, 'practices'))
			.filter((name) => /^\d+$/.test(name))
			.map((page) => textOf(builtPage(`practices/${page}/`)))
			.concat(textOf(builtPage('practices/')))
			.join(' ');
		for (const p of practices) {
			const pages = [catalogue, textOf(builtPage(`topics/${idOf(p.data.topics[0])}/`))];
			const owner = p.data.municipalities[0] && idOf(p.data.municipalities[0]);
			if (owner) pages.push(textOf(builtPage(`municipalities/${owner}/`)));
			for (const page of pages) {
				const at = page.indexOf(p.data.title);
				expect(at, p.id).toBeGreaterThan(-1);
				// The status follows the title within the same list item.
				expect(page.slice(at, at + 1200), p.id).toContain(asOf(p));
			}
		}
	});

	it('gives search results the status with its year', () => {
		for (const p of practices) {
			expect(card(p.id).querySelector('data[data-pagefind-meta="status[value]"]')?.getAttribute('value'), p.id).toBe(
				asOf(p),
			);
		}
	});

	it('publishes the year in open data, as a number in JSON and a column in CSV', () => {
		const json = JSON.parse(read('data/practices.json')) as {
			practices: { id: string; status: string; statusAsOf: number }[];
		};
		const rows = parseCsv(read('data/practices.csv').replace(/^\uFEFF/, ''), CSV_SEPARATOR);
		const header = rows[0]!;
		const column = (name: string) => header.indexOf(name);
		expect(column('статус по данным на')).toBeGreaterThan(-1);
		for (const p of practices) {
			expect(
				json.practices.find((r) => r.id === p.id),
				p.id,
			).toMatchObject({ status: p.data.status, statusAsOf: knownIn(p) });
			const row = rows.find((r) => r[0] === p.id);
			expect(row?.[column('статус')], p.id).toBe(p.data.status);
			expect(row?.[column('статус по данным на')], p.id).toBe(String(knownIn(p)));
		}
	});
});

describe('participants, apart from who carries a practice out', () => {
	it('has cards with participants in the real content (the Lipetsk sessions)', () => {
		expect(withParticipants.map((p) => p.id)).toContain('lipetskaya-oblast/strategicheskie-sessii-glav-rayonov');
	});

	it('lists participants under «Участники» on the card, and not as the municipalities that carry it out', () => {
		for (const p of withParticipants) {
			const html = card(p.id);
			const names = p.data.participants.map((m) => municipalities.get(idOf(m))!.name);
			expect(detailOf(html, 'Участники'), p.id).toBe(names.join(', '));
			const carriedBy = detailOf(html, 'Муниципалитет') ?? detailOf(html, 'Муниципалитеты') ?? '';
			for (const name of names) expect(carriedBy, p.id).not.toContain(name);
		}
	});

	it("lists the practice on a participant's page under «Участие в практиках других», not among its own practices", () => {
		for (const p of withParticipants) {
			for (const id of p.data.participants.map(idOf)) {
				const html = builtPage(`municipalities/${id}/`);
				const link = `/practices/${p.id}/`;
				const tookPart = sectionOf(html, 'took-part');
				expect(tookPart && hrefsOf(tookPart), `${id}: ${p.id}`).toContain(link);
				tookPart?.remove();
				expect(hrefsOf(html), `${id} lists ${p.id} as its own`).not.toContain(link);
			}
		}
	});

	it("does not count participation in open data as a municipality's practice", () => {
		const json = JSON.parse(read('data/practices.json')) as {
			practices: { id: string; municipalities: string[]; participants: string[] }[];
		};
		for (const p of withParticipants) {
			const record = json.practices.find((r) => r.id === p.id)!;
			expect(record.participants).toEqual(p.data.participants.map(idOf));
			expect(record.municipalities).toEqual(p.data.municipalities.map(idOf));
		}
	});
});
