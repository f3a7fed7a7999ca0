import { yearOf } from './format-date.ts';

/**
 * The year a practice's status is known for: its own `statusAsOf`, else the year the status's source
 * (`statusSource`, else the first source) was published; `undefined` when neither is known (validation
 * refuses such a practice).
 */
export function statusYear(
	statusAsOf: number | undefined,
	statusSourcePublished: string | undefined,
): number | undefined {
	return statusAsOf ?? (statusSourcePublished ? yearOf(statusSourcePublished) : undefined);
}

/** A status with the year it is known for: «действует (по данным на 2020 г.)». */
export function statusText(status: string, year: number | undefined): string {
	return year === undefined ? status : `${status} (по данным на ${year} г.)`;
}
