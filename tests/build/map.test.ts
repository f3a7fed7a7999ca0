import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIST as dist } from '../support/build-site.ts';
import { builtPage, hrefsOf, type HTMLElement } from '../support/html.ts';

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The map's markers: the municipality each links to and the circle drawn for it. */
const markersOf = (svg: HTMLElement | null) =>
	(svg?.querySelectorAll('a[href^="/municipalities/"] > circle.map__marker') ?? []).map((circle) => ({
		id: /^\/municipalities\/([^/]+)\/$/.exec(circle.parentNode?.getAttribute('href') ?? '')?.[1],
		link: circle.parentNode,
		x: Number(circle.getAttribute('cx')),
		y: Number(circle.getAttribute('cy')),
		r: Number(circle.getAttribute('r')),
	}));
const json = JSON.parse(read('data/practices.json')) as { practices: { municipalities: string[] }[] };

/** Municipalities with practices and coordinates, from the content files. */
function expectedOnMap(): Set<string> {
	const withPractices = new Set(json.practices.flatMap((p) => p.municipalities));
	const content = fileURLToPath(new URL('../../content/municipalities/', import.meta.url));
	return new Set(
		[...withPractices].filter((id) => /^coordinates:/m.test(readFileSync(join(content, `${id}.yaml`), 'utf8'))),
	);
}

describe('map of Russia', () => {
	const home = builtPage('index.html');
	const svg = home.querySelector('svg.map__picture');
	const markers = markersOf(svg);

	it('has a linked marker for every municipality with practices and known coordinates, on the home page', () => {
		expect(markers.length).toBeGreaterThan(0);
		expect(new Set(markers.map((m) => m.id))).toEqual(expectedOnMap());
		for (const { id } of markers) expect(existsSync(join(dist, 'municipalities', id ?? '', 'index.html'))).toBe(true);
	});

	it('draws the markers inside the map, larger for more practices, over land drawn at build time', () => {
		expect(svg?.querySelector('path.map__land')?.getAttribute('d')).toMatch(/^M[\d,LMZ-]{1000,}/);
		for (const { x, y } of markers) {
			expect(Number(x)).toBeGreaterThan(0);
			expect(Number(x)).toBeLessThan(960);
			expect(Number(y)).toBeGreaterThan(0);
			expect(Number(y)).toBeLessThan(540);
		}
		const radius = (id: string) => Number(markers.find((m) => m.id === id)?.r);
		expect(radius('krasnoyarsk')).toBeGreaterThan(radius('khabarovsk'));
	});

	it('lists the same places beside the map for keyboards and screen readers, and hides the picture from them', () => {
		const list = home.querySelector('ul.map__list');
		expect(new Set(hrefsOf(list!).map((href) => /^\/municipalities\/([^/]+)\/$/.exec(href)?.[1]))).toEqual(
			expectedOnMap(),
		);
		expect(svg?.getAttribute('aria-hidden')).toBe('true');
		expect(
			home
				.querySelectorAll('script[src]')
				.map((script) => script.getAttribute('src'))
				.filter((src) => src?.includes('map')),
		).toEqual([]);
	});

	it('zooms to the region on a region page', () => {
		// Krasnoyarsk Krai: the Lipetsk districts only take part in their region's practices (issue 24), so its map has no marker.
		const ids = markersOf(builtPage('regions/krasnoyarskiy-kray/').querySelector('svg.map__picture'))
			.filter((m) => m.link?.getAttribute('tabindex') === '-1')
			.map((m) => m.id);
		const content = fileURLToPath(new URL('../../content/municipalities/', import.meta.url));
		const inRegion = [...expectedOnMap()].filter((id) =>
			/^region: krasnoyarskiy-kray$/m.test(readFileSync(join(content, `${id}.yaml`), 'utf8')),
		);
		expect(inRegion.length).toBeGreaterThan(0);
		expect(new Set(ids)).toEqual(new Set(inRegion));
	});
});
