const rules = new Intl.PluralRules('ru');

/** Forms of a Russian noun after a number: one (1 практика), few (3 практики), many (5 практик). */
export type PluralForms = readonly [one: string, few: string, many: string];

/** The form of the noun that agrees with `count`: `pluralRu(5, ['практика', 'практики', 'практик'])` → «практик». */
export function pluralRu(count: number, [one, few, many]: PluralForms): string {
	switch (rules.select(count)) {
		case 'one':
			return one;
		case 'few':
			return few;
		default:
			return Number.isInteger(count) ? many : few;
	}
}

/** Number and noun together, with a no-break space: «5 практик». */
export function countRu(count: number, forms: PluralForms): string {
	return `${formatNumber(count)}\u00a0${pluralRu(count, forms)}`;
}

const numberFormat = new Intl.NumberFormat('ru');

/** A number with Russian digit grouping: 234 000. */
export function formatNumber(value: number): string {
	return numberFormat.format(value);
}
