import { SLUG_PATTERN } from '../../schemas/common.ts';
import type { ContentFile } from '../content-files.ts';
import { publishedSegments, type ContentIssue, type Rule } from '../rule-context.ts';

/**
 * File names: no two that differ only in case, each part of an id in Latin kebab-case, and every practice
 * in the folder of its owner.
 */
export const fileNames: Rule = (context) => {
	const issues: ContentIssue[] = [];
	const seen = new Map<string, ContentFile>();
	for (const file of context.files) {
		// Windows and macOS do not tell «Yarkie-berega» from «yarkie-berega»; the site would.
		const key = `${file.collection}/${file.id.toLowerCase()}`;
		const twin = seen.get(key);
		if (twin) {
			issues.push({
				severity: 'error',
				file: file.file,
				field: '',
				message: `имя совпадает с ${twin.file} (без учёта регистра): переименуйте один из файлов`,
			});
		} else seen.set(key, file);
		if (file.data === undefined) continue;

		const segments = publishedSegments(file);
		for (const segment of segments) {
			if (!SLUG_PATTERN.test(segment)) {
				issues.push(
					context.at(
						file,
						[],
						`имя «${segment}» должно быть латиницей в нижнем регистре через дефис, например «yarkie-berega»; переименуйте файл или папку`,
					),
				);
			}
		}
		if (file.collection === 'practices' && segments.length !== 2) {
			issues.push(
				context.at(
					file,
					[],
					'практика должна лежать в папке своего муниципального образования: content/practices/<муниципалитет>/<название>.mdx',
				),
			);
		}
	}
	return issues;
};
