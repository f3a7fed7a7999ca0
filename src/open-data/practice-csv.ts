import type { PracticeView } from '../site/practice-view.ts';
import type { PracticePhoto } from '../practice-text/practice-photos.ts';

/** What practices.csv looks up to write names instead of ids: the site's data, or the same maps made from files. */
export interface CsvLookups {
	municipalityById: ReadonlyMap<string, { data: { name: string } }>;
	regionById: ReadonlyMap<string, { data: { name: string } }>;
	topicById: ReadonlyMap<string, { data: { name: string } }>;
	sourceById: ReadonlyMap<string, { data: { title: string } }>;
	replicationsBy: {
		practices: ReadonlyMap<string, readonly { data: { municipality: string; year: number; outcome: string } }[]>;
	};
}

/** The parts of a practice's view that practices.csv writes. */
export type CsvPractice = Pick<PracticeView, 'id' | 'entry' | 'municipalities' | 'regions' | 'topics' | 'statusYear'>;

/** Columns of practices.csv: a header and how to get each cell. Lists are joined with «; ». */
export function practiceColumns(
	data: CsvLookups,
): [string, (view: CsvPractice, url: string, photos: readonly PracticePhoto[]) => string][] {
	const names = (ids: readonly string[], lookup: ReadonlyMap<string, { data: { name: string } }>) =>
		ids.map((id) => lookup.get(id)?.data.name ?? id).join('; ');
	return [
		['id', (v) => v.id],
		['адрес', (_, url) => url],
		['название', (v) => v.entry.data.title],
		['кратко', (v) => v.entry.data.summary],
		['муниципалитеты', (v) => names(v.municipalities, data.municipalityById)],
		['участники', (v) => names(v.entry.data.participants, data.municipalityById)],
		['регионы', (v) => names(v.regions, data.regionById)],
		['темы', (v) => names(v.topics, data.topicById)],
		['статус', (v) => v.entry.data.status],
		['статус по данным на', (v) => (v.statusYear === undefined ? '' : String(v.statusYear))],
		['начало', (v) => v.entry.data.period.start ?? ''],
		['окончание', (v) => v.entry.data.period.end ?? ''],
		[
			'результаты',
			(v) =>
				v.entry.data.results
					.map(
						(r) =>
							`${r.measure}: ${r.qualifier === 'точно' ? '' : `${r.qualifier} `}${r.value} ${r.unit} (${r.year}${r.planned ? ', план' : ''})`,
					)
					.join('; '),
		],
		['как повторить', (v) => v.entry.data.replication ?? ''],
		[
			'опыт повторили',
			(v) =>
				(data.replicationsBy.practices.get(v.id) ?? [])
					.map(
						(r) =>
							`${data.municipalityById.get(r.data.municipality)?.data.name ?? r.data.municipality} (${r.data.year}): ${r.data.outcome}`,
					)
					.join('; '),
		],
		[
			'источники',
			(v) => v.entry.data.sources.map((c) => data.sourceById.get(c.source)?.data.title ?? c.source).join('; '),
		],
		['ключевые слова', (v) => v.entry.data.tags.join('; ')],
		['подтверждено', (v) => v.entry.data.lastConfirmed],
		['фото', (_, __, photos) => photos.map((p) => `${p.url} (${p.alt})`).join('; ')],
	];
}
