import type { Practice } from '../schemas/practice.ts';

/** The optional parts of a practice entry a reader benefits from, with their Russian names. */
const PARTS: { label: string; filled: (p: Practice) => boolean }[] = [
	{ label: 'период', filled: (p) => Boolean(p.period.start) },
	{ label: 'результаты в цифрах', filled: (p) => p.results.length > 0 },
	{ label: 'партнёры', filled: (p) => p.partners.length > 0 },
	{ label: 'финансирование', filled: (p) => Boolean(p.funding) },
	{ label: 'как повторить', filled: (p) => Boolean(p.replication) },
	{ label: 'контакты', filled: (p) => p.contacts.length > 0 },
	{ label: 'события', filled: (p) => p.events.length > 0 },
	{ label: 'теги для поиска', filled: (p) => p.tags.length > 0 },
];

/** How complete an entry is: which optional parts are filled and which are still missing. */
export function completeness(practice: Practice): { filled: number; total: number; missing: string[] } {
	const missing = PARTS.filter((part) => !part.filled(practice)).map((part) => part.label);
	return { filled: PARTS.length - missing.length, total: PARTS.length, missing };
}
