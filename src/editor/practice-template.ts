import { stringify } from 'yaml';
import type { PracticeStatus } from '../schemas/practice.ts';
import { PRACTICE_SECTIONS } from '../practice-text/practice-sections.ts';

/** What a new practice starts from. */
export interface NewPractice {
	title: string;
	summary: string;
	municipality: string;
	topics: string[];
	status: PracticeStatus;
	/** The year the status is known for: the year the source speaks of. */
	statusAsOf: number;
	/** The document the entry is written from; it is also the source its status rests on (`statusSource`). */
	source: string;
	/** The day the entry is written, `YYYY-MM-DD`. */
	today: string;
}

/** What to write in each section, shown in the new file until the curator replaces it. */
const HINTS: Record<(typeof PRACTICE_SECTIONS)[number], string> = {
	Проблема: 'Какую задачу муниципалитета решает практика — так, как её описывает источник.',
	Решение: 'Что сделали: суть практики в двух-трёх предложениях.',
	'Как это работает': 'Кто участвует, по каким правилам, в какие сроки, на какие средства.',
	Результаты:
		'Чего достигли, с цифрами из источника; сами цифры внесите и в поле results. Правила практики (как часто, сколько победителей от района) пишите в «Как это работает».',
	'Как повторить': 'Что нужно другому муниципалитету, чтобы сделать так же.',
};

/** The text of a new practice file: frontmatter with the given fields, and every body section with a hint. */
export function practiceTemplate(practice: NewPractice): string {
	const frontmatter = stringify(
		{
			title: practice.title,
			summary: practice.summary,
			municipalities: [practice.municipality],
			topics: practice.topics,
			tags: [],
			status: practice.status,
			statusAsOf: practice.statusAsOf,
			statusSource: practice.source,
			period: {},
			results: [],
			sources: [{ source: practice.source }],
			lastConfirmed: practice.today,
		},
		{ lineWidth: 0, flowCollectionPadding: false },
	);
	const body = PRACTICE_SECTIONS.map((section) => `## ${section}\n\n${HINTS[section]}\n`).join('\n');
	return `---\n${frontmatter}---\n\n${body}`;
}
