import { describe, expect, it } from 'vitest';
import { searchableSourcePath } from '../../../src/search/searchable-pages.ts';

describe('searchableSourcePath', () => {
	it('maps practice cards and municipality pages to their files under dist/', () => {
		expect(searchableSourcePath('/practices/krasnoyarsk/yarkie-berega/', '/')).toBe('practices/krasnoyarsk/yarkie-berega/index.html');
		expect(searchableSourcePath('/municipalities/lesosibirsk/', '/')).toBe('municipalities/lesosibirsk/index.html');
	});
	it('strips the deployment base and decodes the path', () => {
		expect(searchableSourcePath('/repo/practices/varmsu/munitsipalnyy-dialog/', '/repo/')).toBe('practices/varmsu/munitsipalnyy-dialog/index.html');
		expect(searchableSourcePath('/repo/municipalities/lipetsk/', '/repo')).toBe('municipalities/lipetsk/index.html');
	});
	it('leaves out catalogue, listing and other pages', () => {
		for (const path of ['/practices/', '/practices/region/lipetskaya-oblast/', '/practices/topic/tos/', '/practices/municipality/krasnoyarsk/', '/practices/topic/tos/2/', '/municipalities/', '/regions/lipetskaya-oblast/', '/']) {
			expect(searchableSourcePath(path, '/'), path).toBeUndefined();
		}
	});
});
