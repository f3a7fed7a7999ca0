import { withBase } from '../site/urls.ts';

/**
 * Compendia for print: every topic, region and event as a printable collection of its practices
 * (cover, contents with page numbers, one practice from a new page, contacts at the end). What a
 * compendium holds and how a big one splits into parts; no content is read here.
 */

/** What a compendium gathers: the practices of a topic, a region or an event. */
export type CompendiumKind = 'topics' | 'regions' | 'events';
/** What the cover says the compendium gathers. */
export const COMPENDIUM_KINDS_RU: Record<CompendiumKind, string> = {
	topics: 'Тема',
	regions: 'Регион',
	events: 'Событие',
};
/** The site's list of each kind (`/topics/`, `/regions/`, `/events/`), as breadcrumbs name it. */
export const COMPENDIUM_LISTS: Record<CompendiumKind, string> = {
	topics: 'Темы',
	regions: 'Регионы',
	events: 'События',
};

/**
 * Practices in one printed compendium (or one part of it). Paged.js lays a compendium out in the reader's
 * browser, and its time grows faster than the number of practices: `scripts/bench-compendium.ts` gave
 * medians of 10.4 s for 50 practices, 33.6 s for 100, 93.4 s for 200 and 338.9 s for 400 in headless
 * Chromium on a busy 2-core machine (README, «Compendia»). At 100 a reader waits about half a minute for
 * some 300 A4 pages, a volume a congress can hand out; at 400, nearly six minutes.
 */
export const PART_SIZE = 100;

/**
 * Practices in one volume: `PART_SIZE`, or `COMPENDIUM_PART_SIZE` for a build that needs bigger volumes
 * (`scripts/bench-compendium.ts` measures volumes of up to 400 practices on one built corpus).
 */
export function partSize(env: NodeJS.ProcessEnv = process.env): number {
	const size = Number(env['COMPENDIUM_PART_SIZE'] ?? PART_SIZE);
	if (!Number.isInteger(size) || size < 1)
		throw new Error(
			`COMPENDIUM_PART_SIZE: целое число практик в томе сборника, например 100, а не «${env['COMPENDIUM_PART_SIZE']}».`,
		);
	return size;
}

/** The address of a compendium, or of one of its parts: `/compendium/topics/tos/`, `/compendium/topics/tos/2023/`. */
export function compendiumPath(kind: CompendiumKind, id: string, part?: string): string {
	return withBase(`compendium/${kind}/${id}/${part ? `${part}/` : ''}`);
}

/** The title on the cover and in the running header: «Сборник практик: Благоустройство». */
export function compendiumTitle(name: string, part?: CompendiumPart<unknown>): string {
	return `Сборник практик: ${name}${part ? ` — ${part.label}` : ''}`;
}

/** One volume of a compendium too big for one: the practices of some years, or a share of one year's. */
export interface CompendiumPart<T> {
	/** Its address segment: `2023`, `2019-2021`, `2023-chast-2`, `bez-goda`. */
	id: string;
	/** How it is named in a title and a list: «2023 г.», «2019–2021 гг.», «2023 г., часть 2», «год не указан». */
	label: string;
	practices: T[];
}

/** Label and address segment of a run of years; `undefined` stands for practices whose year no source gives. */
function yearsPart(first: number | undefined, last: number | undefined): { id: string; label: string } {
	if (first === undefined || last === undefined) return { id: 'bez-goda', label: 'год не указан' };
	if (first === last) return { id: String(first), label: `${first}\u00a0г.` };
	const [from, to] = first < last ? [first, last] : [last, first];
	return { id: `${from}-${to}`, label: `${from}–${to}\u00a0гг.` };
}

/**
 * Splits practices, newest first, into parts of at most `size` by year: consecutive years share a part
 * while they fit, and a year with more than `size` practices is cut into numbered parts of its own.
 * Practices without a year come last, in parts of their own. Returns one part holding everything when
 * all fit, so a small compendium has no parts.
 */
export function splitByYear<T>(
	practices: readonly T[],
	yearOf: (practice: T) => number | undefined,
	size = PART_SIZE,
): CompendiumPart<T>[] {
	if (practices.length <= size) return [{ id: '', label: '', practices: [...practices] }];
	const years = new Map<number | undefined, T[]>();
	for (const practice of practices) {
		const year = yearOf(practice);
		const list = years.get(year);
		if (list) list.push(practice);
		else years.set(year, [practice]);
	}
	const ordered = [...years.entries()].sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : b - a));
	const parts: CompendiumPart<T>[] = [];
	// Consecutive years gathered so far: newest first.
	let run: { first: number; last: number; practices: T[] } | undefined;
	const closeRun = () => {
		if (run) parts.push({ ...yearsPart(run.first, run.last), practices: run.practices });
		run = undefined;
	};
	for (const [year, list] of ordered) {
		if (year === undefined || list.length > size) {
			closeRun();
			const { id, label } = yearsPart(year, year);
			const count = Math.ceil(list.length / size);
			for (let i = 0; i < count; i++) {
				const practicesOfPart = list.slice(i * size, (i + 1) * size);
				parts.push(
					count === 1
						? { id, label, practices: practicesOfPart }
						: { id: `${id}-chast-${i + 1}`, label: `${label}, часть ${i + 1}`, practices: practicesOfPart },
				);
			}
			continue;
		}
		if (run && run.practices.length + list.length <= size) {
			run.last = year;
			run.practices.push(...list);
		} else {
			closeRun();
			run = { first: year, last: year, practices: [...list] };
		}
	}
	closeRun();
	return parts;
}

/** The anchor of the n-th practice (from 1) in a compendium: the contents and the contacts link to it. */
export function practiceAnchor(position: number): string {
	return `praktika-${position}`;
}
