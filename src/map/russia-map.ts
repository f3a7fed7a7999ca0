import { geoConicEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json' with { type: 'json' };

/**
 * The map of Russia on the home and region pages, drawn at build time: no tiles, no network, no script.
 * It shows land and no borders: the coastline of Natural Earth's land layer (world-atlas) in an
 * equal-area conic projection fitted to Russia, so it takes no side on any border, with a marker
 * for each municipality that has practices.
 */

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 540;

/** Russia's extent, west to east across the antimeridian, south to north. */
const EXTENT = { west: 19, east: 191, south: 41, north: 78 };

const outline = {
	type: 'MultiPoint' as const,
	coordinates: Array.from({ length: 19 }, (_, i) => EXTENT.west + ((EXTENT.east - EXTENT.west) * i) / 18).flatMap(
		(lon) => [
			[lon, EXTENT.south],
			[lon, EXTENT.north],
		],
	),
};

type Feature = Parameters<ReturnType<typeof geoConicEqualArea>['fitExtent']>[1];

/** The equal-area conic projection of Russia, fitted so that `area` fills the map's frame. */
function projectionFor(area: Feature) {
	return geoConicEqualArea()
		.rotate([-105, 0])
		.parallels([52, 64])
		.fitExtent(
			[
				[12, 12],
				[MAP_WIDTH - 12, MAP_HEIGHT - 12],
			],
			area,
		)
		.clipExtent([
			[0, 0],
			[MAP_WIDTH, MAP_HEIGHT],
		]);
}

const russia = projectionFor(outline);
const landPaths = new Map<string, string>();

/** The SVG path of the land in a projection's frame, computed once per frame. */
function landIn(projection: ReturnType<typeof projectionFor>, key: string): string {
	let value = landPaths.get(key);
	if (value === undefined) {
		const topology = land as unknown as Topology<{ land: GeometryCollection }>;
		value = geoPath(projection).digits(0)(feature(topology, topology.objects.land)) ?? '';
		landPaths.set(key, value);
	}
	return value;
}

export interface MapMarker {
	href: string;
	name: string;
	count: number;
	lon: number;
	lat: number;
}

export interface PlacedMarker extends MapMarker {
	x: number;
	y: number;
	r: number;
}

/** Markers drawn at most: the municipalities with the most practices, so the page does not grow with the corpus. */
export const MAX_MARKERS = 300;

export interface PlacedMap {
	land: string;
	markers: PlacedMarker[];
}

/** Degrees a zoomed map spans at least, so a region with one municipality is not a close-up of a dot. */
const MIN_SPAN = 8;

/**
 * Places markers on the map, sized by the square root of the count; largest drawn first, so small ones
 * stay on top. With `zoom`, the map is fitted to the markers (a region's page), otherwise it shows all Russia.
 */
export function placeMarkers(markers: readonly MapMarker[], zoom = false): PlacedMap {
	const shown = markers
		.toSorted((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ru'))
		.slice(0, MAX_MARKERS);
	let projection = russia;
	let key = 'russia';
	if (zoom && shown.length > 0) {
		const lons = shown.map((m) => m.lon);
		const lats = shown.map((m) => m.lat);
		const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
		const lonPad = Math.max(MIN_SPAN - (east - west), 0) / 2 + 1;
		const latPad = Math.max(MIN_SPAN / 2 - (north - south), 0) / 2 + 0.5;
		const box = [west - lonPad, east + lonPad, south - latPad, north + latPad].map((v) => Math.round(v * 10) / 10) as [
			number,
			number,
			number,
			number,
		];
		key = box.join(',');
		projection = projectionFor({
			type: 'MultiPoint',
			coordinates: [
				[box[0], box[2]],
				[box[0], box[3]],
				[box[1], box[2]],
				[box[1], box[3]],
				[(box[0] + box[1]) / 2, box[2]],
				[(box[0] + box[1]) / 2, box[3]],
			],
		});
	}
	const placed = shown.flatMap((m) => {
		const point = projection([m.lon, m.lat]);
		if (!point) return [];
		const [x, y] = point;
		return [
			{
				...m,
				x: Math.round(x * 10) / 10,
				y: Math.round(y * 10) / 10,
				r: Math.round((4 + 3 * Math.sqrt(m.count)) * 10) / 10,
			},
		];
	});
	return { land: landIn(projection, key), markers: placed };
}
