import type { ContentIssue, Rule } from '../rule-context.ts';

/** Dates that have not come yet are plans, and must say so; a check date cannot be in the future. */
export const dates: Rule = (context) => {
	const issues: ContentIssue[] = [];
	const future = (date: unknown) => typeof date === 'string' && date > context.todayIso.slice(0, date.length);
	for (const { file, data } of context.entries) {
		if (!data) continue;
		const add = (path: readonly PropertyKey[], message: string) => issues.push(context.at(file, path, message));
		if (future(data['lastConfirmed'])) add(['lastConfirmed'], `дата сверки ${String(data['lastConfirmed'])} ещё не наступила: укажите день, когда запись сверили с источником`);
		if (future(data['published'])) add(['published'], `дата публикации ${String(data['published'])} ещё не наступила`);
		if (file.collection === 'practices') {
			const asOf = data['statusAsOf'];
			if (typeof asOf === 'number' && asOf > context.thisYear) {
				add(['statusAsOf'], `${asOf} год ещё не наступил, а статус верен только на год, о котором уже сказал источник: укажите в statusAsOf год из источника статуса, не позже ${context.thisYear}`);
			}
			const period = data['period'] as { start?: string } | undefined;
			if (future(period?.start) && data['status'] !== 'планируется') {
				add(['period', 'start'], `практика начинается в будущем (${period?.start}): поставьте status: планируется или исправьте дату`);
			}
		}
		if (file.collection === 'replications') {
			const year = data['year'] as number;
			if (year > context.thisYear) add(['year'], `${year} год ещё не наступил: повтор записывают, когда муниципалитет уже взялся за практику; исправьте год`);
			const start = (data['period'] as { start?: string } | undefined)?.start;
			if (future(start)) add(['period', 'start'], `повтор начинается в будущем (${start}): запишите его, когда он начнётся, или исправьте дату`);
		}
		if (file.collection === 'practices' || file.collection === 'replications') {
			for (const [index, result] of ((data['results'] as { year: number; planned: boolean }[]) ?? []).entries()) {
				if (result.year > context.thisYear && !result.planned) {
					add(['results', index, 'year'], `${result.year} год ещё не наступил: если это план, добавьте planned: true, иначе исправьте год`);
				}
			}
		}
		if (file.collection === 'events' && future(data['start']) && data['planned'] !== true) {
			add(['start'], `событие в будущем (${String(data['start'])}): добавьте planned: true или исправьте дату`);
		}
	}
	return issues;
};
