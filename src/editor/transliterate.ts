// Hand-made: every id already in content/ follows this one table (х → kh, й → y, щ → shch); a package with
// another table would name new files unlike the old ones.
const TABLE: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
};

/** Russian letters in Latin, the way the project's file names are written: «Яркие берега» → «yarkie berega». */
export function transliterate(text: string): string {
	return [...text.toLowerCase()].map((c) => TABLE[c] ?? c).join('');
}

/**
 * A file name for a title: Latin kebab-case, at most `max` characters, cut at a word boundary.
 * «Городской конкурс „Фабрика народных инициатив“» → «gorodskoy-konkurs-fabrika-narodnykh-initsiativ».
 */
export function slugify(title: string, max = 60): string {
	const slug = transliterate(title)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max + 1);
	return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max);
}
