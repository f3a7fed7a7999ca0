import { UNSORTED_SECTION } from '../practice-text/practice-sections.ts';
import { countRu } from '../site/plural.ts';
import type { ContentFile } from './content-files.ts';
import type { ContentIssue } from './validate-content.ts';

/** The «## Разобрать» section of a practice text: the line of its heading (in the body) and how many items it holds. */
export function unsortedSection(body: string): { line: number; items: number } | undefined {
	const lines = body.split(/\r?\n/);
	const start = lines.findIndex((line) => line.trim() === `## ${UNSORTED_SECTION}`);
	if (start < 0) return undefined;
	let items = 0;
	for (const line of lines.slice(start + 1)) {
		if (/^##\s/.test(line)) break;
		if (/^[-*]\s/.test(line)) items++;
	}
	return { line: start + 1, items };
}

/** Second-level sections of a text with nothing but blank lines under their heading, with the heading's line in the body. */
export function emptySections(body: string): { title: string; line: number }[] {
	const lines = body.split(/\r?\n/);
	const empty: { title: string; line: number }[] = [];
	lines.forEach((line, index) => {
		const heading = /^##\s+(.+?)\s*$/.exec(line);
		if (!heading) return;
		const next = lines.findIndex((l, i) => i > index && /^#{1,2}\s/.test(l));
		const content = lines.slice(index + 1, next < 0 ? undefined : next);
		if (content.every((l) => !l.trim())) empty.push({ title: heading[1] ?? '', line: index + 1 });
	});
	return empty;
}

/** What is still to do about the unsorted section, in words. */
export function unsortedMessage(items: number, published: boolean): string {
	const what = items
		? `в разделе «${UNSORTED_SECTION}» не разобрано ${countRu(items, ['пункт', 'пункта', 'пунктов'])} из таблицы`
		: `остался раздел «${UNSORTED_SECTION}»`;
	const fix =
		'перенесите каждый пункт в нужное поле или раздел (или удалите, если он не нужен) и удалите заголовок раздела';
	return published ? `${what}: ${fix}; на сайте этого раздела быть не должно` : `${what}: ${fix}`;
}

/** The first clause of a message, before its explanation: «список пуст», «не заполнено обязательное поле status». */
const firstClause = (message: string) => message.split(/:\s/)[0] ?? message;

/**
 * What a draft still lacks to pass validation, one short phrase per problem: «topics — список пуст»,
 * «в тексте не хватает разделов». Read from the issues the draft would have if it were published.
 */
export function draftGaps(issues: readonly ContentIssue[]): string[] {
	// The same gap in every item of a list is said once: «results.*.source — …».
	return [
		...new Set(
			issues.map((issue) =>
				issue.field
					? `${issue.field.replace(/\.\d+(?=\.|$)/g, '.*')} — ${firstClause(issue.message)}`
					: firstClause(issue.message),
			),
		),
	];
}

/** The one warning a draft gets in place of the errors it would have if it were published. */
export function draftMessage(gaps: readonly string[]): string {
	return gaps.length
		? `черновик: на сайт не попадёт, пока имя файла начинается с «_». До публикации исправьте: ${gaps.join('; ')}; затем переименуйте файл без «_»`
		: 'черновик готов к публикации: переименуйте файл без «_» в начале имени';
}

/**
 * Issues with each draft's own problems folded into one warning that lists them (`draftGaps`), so a base
 * with hundreds of drafts from an import still passes and reads well; `keep` are the issues that stay as
 * they are (the unsorted section, look-alike titles).
 */
export function summariseDrafts(
	issues: readonly ContentIssue[],
	files: readonly ContentFile[],
	keep: ReadonlySet<ContentIssue>,
): ContentIssue[] {
	const drafts = new Set(files.filter((f) => f.draft).map((f) => f.file));
	const byDraft = new Map<string, ContentIssue[]>([...drafts].map((file) => [file, []]));
	const out: ContentIssue[] = [];
	for (const issue of issues) {
		const own = keep.has(issue) ? undefined : byDraft.get(issue.file);
		if (own) own.push(issue);
		else out.push(issue);
	}
	for (const [file, own] of byDraft)
		out.push({ severity: 'warning', file, line: 1, field: '', message: draftMessage(draftGaps(own)) });
	return out;
}
