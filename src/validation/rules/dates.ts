import type { ContentIssue, Rule } from '../rule-context.ts';

/** Dates that have not come yet are plans, and must say so; a check date cannot be in the future. */
export const dates: Rule = (context) => {
	const issues: ContentIssue[] = [];
	const future = (date: unknown) => typeof date === 'string' && date > context.todayIso.slice(0, date.length);
	for (const { file, data } of context.entries) {
		if (!data) continue;
		const add = (path: readonly PropertyKey[], message: string) => issues.push(context.at(file, path, message));
		if (future(data['lastConfirmed']))
			add(
				['lastConfirmed'],
				`дата сверки ${String(data['lastConfirmed'])} ещё не наступила: укажите день, когда запись сверили с источником`,
			);
		if (future(data['published'])) add(['published'], `дата публикации ${String(data['published'])} ещё не наступила`);
		if (file.collection === 'practices') {
			const asOf = data['statusAsOf'];
			if (typeof asOf === 'number' && asOf > context.thisYear) {
				add(
					['statusAsOf'],
					`${asOf} год ещё не наступил, а статус верен только на год, о котором уже сказал источник: укажите в statusAsOf год из источника статуса, не позже ${context.thisYear}`,
				);
			}
			const period = data['period'] as { start?: string } | undefined;
			if (future(period?.start) && data['status'] !== 'планируется') {
				add(
					['period', 'start'],
					`практика начинается в будущем (${period?.start}): поставьте status: планируется или исправьте дату`,
				);
			}
		}
		if (file.collection === 'replications') {
			const year = data['year'] as number;
			if (year > context.thisYear)
				add(
					['year'],
					`${year} год ещё не наступил: повтор записывают, когда муниципалитет уже взялся за практику; исправьте год`,
				);
			const start = (data['period'] as { start?: string } | undefined)?.start;
			if (future(start))
				add(
					['period', 'start'],
					`повтор начинается в будущем (${start}): запишите его, когда он начнётся, или исправьте дату`,
				);
		}
		if (file.collection === 'practices' || file.collection === 'replications') {
			for (const [index, result] of ((data['results'] as { year: number; planned: boolean }[]) ?? []).entries()) {
				if (result.year > context.thisYear && !result.planned) {
					add(
						['results', index, 'year'],
						`${result.year} год ещё не наступил: если это план, добавьте planned: true, иначе исправьте год`,
					);
				}
			}
		}
		for (const [index, award] of (
			(data['awards'] as { year?: number; reported?: string }[] | undefined) ?? []
		).entries()) {
			if (award.year !== undefined && award.year > context.thisYear)
				add(
					['awards', index, 'year'],
					`${award.year} год ещё не наступил: награду записывают, когда она уже получена; исправьте год`,
				);
			if (future(award.reported))
				add(
					['awards', index, 'reported'],
					`дата ${award.reported} ещё не наступила: укажите, когда источник сообщил о награде`,
				);
		}
		const population = data['population'] as { year: number } | undefined;
		if (population && population.year > context.thisYear) {
			add(
				['population', 'year'],
				`численность на ${population.year} год ещё не известна: укажите год, за который её даёт источник`,
			);
		}
		if (file.collection === 'events' && future(data['start']) && data['planned'] !== true) {
			add(['start'], `событие в будущем (${String(data['start'])}): добавьте planned: true или исправьте дату`);
		}
	}
	return issues;
};
