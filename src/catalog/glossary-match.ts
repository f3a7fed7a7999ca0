import { foldYo, normalise, stem } from '../site/russian-words.ts';

/** What glossary matching needs of a term. */
export interface GlossaryLike {
	id: string;
	term: string;
	expansion: string;
	aliases: readonly string[];
}

const LETTER = '\\p{L}\\p{N}';

/** Case-insensitive pattern for an abbreviation as a whole word: «ТОС» but not «ТОСКА». */
function abbreviationPattern(term: string): RegExp {
	const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
	return new RegExp(`(?<![${LETTER}])${escaped}(?![${LETTER}])`, 'u');
}

/**
 * Pattern for the expansion in any grammatical form: each word of four or more letters is cut to its stem
 * and may take any ending; «территориальное общественное самоуправление» also matches «территориального
 * общественного самоуправления».
 */
function expansionPattern(expansion: string): RegExp {
	const words = normalise(expansion)
		.split(/[\s,()]+/)
		.filter(Boolean);
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const parts = words.map((word) => (word.length < 4 ? escape(word) : `${escape(stem(word))}[${LETTER}]*`));
	return new RegExp(`(?<![${LETTER}])${parts.join('[\\s\\-]+')}(?![${LETTER}])`, 'u');
}

/**
 * The glossary terms a text uses, either as the abbreviation or as its expansion in any form.
 * Shown on a practice card as «Сокращения в тексте», which also lets search find the card by both.
 */
export function glossaryTermsIn<T extends GlossaryLike>(text: string, terms: readonly T[]): T[] {
	const normalised = foldYo(text);
	const lower = normalise(text);
	return terms.filter(
		(t) =>
			[t.term, ...t.aliases].some((form) => abbreviationPattern(form).test(normalised)) ||
			expansionPattern(t.expansion).test(lower),
	);
}
