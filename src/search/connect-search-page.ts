/**
 * The search page's own script (src/pages/search.astro): wires Pagefind's Component UI to the page: the
 * query, facets and order in the address, the count of results, «Показать ещё», the note on a relaxed
 * search and the empty state. Runs in the browser; the page's `<script>` imports it and Astro bundles it.
 */
import { chosenCount, filtersFromParams, paramsFromState, sortOption } from './search-facets.ts';
import {
	focusAgainAfterRedraw,
	moreLabel,
	relaxedNote,
	renderResult,
	renderSuggestions,
	RESULTS_PAGE,
	type ResultData,
	type Suggestions,
} from './search-page.ts';
import { countRu } from '../site/plural.ts';
import { FILTERS_READY } from './engine/search-events.ts';
import type { Relaxed } from './engine/relaxed-search.ts';

/** The part of a Pagefind Component UI instance the page uses. */
interface Instance {
	searchTerm: string;
	searchFilters: Record<string, unknown>;
	searchSort: Record<string, string>;
	on: (event: string, callback: (...args: never[]) => void) => void;
	triggerSearch: (term: string) => void;
	triggerSearchWithFilters: (term: string, filters: Record<string, string[]>) => void;
	triggerLoad: () => Promise<void>;
}
interface Components {
	getInstanceManager: () => { getInstance: (name: string) => Instance };
}

/** Connects the page to the Component UI's default instance once Pagefind's elements are defined. */
export async function connectSearchPage(): Promise<void> {
	const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
	const relaxed = document.querySelector<HTMLElement>('#search-relaxed')!;
	const relaxedText = document.querySelector<HTMLElement>('#search-relaxed-text')!;
	const chosen = document.querySelector<HTMLElement>('#search-refine-chosen')!;
	const empty = document.querySelector<HTMLElement>('#search-empty')!;
	const summary = document.querySelector<HTMLElement>('#search-summary')!;
	const more = document.querySelector<HTMLButtonElement>('#search-more')!;
	const suggestions = JSON.parse(document.querySelector('#search-suggestions')!.textContent ?? '{}') as Suggestions;

	await customElements.whenDefined('pagefind-results');
	const components = (window as unknown as { PagefindComponents: Components }).PagefindComponents;
	const instance = components.getInstanceManager().getInstance('default');
	const results = document.querySelector('pagefind-results') as HTMLElement & { resultTemplate: unknown };
	results.resultTemplate = renderResult;
	// Pagefind's list shows the first RESULTS_PAGE results; «Показать ещё» adds the next ones below them.
	let found: { data: () => Promise<ResultData> }[] = [];
	let shown = 0;
	function offerMore() {
		more.hidden = shown >= found.length;
		if (!more.hidden) more.textContent = moreLabel(shown, found.length);
	}

	// How many results were shown before the page searched again for the facet values, and for which search.
	let showAgain: { search: string; shown: number } | undefined;
	const searchKey = () => JSON.stringify([instance.searchTerm ?? '', instance.searchFilters ?? {}, sortSelect.value]);

	let lastUrl = '';
	let lastFilters = '';
	// Keep the query, facets and order in the address, so a search can be sent as a link and Back works.
	function saveState(term: string, filters: Record<string, unknown>) {
		const params = paramsFromState(term, filters, sortSelect.value).toString();
		const url = `${location.pathname}${params ? `?${params}` : ''}`;
		if (url === lastUrl) return;
		const filtersKey = JSON.stringify(filters);
		if (filtersKey !== lastFilters && lastUrl) history.pushState(null, '', url);
		else history.replaceState(null, '', url);
		lastUrl = url;
		lastFilters = filtersKey;
	}

	function applyUrl() {
		const params = new URLSearchParams(location.search);
		const term = params.get('q')?.trim() ?? '';
		const filters = filtersFromParams(params);
		sortSelect.value = params.get('sort') ?? '';
		instance.searchSort = sortOption(sortSelect.value);
		lastUrl = `${location.pathname}${location.search}`;
		lastFilters = JSON.stringify(filters);
		if (term || Object.keys(filters).length) instance.triggerSearchWithFilters(term, filters);
	}

	// The closed «Фильтры и порядок» says how many of its choices are in force, so a phone's reader knows the list is narrowed.
	function showChosen() {
		const count = chosenCount(instance.searchFilters ?? {}, sortSelect.value);
		chosen.textContent = count ? ` · выбрано: ${count}` : '';
	}
	instance.on('search', (term: string, filters: Record<string, unknown>) => {
		saveState(term ?? '', filters ?? {});
		showChosen();
	});
	instance.on('results', (response: { results: { data: () => Promise<ResultData> }[]; relaxed?: Relaxed }) => {
		const term = instance.searchTerm?.trim() ?? '';
		const none = Boolean(term) && response.results.length === 0;
		const count = countRu(response.results.length, ['результат', 'результата', 'результатов']);
		// The query is in the field just above: on screen the count alone, for screen readers the whole sentence.
		summary.textContent = term || response.results.length ? count : '';
		if (term) {
			const query = document.createElement('span');
			query.className = 'visually-hidden';
			query.textContent = ` по запросу «${term}»`;
			summary.append(query);
		}
		empty.hidden = !none;
		found = response.results;
		shown = Math.min(RESULTS_PAGE, found.length);
		offerMore();
		if (showAgain?.search === searchKey()) void showUpTo(showAgain.shown);
		showAgain = undefined;
		if (none) renderSuggestions(term, suggestions, empty);
		if (response.relaxed) relaxedText.textContent = relaxedNote(response.relaxed);
		relaxed.hidden = !response.relaxed;
	});
	sortSelect.addEventListener('change', () => {
		instance.searchSort = sortOption(sortSelect.value);
		saveState(instance.searchTerm ?? '', instance.searchFilters ?? {});
		showChosen();
		instance.triggerSearch(instance.searchTerm ?? '');
	});
	// The next results go below the shown ones, in Pagefind's list, numbered as it numbers its own for the
	// arrow keys. Pagefind's list empties itself at the next search. Resolves with the first added link.
	async function showUpTo(upTo: number): Promise<HTMLAnchorElement | null> {
		const list = results.querySelector('.pf-results');
		const from = shown;
		const next = found.slice(from, upTo);
		const searched = found;
		if (!list || !next.length) return null;
		more.disabled = true;
		const texts = await Promise.all(next.map((result) => result.data()));
		more.disabled = false;
		if (found !== searched) return null;
		const items = document.createElement('template');
		items.innerHTML = texts.map(renderResult).join('');
		[...items.content.children].forEach((item, i) => item.setAttribute('data-pf-result-index', String(from + i)));
		const firstLink = items.content.querySelector('a');
		list.append(items.content);
		shown = from + next.length;
		offerMore();
		return firstLink;
	}
	// Focus moves to the first of the added results, so a keyboard or screen reader user goes on from there.
	more.addEventListener('click', async () => (await showUpTo(shown + RESULTS_PAGE))?.focus());
	window.addEventListener('popstate', applyUrl);
	// Facet values load after the first results (see engine/pagefind-api.ts); search again to show them.
	// Pagefind then draws the list anew: a reader who has tabbed to a result gets it back, focused.
	// The results «Показать ещё» had added are shown again too, so the reader's place is still there.
	window.addEventListener(FILTERS_READY, () => {
		const term = instance.searchTerm ?? '';
		const filters = (instance.searchFilters ?? {}) as Record<string, string[]>;
		if (!term && !Object.keys(filters).length) return;
		showAgain = shown > RESULTS_PAGE ? { search: searchKey(), shown } : undefined;
		focusAgainAfterRedraw(results);
		instance.triggerSearchWithFilters(term, filters);
	});
	applyUrl();
	// Pagefind's engine and index metadata (about 270 KB gzip at 20,000 practices) load while the reader
	// reads the page rather than after the first word typed; Pagefind's own loader, which the search box
	// starts on focus. The index words and results still load only for what is typed.
	void instance.triggerLoad();
}
