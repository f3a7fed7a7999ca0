import { firstLookAlikes } from '../title-similarity.ts';
import type { ContentIssue, ParsedEntry, Rule } from '../rule-context.ts';

/** Titles at least this alike within one municipality look like the same practice twice (the import uses it too). */
export const DUPLICATE_TITLE_SIMILARITY = 0.75;

/** A warning at a practice whose title looks like another's of the same municipality: the same practice entered twice. */
export const lookAlikes: Rule = (context) => {
	const issues: ContentIssue[] = [];
	// Compare titles only within each municipality; within one, only titles that share rare trigrams.
	const byMunicipality = new Map<string, ParsedEntry<'practices'>[]>();
	for (const entry of context.parsed('practices')) {
		if (entry.segments.length !== 2) continue;
		// Each municipality once: one listed twice (an error of its own) must not make the practice look like itself.
		for (const m of new Set(entry.data.municipalities.length ? entry.data.municipalities : [entry.segments[0] ?? ''])) {
			const group = byMunicipality.get(m);
			if (group) group.push(entry);
			else byMunicipality.set(m, [entry]);
		}
	}
	const reported = new Set<string>();
	for (const group of byMunicipality.values()) {
		for (const [i, twin] of firstLookAlikes(
			group.map((e) => e.data.title),
			DUPLICATE_TITLE_SIMILARITY,
		).entries()) {
			const a = twin === undefined ? undefined : group[twin];
			const b = group[i];
			if (!a || !b || reported.has(b.file.file)) continue;
			reported.add(b.file.file);
			issues.push(
				context.keepInDraft(
					context.at(
						b.file,
						['title'],
						`похоже на ту же практику, что и ${a.file.file} («${a.data.title}»): если это она, дополните ту запись вместо новой`,
						'warning',
					),
				),
			);
		}
	}
	return issues;
};
