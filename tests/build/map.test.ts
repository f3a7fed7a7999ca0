import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = JSON.parse(read('data/practices.json')) as { practices: { municipalities: string[] }[] };

/** Municipalities with practices and coordinates, from the content files. */
function expectedOnMap(): Set<string> {
	const withPractices = new Set(json.practices.flatMap((p) => p.municipalities));
	const content = fileURLToPath(new URL('../../content/municipalities/', import.meta.url));
	return new Set([...withPractices].filter((id) => /^coordinates:/m.test(readFileSync(join(content, `${id}.yaml`), 'utf8'))));
}

describe('map of Russia', () => {
	const home = read('index.html');
	const svg = home.slice(home.indexOf('<svg class="map__picture"'), home.indexOf('</svg>', home.indexOf('<svg class="map__picture"')));
	const markers = [...svg.matchAll(/<a href="\/municipalities\/([^/]+)\/"[^>]*>\s*<circle class="map__marker" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)];

	it('has a linked marker for every municipality with practices and known coordinates, on the home page', () => {
		expect(new Set(markers.map((m) => m[1]))).toEqual(expectedOnMap());
		for (const [, id] of markers) expect(existsSync(join(dist, 'municipalities', id ?? '', 'index.html'))).toBe(true);
	});

	it('draws the markers inside the map, larger for more practices, over land drawn at build time', () => {
		expect(svg).toMatch(/<path class="map__land" d="M[\d,LMZ-]{1000,}/);
		for (const [, , x, y] of markers) {
			expect(Number(x)).toBeGreaterThan(0);
			expect(Number(x)).toBeLessThan(960);
			expect(Number(y)).toBeGreaterThan(0);
			expect(Number(y)).toBeLessThan(540);
		}
		const radius = (id: string) => Number(markers.find((m) => m[1] === id)?.[4]);
		expect(radius('krasnoyarsk')).toBeGreaterThan(radius('khabarovsk'));
	});

	it('lists the same places beside the map for keyboards and screen readers, and hides the picture from them', () => {
		const list = home.slice(home.indexOf('<ul class="map__list">'), home.indexOf('</ul>', home.indexOf('<ul class="map__list">')));
		expect(new Set([...list.matchAll(/href="\/municipalities\/([^/]+)\/"/g)].map((m) => m[1]))).toEqual(expectedOnMap());
		expect(svg).toContain('aria-hidden="true"');
		expect(home).not.toMatch(/<script[^>]*src=[^>]*map/);
	});

	it('zooms to the region on a region page', () => {
		// Krasnoyarsk Krai: the Lipetsk districts only take part in their region's practices (issue 24), so its map has no marker.
		const region = read('regions/krasnoyarskiy-kray/index.html');
		const ids = [...region.matchAll(/<a href="\/municipalities\/([^/]+)\/" tabindex="-1">\s*<circle class="map__marker"/g)].map((m) => m[1]);
		const content = fileURLToPath(new URL('../../content/municipalities/', import.meta.url));
		const inRegion = [...expectedOnMap()].filter((id) => /^region: krasnoyarskiy-kray$/m.test(readFileSync(join(content, `${id}.yaml`), 'utf8')));
		expect(inRegion.length).toBeGreaterThan(0);
		expect(new Set(ids)).toEqual(new Set(inRegion));
	});
});
