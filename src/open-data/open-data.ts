import { z } from 'astro/zod';
import { PracticeSchema } from '../schemas/practice.ts';
import { ReplicationSchema } from '../schemas/replication.ts';

/**
 * Open data: every practice as JSON (all its fields), as CSV for spreadsheets, the JSON Schema they
 * follow, and an RSS feed. Pure functions; the endpoints in src/pages/ call them with the site's data.
 */

/** The licence the data and texts are published under; the /data/ page explains it. */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.ru' } as const;

/** A practice as published: the fields of its file, plus where it is and its text. */
export const PublishedPracticeSchema = PracticeSchema.extend({
	/** `<owner>/<slug>`, the file's path under content/practices/ and the card's address. */
	id: z.string().meta({ description: 'Идентификатор: папка владельца и имя файла, как в адресе карточки' }),
	/** Address of the practice's card. */
	url: z.string().meta({ description: 'Адрес карточки практики' }),
	/** Municipality, region or association that runs it: the folder of the file. */
	owner: z.string().meta({ description: 'Муниципалитет, регион или ассоциация, чья это практика' }),
	/** The text of the card, in Markdown (MDX), with the sections «Проблема», «Решение» and the rest. */
	text: z.string().meta({ description: 'Текст практики в Markdown (MDX)' }),
	/** The photos the text shows, in order: the address of each as the card serves it, with its description. */
	photos: z
		.array(
			z.object({
				url: z.string().meta({ description: 'Адрес фото (WebP, не шире 1200 пикселей)' }),
				width: z.number().int().positive().meta({ description: 'Ширина в пикселях' }),
				height: z.number().int().positive().meta({ description: 'Высота в пикселях' }),
				alt: z.string().meta({ description: 'Что на фото: описание для тех, кто его не видит' }),
				caption: z.string().optional().meta({ description: 'Подпись к фото' }),
				credit: z.string().optional().meta({ description: 'Автор или владелец фото' }),
			}),
		)
		.meta({ description: 'Фото из текста практики' }),
	/** Every case of another municipality repeating the practice, newest first: the fields of its file in content/replications/. */
	replications: z
		.array(
			ReplicationSchema.omit({ practice: true }).extend({
				/** The file name of the repeat under content/replications/. */
				id: z.string().meta({ description: 'Идентификатор повтора: имя его файла в content/replications/' }),
			}),
		)
		.meta({
			description:
				'Опыт повторили: какой муниципалитет повторил практику, когда, что из этого вышло и по какому источнику',
		}),
});
export type PublishedPractice = z.input<typeof PublishedPracticeSchema>;

/** JSON Schema (2020-12) of one published practice, from the same zod schema that validates the files. */
export function practiceJsonSchema(id: string): Record<string, unknown> {
	return {
		...z.toJSONSchema(PublishedPracticeSchema, { io: 'input' }),
		$id: id,
		title: 'Практика из базы муниципальных практик',
		description:
			'Одна запись файла practices.json. Поля со ссылками (reference) содержат идентификаторы записей других коллекций базы.',
	};
}

/**
 * The CSV separator. Excel with Russian regional settings splits columns on «;» (the comma is the
 * decimal separator there), so a comma-separated file opens as one column.
 */
export const CSV_SEPARATOR = ';';

/** One CSV field: quoted when it holds a separator, a quote or a line break (RFC 4180). */
function csvField(value: string): string {
	return /[";,\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A CSV file that Excel opens correctly by double-click: UTF-8 with a byte order mark, «;»-separated,
 * CRLF line ends, RFC 4180 quoting. The first row is the header.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(csvField).join(CSV_SEPARATOR)).join('\r\n')}\r\n`;
}

/** The first day of a (partial) ISO date, `2023` or `2023-12` or `2023-12-05`: the date an RSS item takes. */
export function firstDayOf(date: string): Date {
	const [year = '1970', month = '01', day = '01'] = date.split('-');
	return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}
