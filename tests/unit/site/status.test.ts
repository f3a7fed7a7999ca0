import { describe, expect, it } from 'vitest';
import { statusText, statusYear } from '../../../src/site/status.ts';

describe('the year a status is known for', () => {
	it('is the practice’s own statusAsOf, else the year its first source was published', () => {
		expect(statusYear(2020, '2023-05-01')).toBe(2020);
		expect(statusYear(undefined, '2021-02-26')).toBe(2021);
		expect(statusYear(undefined, '2021')).toBe(2021);
		expect(statusYear(undefined, undefined)).toBeUndefined();
	});

	it('goes with the status wherever it is shown', () => {
		expect(statusText('действует', 2020)).toBe('действует (по данным на 2020 г.)');
		expect(statusText('завершена', undefined)).toBe('завершена');
	});
});
