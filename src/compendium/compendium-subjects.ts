import { memoize } from '../site/memo.ts';
import { practicesWith, type PracticeView, type SiteData } from '../site/site-data.ts';
import { partSize, splitByYear, type CompendiumKind, type CompendiumPart } from './compendium.ts';

/** A topic, region or event with the practices its compendium prints, split into parts when too many. */
export interface CompendiumSubject {
	kind: CompendiumKind;
	id: string;
	/** «Благоустройство», «Липецкая область», «V съезд ВАРМСУ». */
	name: string;
	/** Every practice of the subject, newest first. */
	practices: PracticeView[];
	/** One part with an empty id when all fit in one volume; otherwise the parts, newest years first. */
	parts: CompendiumPart<PracticeView>[];
}

/** Every topic, region and event that has practices, with them, computed once per build. */
export const compendiumSubjects = memoize((data: SiteData): CompendiumSubject[] => {
	const size = partSize();
	const subject = (kind: CompendiumKind, id: string, name: string): CompendiumSubject => {
		const practices = practicesWith(data, kind, id);
		return { kind, id, name, practices, parts: splitByYear(practices, (p) => p.year, size) };
	};
	return [
		...data.topics.map((t) => subject('topics', t.id, t.data.name)),
		...data.regions.map((r) => subject('regions', r.id, r.data.name)),
		...data.events.map((e) => subject('events', e.id, e.data.title)),
	].filter((s) => s.practices.length > 0);
});
