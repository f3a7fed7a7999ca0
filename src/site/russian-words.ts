/**
 * Russian words as the site compares them: ё folded into е, words split at anything but letters and
 * digits, function words that say nothing of a subject, a stem, and the rough stems two texts are compared by. Used by search (in the browser too),
 * need matching, «Похожие практики», abbreviations on a card and the look-alike title check.
 */
import { stemmer } from '@orama/stemmers/russian';

/** ё as е, in either case: texts write «ё» or not, and Pagefind treats the two alike too. */
export function foldYo(text: string): string {
	return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/** Lower case with ё as е: the form in which two words are compared. */
export function normalise(text: string): string {
	return foldYo(text.toLocaleLowerCase('ru'));
}

/** Words of a text as written, without punctuation: runs of letters and digits. */
export function words(text: string): string[] {
	return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Russian function words and question words that carry no subject of their own (lower case, ё as written or
 * as е). Our own list: Snowball's (@orama/stopwords) lacks «почему», «нужно», «хочу», «это» that questions
 * to the search are made of, and drops «человек», «жизнь», «два», «лучше», which can be the subject.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	(
		'а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до ' +
		'его ее её если есть еще ещё же за зачем здесь и из или им их к как какая какие каким какой ' +
		'когда кто ли либо между меня мне можно мой мы на над надо наш наши не него нее неё нет ни них но ' +
		'ну нужно о об около от по под почему при про с со так также там то того тоже только том тот ту ' +
		'у уже хочу чего чем через что чтобы чьи эта эти это этот я'
	).split(' '),
);

/** Whether a word, in any case, is a function word. */
export function isStopWord(word: string): boolean {
	return STOP_WORDS.has(normalise(word));
}

/**
 * The word's stem by the Snowball Russian stemmer (the algorithm Pagefind's index uses too), of its
 * lower-case form with ё as е: «двора», «дворы» → «двор»; «детский», «детская» → «детск».
 */
export function stem(word: string): string {
	return stemmer(normalise(word));
}

/** Beginnings of words too common in municipal texts to say that two of them are about the same thing. */
const GENERIC_PREFIXES = ['год', 'город', 'муниц', 'админ', 'работ'];

/**
 * Letters a rough stem keeps: the stem cut to six letters makes words of one root alike too («молодёжь» and
 * «молодёжный», «организация» and «организатор»), which is what two texts on one subject share.
 */
const ROUGH_STEM_LETTERS = 6;

/**
 * Rough Russian stems of the content words of a text (the word's stem, cut to six letters), each with the word
 * as written: what need matching and «Похожие практики» compare two texts by.
 */
export function roughStems(text: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const word of words(text)) {
		if (word.length < 4 || isStopWord(word)) continue;
		const rough = stem(word).slice(0, ROUGH_STEM_LETTERS);
		if (GENERIC_PREFIXES.some((prefix) => rough.startsWith(prefix))) continue;
		if (!found.has(rough)) found.set(rough, word.toLowerCase());
	}
	return found;
}
