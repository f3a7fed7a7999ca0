import type { MapMarker } from './russia-map.ts';
import { municipalityPath } from '../site/urls.ts';
import { practicesWith, type MunicipalityEntry, type SiteData } from '../site/site-data.ts';

/** Markers for the municipalities among `municipalities` that have practices and known coordinates. */
export function mapMarkers(
	data: SiteData,
	municipalities: readonly MunicipalityEntry[] = data.municipalities,
): MapMarker[] {
	return municipalities.flatMap((m) => {
		const count = practicesWith(data, 'municipalities', m.id).length;
		const at = m.data.coordinates;
		return count > 0 && at
			? [
					{
						href: municipalityPath(m.id),
						name: m.data.name,
						count,
						lon: at.lon < 0 ? at.lon + 360 : at.lon,
						lat: at.lat,
					},
				]
			: [];
	});
}
