import { dirname, join } from 'node:path';
import { PRACTICE_SECTIONS } from '../../practice-text/practice-sections.ts';
import { checkPhotoFile } from '../../practice-text/photo-files.ts';
import { didYouMean } from '../closest.ts';
import { rulesInResultsSection } from '../practice-rules.ts';
import { emptySections, unsortedMessage, unsortedSection } from '../drafts.ts';
import type { ContentIssue, Rule } from '../rule-context.ts';

/**
 * A practice's text: safe MDX, photos that exist, figures from sources it cites, no rules in «Результаты»,
 * every required section written, and no unsorted cells left. Checked even when the properties have errors,
 * so every problem shows at once.
 */
export const body: Rule = (context) => {
	const issues: ContentIssue[] = [];
	for (const { file } of context.entries) {
		if (file.collection !== 'practices') continue;
		const checked = context.checkBody(file.body);
		for (const problem of checked.problems) issues.push(context.inBody(file, problem.line, problem.message));
		// Photo files and cited sources can change without the text changing, so they are checked
		// here on every run, not kept with the cached result of the text.
		for (const image of checked.images) {
			const problem = file.path ? checkPhotoFile(join(dirname(file.path), image.url), image.url) : undefined;
			if (problem) issues.push(context.inBody(file, image.line, problem));
		}
		const cited = new Set(((file.data as { sources?: { source?: unknown }[] }).sources ?? []).map((s) => s?.source));
		for (const source of checked.sources) {
			const existing = context.ids.get('sources');
			const message = !existing?.has(source.id)
				? `нет такого источника «${source.id}»${didYouMean(source.id, existing ?? [])}; укажите id файла из content/sources/`
				: !cited.has(source.id)
					? `источник «${source.id}» этой цифры не указан в списке sources практики; добавьте его туда`
					: undefined;
			if (message) issues.push(context.inBody(file, source.line, message));
		}
		for (const rule of rulesInResultsSection(file.body)) {
			issues.push(
				context.inBody(
					file,
					rule.line,
					`в разделе «Результаты» записано правило практики («${rule.words}»): перенесите его в раздел «Как это работает», а в «Результатах» оставьте то, чего практика достигла`,
				),
			);
		}
		const unsorted = unsortedSection(file.body);
		if (unsorted)
			issues.push(
				context.keepInDraft(
					context.inBody(
						file,
						unsorted.line,
						unsortedMessage(unsorted.items, !file.draft),
						file.draft ? 'warning' : 'error',
					),
				),
			);
		if (!file.body.trim()) {
			issues.push(
				context.at(
					file,
					[],
					`у практики нет текста: после блока свойств напишите разделы ${PRACTICE_SECTIONS.map((s) => `«## ${s}»`).join(', ')}`,
				),
			);
		} else {
			const headings = new Set([...file.body.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1]));
			const missing = PRACTICE_SECTIONS.filter((section) => !headings.has(section));
			if (missing.length) {
				issues.push(
					context.at(
						file,
						[],
						`в тексте не хватает разделов: ${missing.map((s) => `«## ${s}»`).join(', ')}; добавьте их заголовками второго уровня`,
					),
				);
			}
			const empty = emptySections(file.body).filter((section) =>
				(PRACTICE_SECTIONS as readonly string[]).includes(section.title),
			);
			if (empty.length)
				issues.push(
					context.inBody(
						file,
						empty[0]?.line ?? 1,
						`пустые разделы текста ${empty.map((s) => `«## ${s.title}»`).join(', ')}: напишите их по источнику`,
					),
				);
		}
	}
	return issues;
};
