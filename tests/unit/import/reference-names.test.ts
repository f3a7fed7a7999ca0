import { describe, expect, it } from 'vitest';
import {
	matchMunicipality,
	matchRegion,
	matchSource,
	matchTopic,
	referenceData,
} from '../../../src/import/reference-names.ts';
import { realFiles } from './site-csv.ts';
import { parseContentFile } from '../../../src/validation/content-files.ts';

// A rural settlement named like a district: the base has none since the Lipetsk review (a village named as a winner is not a municipality).
const selsovet = parseContentFile(
	'municipalities',
	'stanovlyanskiy-selsovet',
	'content/municipalities/stanovlyanskiy-selsovet.yaml',
	'name: Становлянский сельсовет\nkind: сельское поселение\nregion: lipetskaya-oblast\n',
);
const data = referenceData([...realFiles(), selsovet]);

describe('names a registry writes, matched against the base', () => {
	it.each([
		'Красноярск',
		'г. Красноярск',
		'городской округ город Красноярск',
		'город Красноярск',
		'Г. КРАСНОЯРСК',
		'Красноярск (Красноярский край)',
	])('finds Krasnoyarsk written as «%s»', (name) => {
		expect(matchMunicipality(name, data)).toEqual({ id: 'krasnoyarsk' });
	});

	it('finds a district written with its kind in full, and tells a district from a rural settlement of the same name by the kind', () => {
		expect(matchMunicipality('Лебедянский муниципальный район', data)).toEqual({ id: 'lebedyanskiy-rayon' });
		expect(matchMunicipality('Становлянский муниципальный район Липецкой области', data)).toEqual({
			id: 'stanovlyanskiy-rayon',
		});
		expect(matchMunicipality('сельское поселение Становлянский сельсовет', data)).toEqual({
			id: 'stanovlyanskiy-selsovet',
		});
		expect(matchMunicipality('Становлянский', data)).toEqual({
			ambiguous: ['Становлянский район (stanovlyanskiy-rayon)', 'Становлянский сельсовет (stanovlyanskiy-selsovet)'],
		});
	});

	it('does not guess an unknown municipality, and names the nearest ones', () => {
		expect(matchMunicipality('Красноярсл', data)).toEqual({ unknown: true, nearest: ['Красноярск (krasnoyarsk)'] });
		expect(matchMunicipality('г. Дивногорск', data)).toEqual({ unknown: true, nearest: [] });
		// Within the region the registry names, a municipality of another region is not taken.
		expect(matchMunicipality('Красноярск', data, 'lipetskaya-oblast')).toMatchObject({ unknown: true });
	});

	it('finds regions, topics and sources by their names, a region also abbreviated, a source also by its address', () => {
		expect(matchRegion('Липецкая обл.', data)).toEqual({ id: 'lipetskaya-oblast' });
		expect(matchRegion('Красноярского края', data)).toEqual({ id: 'krasnoyarskiy-kray' });
		expect(matchTopic('ЖКХ и многоквартирные дома', data)).toEqual({ id: 'zhkh' });
		expect(matchTopic('Благоустройство', data)).toMatchObject({ unknown: true });
		expect(matchSource('Ответы города Лесосибирска на анкету АСДГ за 2020 год', data)).toEqual({
			id: 'asdg-anketa-lesosibirsk-2020',
		});
		expect(matchSource('https://example.org/net-takogo', data)).toEqual({ unknown: true, nearest: [] });
	});
});
