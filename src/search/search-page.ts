/** What the search page shows around Pagefind's results; runs in the browser. */
import { countRu, formatNumber } from '../site/plural.ts';
import { normalise, words as wordsOf } from '../site/russian-words.ts';

/**
 * How many results the list shows at first, and how many each «Показать ещё» adds. Pagefind's result
 * list draws a placeholder and an observer for every result it is given: 3,344 of them at 20,000
 * practices took 1 s of the main thread to build and lay out, and their shimmer restyled them every frame.
 */
export const RESULTS_PAGE = 20;

/** The «show more» button's text: how many it adds, and how many of the total are shown. */
export function moreLabel(shown: number, total: number): string {
	const next = Math.min(RESULTS_PAGE, total - shown);
	return `Показать ещё ${countRu(next, ['результат', 'результата', 'результатов'])} (показаны ${formatNumber(shown)} из ${formatNumber(total)})`;
}

/**
 * What the note «Показаны результаты по части слов» says when opened: which results hold every word of the
 * query, and which words the rest were found by.
 */
export function relaxedNote({ exact, words }: { exact: number; words: string[] }): string {
	return exact
		? `Все слова запроса есть только в первых результатах (${formatNumber(exact)}), дальше — практики, где есть некоторые из слов: ${words.join(', ')}.`
		: `Ни одна практика не содержит все слова запроса сразу. Искали по словам: ${words.join(', ')}.`;
}

/**
 * When Pagefind is about to draw the results anew (the page searches again once the facet values arrive), a
 * reader on a result link must not lose their place: the link with the same address takes focus again once
 * it is drawn. Nothing is done if focus is not on a result, and the reader's own move elsewhere wins.
 */
export function focusAgainAfterRedraw(list: HTMLElement, giveUpMs = 10_000): void {
	const focused = document.activeElement;
	if (!(focused instanceof HTMLAnchorElement) || !list.contains(focused)) return;
	const href = focused.getAttribute('href');
	const observer = new MutationObserver(() => {
		const now = document.activeElement;
		// Focus is somewhere else than where the redraw left it (the body): the reader moved on.
		if (now && now !== focused && now !== document.body) return stop();
		if (focused.isConnected) return;
		const again = [...list.querySelectorAll('a')].find((link) => link.getAttribute('href') === href);
		if (again) {
			again.focus();
			stop();
		}
	});
	const timer = setTimeout(() => stop(), giveUpMs);
	function stop() {
		observer.disconnect();
		clearTimeout(timer);
	}
	observer.observe(list, { childList: true, subtree: true });
}

/** Abbreviations and topics the empty state may suggest, embedded in the page at build time. */
export interface Suggestions {
	glossary: { term: string; aliases: string[]; expansion: string; href: string }[];
	topics: { name: string; href: string }[];
}

/** The part of a Pagefind result the page uses. */
export interface ResultData {
	url: string;
	excerpt?: string;
	meta: Record<string, string | undefined>;
}

const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Pagefind's excerpt is its own HTML with `<mark>`; keep only those tags. */
const safeExcerpt = (html: string) => escapeHtml(html).replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');

/**
 * One result: title, municipality and year, the summary, and the highlighted excerpt when the match
 * is in the text rather than the summary.
 */
export function renderResult(data: ResultData): string {
	const { title = data.url, municipality, year, summary, status } = data.meta;
	const facts = [municipality, year && `${year}\u00a0г.`, status].filter(Boolean).map((f) => escapeHtml(String(f)));
	const excerpt = data.excerpt?.includes('<mark>')
		? `<p class="search-result__excerpt">…${safeExcerpt(data.excerpt)}…</p>`
		: '';
	// Pagefind puts results in a <ul>, so each one is a list item.
	return `<li class="search-result">
	<h2 class="search-result__title"><a href="${escapeHtml(data.url)}">${escapeHtml(title)}</a></h2>
	${facts.length ? `<p class="meta">${facts.join(' · ')}</p>` : ''}
	${summary ? `<p>${escapeHtml(summary)}</p>` : ''}
	${excerpt}
</li>`;
}

/**
 * A word's first five letters, lower case, ё as е: a topic shares one with a query in another form and of
 * another part of speech too («молодёжь» → «Молодёжная политика»), which the stemmer keeps apart; and the
 * stemmer would add 1.8 KB gzip to the page a phone loads first, for a state it seldom shows.
 */
const roughStem = (word: string) => normalise(word).slice(0, 5);

/** Fills the empty state: the abbreviation the query names, if any, and topics that share a word with it. */
export function renderSuggestions(term: string, suggestions: Suggestions, container: HTMLElement): void {
	const words = wordsOf(term).filter((w) => w.length > 1);
	const upper = term.toLocaleUpperCase('ru').trim();
	const glossaryHit = suggestions.glossary.find(
		(g) =>
			g.term.toLocaleUpperCase('ru') === upper ||
			g.aliases.some((a) => a.toLocaleUpperCase('ru') === upper) ||
			words.some((w) => w.toLocaleUpperCase('ru') === g.term.toLocaleUpperCase('ru')),
	);
	const glossary = container.querySelector<HTMLElement>('#search-empty-glossary');
	if (glossary) {
		glossary.hidden = !glossaryHit;
		glossary.innerHTML = glossaryHit
			? `«${escapeHtml(glossaryHit.term)}» — это ${escapeHtml(glossaryHit.expansion)}. <a href="${escapeHtml(glossaryHit.href)}">Подробнее о сокращении «${escapeHtml(glossaryHit.term)}»</a>.`
			: '';
	}
	const stems = words.filter((w) => w.length > 3).map(roughStem);
	const related = suggestions.topics.filter((t) =>
		t.name.split(/[^\p{L}]+/u).some((w) => w.length > 3 && stems.includes(roughStem(w))),
	);
	const topics = container.querySelector<HTMLElement>('#search-empty-topics');
	if (topics) {
		topics.innerHTML = (related.length ? related : suggestions.topics)
			.map((t) => `<li><a class="chip" href="${escapeHtml(t.href)}">${escapeHtml(t.name)}</a></li>`)
			.join('');
	}
}
