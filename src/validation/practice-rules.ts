/**
 * Words that make a statement a rule of a practice — how often, how many in each unit — rather than
 * what it achieved: «по 5 от каждого района», «три волны в год», «ежегодно». Results say what came of a
 * practice in a year; its rules belong in «Как это работает». Hand-written: no package tells a rule
 * from a result in Russian, and these few patterns are the ones a content review found filed as
 * results (issue 24).
 */
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const RULE_WORDS = [
	// «в каждом районе», «каждые выходные»
	'кажд(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)',
	// «ежегодно», not the adjective of «12 ежемесячных планов», which is a count
	'еже(?:годно|месячно|недельно|дневно|квартально)',
	// «три волны в год», not «за год», which dates a result
	'в (?:год|месяц|неделю|квартал)',
	// «за календарный год», «в одном календарном году»
	'(?:за|в|в течение) (?:одн(?:ом|ин) )?календарн\\p{L}* год\\p{L}*',
	// a quota: «по 5 от каждого района», «по два на школу»
	'по (?:\\d+|одному|одной|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять) (?:от|на|из|с|в)',
];
const RULE = new RegExp(`${NOT_LETTER_BEFORE}(?:${RULE_WORDS.join('|')})${NOT_LETTER_AFTER}`, 'iu');

/** The words of `text` that make it read as a rule of the practice, outside «…» (titles and quotes); `undefined` if none. */
export function ruleWords(text: string): string | undefined {
	return RULE.exec(text.replace(/«[^«»]*»/g, '«»'))?.[0];
}

/** The lines of a practice body's «## Результаты» section that state a rule, numbered from 1 within the body. */
export function rulesInResultsSection(body: string): { line: number; words: string }[] {
	const found: { line: number; words: string }[] = [];
	let inResults = false;
	for (const [index, text] of body.split(/\r?\n/).entries()) {
		const heading = /^##\s+(.+?)\s*$/.exec(text);
		if (heading) {
			inResults = heading[1] === 'Результаты';
			continue;
		}
		const words = inResults ? ruleWords(text) : undefined;
		if (words) found.push({ line: index + 1, words });
	}
	return found;
}
