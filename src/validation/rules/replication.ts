import type { ContentIssue, Rule } from '../rule-context.ts';

/** A repeat is by a municipality that does not carry the practice out already, and its figures come from its own source. */
export const replication: Rule = (context) => {
	const issues: ContentIssue[] = [];
	/** The municipalities that carry out each practice, as its file says: a replication by one of them is refused. */
	const carriersOf = new Map(
		context.files
			.filter((f) => f.collection === 'practices' && !f.draft)
			.map((f) => {
				const listed = (f.data as { municipalities?: unknown } | null | undefined)?.municipalities;
				return [f.id, Array.isArray(listed) ? listed.map(String) : []];
			}),
	);
	for (const { file, data } of context.parsed('replications')) {
		if (carriersOf.get(data.practice)?.includes(data.municipality)) {
			issues.push(
				context.at(
					file,
					['municipality'],
					`муниципалитет «${data.municipality}» сам проводит практику «${data.practice}» (он указан в её municipalities), а повтор — это когда практику перенял другой муниципалитет: укажите в municipality тот, что её повторил; новое о своей практике внесите в её файл`,
				),
			);
		}
		for (const [index, result] of data.results.entries()) {
			if (result.source !== data.source) {
				issues.push(
					context.at(
						file,
						['results', index, 'source'],
						`источник «${result.source}» этой цифры — не источник повтора («${data.source}»): укажите у цифры source: ${data.source} или, если цифра из другого документа, сделайте источником повтора его`,
					),
				);
			}
		}
	}
	return issues;
};
