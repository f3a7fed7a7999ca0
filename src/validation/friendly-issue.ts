import type { z } from 'astro/zod';
import { PRACTICE_ID_PATTERN, SLUG_PATTERN, YearSchema } from '../schemas/common.ts';
import { didYouMean } from './closest.ts';
import { boundsOf, unwrapField } from './schema-walk.ts';

const TYPE_NAMES: Record<string, string> = {
	string: 'текст',
	number: 'число',
	int: 'целое число',
	boolean: 'да или нет (true или false)',
	array: 'список (каждое значение с новой строки после «- » или в квадратных скобках через запятую)',
	object: 'набор полей',
	date: 'дата',
};

function describeValue(value: unknown): string {
	if (value === null) return 'пустое значение';
	if (Array.isArray(value)) return 'список';
	if (typeof value === 'object') return 'набор полей';
	if (typeof value === 'string') return `текст «${value.length > 40 ? `${value.slice(0, 40)}…` : value}»`;
	if (typeof value === 'number') return `число ${value}`;
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return String(value);
}

/** The value at a path of keys and indexes in data, or `undefined` where the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

/** How to fill a required field that is missing, where «add the line» alone would not say what to write. */
const MISSING_FIELD_FIXES: Record<string, string> = {
	municipalities:
		'не указано, кто проводит практику: добавьте строку «municipalities: [id муниципалитета]» — те, кто её проводит, по источнику; у практики области или ассоциации, которую не проводит ни один муниципалитет, — «municipalities: []»',
	period:
		'не заполнено обязательное поле period: добавьте строку «period:», под ней с отступом «start: 2023» — когда практика началась, по источнику; если источник не даёт дат, напишите «period: {}»',
};

/** The one field an object schema requires, when it requires exactly one: a citation's `source`. */
function onlyRequiredField(schema: z.core.$ZodType | undefined): string | undefined {
	const def = schema?._zod.def as unknown as { type: string; shape?: Record<string, z.core.$ZodType> } | undefined;
	if (def?.type !== 'object' || !def.shape) return undefined;
	const required = Object.entries(def.shape).filter(([, child]) => !unwrapField(child).optional);
	return required.length === 1 ? required[0]?.[0] : undefined;
}

/** A year outside those the base speaks of: «3025» is most likely a typo of «2025». */
function yearOutOfBounds(value: unknown): string {
	const { min, max } = boundsOf(YearSchema);
	return `год ${String(value)} вне допустимых (от ${min} до ${max}): проверьте, нет ли в нём опечатки`;
}

/**
 * A zod issue in words a curator can act on: what was expected, what is written, and how to fix it.
 * `schema` is the schema at the issue's path (`schemaAt`), where the fix depends on it.
 * Tests pin the wording of the important ones.
 */
export function friendlyMessage(issue: z.core.$ZodIssue, data: unknown, schema?: z.core.$ZodType): string {
	const value = valueAt(data, issue.path);
	const field = String(issue.path.at(-1) ?? '');
	switch (issue.code) {
		case 'invalid_type': {
			const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
			if (value === undefined) {
				if (issue.path.length === 1 && MISSING_FIELD_FIXES[field]) return MISSING_FIELD_FIXES[field];
				return typeof issue.path.at(-1) === 'number'
					? `пустой элемент списка: удалите строку «- » без значения`
					: `не заполнено обязательное поле ${field}: добавьте строку «${field}: …» (ожидается ${expected})`;
			}
			// «- anketa» where a citation «- source: anketa» was meant: the one field to put it in.
			const only =
				issue.expected === 'object' && (typeof value === 'string' || typeof value === 'number')
					? onlyRequiredField(schema)
					: undefined;
			if (only)
				return `ожидается ${expected}, а записано ${describeValue(value)}: запишите «${only}: ${String(value)}»`;
			return `ожидается ${expected}, а записано ${describeValue(value)}`;
		}
		case 'invalid_value': {
			const options = issue.values.map(String);
			if (value === undefined && issue.path.length === 1)
				return `не заполнено обязательное поле ${field}: добавьте строку «${field}: …» — одно из значений: ${options.join(', ')}`;
			return `значения ${describeValue(value)} нет в списке допустимых: ${options.join(', ')}${typeof value === 'string' ? didYouMean(value, options) : ''}`;
		}
		case 'too_small': {
			const min = Number(issue.minimum);
			if (schema === YearSchema) return yearOutOfBounds(value);
			if (issue.origin === 'string')
				return `слишком коротко: ${String(value ?? '').trim().length} симв., нужно не меньше ${min}`;
			if (issue.origin === 'array')
				return min === 1
					? 'список пуст: укажите хотя бы одно значение'
					: `в списке должно быть не меньше ${min} значений`;
			return `значение ${describeValue(value)} меньше допустимого: не меньше ${min}`;
		}
		case 'too_big': {
			const max = Number(issue.maximum);
			if (schema === YearSchema) return yearOutOfBounds(value);
			if (issue.origin === 'string')
				return `слишком длинно: ${String(value ?? '').trim().length} симв., допустимо не больше ${max}; сократите`;
			if (issue.origin === 'array') return `в списке должно быть не больше ${max} значений`;
			return `значение ${describeValue(value)} больше допустимого: не больше ${max}`;
		}
		case 'invalid_format': {
			if (issue.format === 'regex') {
				const pattern = String((issue as { pattern?: unknown }).pattern ?? '');
				if (pattern === String(SLUG_PATTERN)) {
					return `${describeValue(value)} — не идентификатор: нужно имя файла записи латиницей через дефис, например «krasnoyarsk» или «yarkie-berega»`;
				}
				if (pattern === String(PRACTICE_ID_PATTERN)) {
					return `${describeValue(value)} — не ссылка на практику: нужно «папка/имя-файла», например «krasnoyarsk/yarkie-berega»`;
				}
				if (pattern.includes('\\d{4}')) return `${describeValue(value)} — не дата: пишите 2023, 2023-12 или 2023-12-05`;
			}
			if (issue.format === 'url')
				return `${describeValue(value)} — не адрес сайта: нужен полный адрес, начинающийся с https://`;
			if (issue.format === 'email') return `${describeValue(value)} — не адрес электронной почты`;
			return `${describeValue(value)} записано в неверном формате`;
		}
		case 'invalid_union':
			return `${describeValue(value)} не подходит ни под один из допустимых вариантов`;
		default:
			return issue.message;
	}
}
