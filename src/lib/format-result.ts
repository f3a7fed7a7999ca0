import type { Result } from '../schemas/result.ts';
import { formatNumber } from './plural.ts';

/** The figure of a result as a reader sees it: «более 234 000 человек», «207 заявок». */
export function formatResultValue(result: Pick<Result, 'value' | 'unit' | 'qualifier'>): string {
	const prefix = result.qualifier === 'точно' ? '' : `${result.qualifier}\u00a0`;
	return `${prefix}${formatNumber(result.value)}\u00a0${result.unit}`;
}
