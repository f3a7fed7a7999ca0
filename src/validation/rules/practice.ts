import type { PracticeStatus } from '../../schemas/practice.ts';
import { ruleWords } from '../practice-rules.ts';
import type { ContentIssue, Rule } from '../rule-context.ts';

/** What a status says of a practice, for the message that asks for its source. */
const STATUS_CLAIMS: Record<PracticeStatus, string> = {
	действует: 'действует',
	завершена: 'завершена',
	пилот: 'идёт в пилотном режиме',
	планируется: 'планируется',
};

/**
 * A practice's properties agree with each other: the year and the source of its status, its folder among
 * its owners, its lists apart, and every figure from a source it cites and not a rule of the practice.
 */
export const practice: Rule = (context) => {
	const issues: ContentIssue[] = [];
	/** Publication dates of the sources, for the year a practice's status is known for. */
	const sourcePublished = new Map(
		context.files
			.filter((f) => f.collection === 'sources')
			.map((f) => {
				const published = (f.data as { published?: unknown } | null | undefined)?.published;
				return [f.id, published === undefined || published === null ? undefined : String(published)];
			}),
	);
	for (const { file } of context.entries) {
		if (file.collection !== 'practices') continue;
		// On the data as written, so a draft missing other fields is told this too.
		const raw = file.data as {
			status?: unknown;
			statusAsOf?: unknown;
			statusSource?: unknown;
			sources?: { source?: unknown }[];
		};
		const named = typeof raw.statusSource === 'string' ? raw.statusSource : undefined;
		const statusSource = named ?? (Array.isArray(raw.sources) ? raw.sources[0]?.source : undefined);
		if (
			raw.statusAsOf === undefined &&
			typeof statusSource === 'string' &&
			typeof raw.status === 'string' &&
			context.ids.get('sources')?.has(statusSource) &&
			!sourcePublished.get(statusSource)
		) {
			const which = named === undefined ? 'первый источник' : 'источник статуса';
			issues.push(
				context.at(
					file,
					['status'],
					`не указано, на какой год верен статус «${raw.status}»: ${which} («${statusSource}») без даты; добавьте строку «statusAsOf: <год>» — год, о котором говорит источник`,
				),
			);
		}
	}
	for (const { file, data, segments } of context.parsed('practices')) {
		if (segments.length !== 2) continue;
		const add = (path: readonly PropertyKey[], message: string) => issues.push(context.at(file, path, message));
		const owner = segments[0] ?? '';
		const owners = [...data.municipalities, ...data.regions, ...data.associations];
		if (!owners.includes(owner)) {
			add(
				['municipalities'],
				`папка «${owner}» должна быть одним из исполнителей практики: укажите её в municipalities (или в regions/associations для региональной практики) либо перенесите файл в папку ведущего муниципалитета`,
			);
		}
		for (const [index, id] of data.related.entries()) {
			if (id === file.id)
				add(
					['related', index],
					`практика указана в собственном списке related: уберите «${id}», там перечисляются другие практики`,
				);
		}
		for (const [index, id] of data.participants.entries()) {
			if (data.municipalities.includes(id)) {
				add(
					['participants', index],
					`«${id}» указан и в municipalities (проводит практику), и в participants (только участвует): оставьте его в одном из списков, как сказано в источнике`,
				);
			}
		}
		const cited = new Set(data.sources.map((s) => s.source));
		if (data.statusSource === undefined && data.status !== 'планируется') {
			// Said at the status, which is what the curator wrote; the field to add is statusSource.
			issues.push({
				...context.at(
					file,
					['status'],
					`не указано, какой источник подтверждает статус «${data.status}»: добавьте строку «statusSource: <id>» — id того документа из sources, где сказано, что практика ${STATUS_CLAIMS[data.status]}; без источника можно оставить только статус «планируется»`,
				),
				field: 'statusSource',
			});
		}
		if (data.statusSource !== undefined && !cited.has(data.statusSource)) {
			add(
				['statusSource'],
				`источник статуса «${data.statusSource}» не указан в списке sources практики; добавьте его туда или укажите в statusSource один из источников практики`,
			);
		}
		for (const [index, result] of data.results.entries()) {
			if (!cited.has(result.source)) {
				add(
					['results', index, 'source'],
					`источник «${result.source}» этой цифры не указан в списке sources практики; добавьте его туда`,
				);
			}
			const rule = ruleWords(result.measure);
			if (rule) {
				add(
					['results', index, 'measure'],
					`«${result.measure}» — правило практики («${rule}»), а не её итог: в results пишите, чего практика достигла в ${result.year} году (план — с planned: true), а правило перенесите в раздел «Как это работает»`,
				);
			}
		}
	}
	return issues;
};
