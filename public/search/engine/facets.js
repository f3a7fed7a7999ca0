// @ts-check
/**
 * Facet values of every indexed page, to narrow and count search results here rather than in Pagefind.
 * Once its filter files are loaded, Pagefind counts every facet value at every search, and its count is
 * quadratic: for each page of each value it scans the list of results (`get_filters` in
 * pagefind_core_search, `Vec::contains`), twice per search. At 20,000 practices that was 0.7 s for 3,344
 * results and 2 s for 12,491, in the one worker every later search waits for. Here each result's values
 * are looked up once. The file is written by scripts/search-index.ts from Pagefind's own fragments, so the
 * values are exactly the ones Pagefind would count. Plain JavaScript, served as is and imported by Node.
 */

/** The file beside Pagefind's index. */
export const FACETS_FILE = 'facets.json';

/**
 * As written: filter names, each filter's values, and the pages as one string, `id:values ...`, where
 * values are each filter's value numbers (comma-separated) in the order of `names`, separated by dots.
 * @typedef {{ names: string[], values: string[][], pages: string }} FacetsFile
 * @typedef {{ names: string[], values: string[][], pages: Map<string, Map<string, Set<string>>> }} Facets
 * @typedef {Record<string, Record<string, number>>} Counts
 */

/**
 * The file for pages' filters as Pagefind's fragments give them.
 * @param {Iterable<[string, Record<string, string[]>]>} pages page id (Pagefind's result id) and its filters
 * @returns {FacetsFile}
 */
export function encodeFacets(pages) {
	const list = [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const names = [...new Set(list.flatMap(([, filters]) => Object.keys(filters)))].sort();
	const values = names.map((name) => [...new Set(list.flatMap(([, filters]) => filters[name] ?? []))].sort());
	const numbers = values.map((of) => new Map(of.map((value, i) => [value, i])));
	const encoded = list.map(([id, filters]) => `${id}:${names.map((name, f) => (filters[name] ?? []).map((value) => numbers[f]?.get(value)).join(',')).join('.')}`);
	return { names, values, pages: encoded.join(' ') };
}

/** @param {FacetsFile} file @returns {Facets} */
export function decodeFacets(file) {
	/** @type {Facets['pages']} */
	const pages = new Map();
	for (const entry of file.pages ? file.pages.split(' ') : []) {
		const colon = entry.lastIndexOf(':');
		const groups = entry.slice(colon + 1).split('.');
		/** @type {Map<string, Set<string>>} */
		const own = new Map();
		file.names.forEach((name, f) => {
			const numbers = groups[f] ? groups[f].split(',') : [];
			if (numbers.length) own.set(name, new Set(numbers.map((n) => file.values[f]?.[Number(n)] ?? '')));
		});
		pages.set(entry.slice(0, colon), own);
	}
	return { names: file.names, values: file.values, pages };
}

/**
 * Whether a page passes Pagefind's `filters` option, read as Pagefind reads it (pagefind_core_search's
 * filter module): values of a filter and filters together must all hold, unless `any` says otherwise;
 * `none` and `not` negate; an empty list asks nothing.
 * @param {Map<string, Set<string>> | undefined} own the page's values
 * @param {unknown} filters
 */
export function pageMatches(own, filters) {
	return check(own, filters) ?? true;
}

/**
 * Whether `filters` asks for anything, so that a search must wait for the facet file.
 * @param {unknown} filters
 */
export function asksFilters(filters) {
	return check(undefined, filters) !== undefined;
}

/**
 * @param {Map<string, Set<string>> | undefined} own @param {unknown} filters
 * @returns {boolean | undefined} undefined when the filters ask nothing
 */
function check(own, filters) {
	const has = (/** @type {string} */ name, /** @type {unknown} */ value) => typeof value === 'string' && Boolean(own?.get(name)?.has(value));
	/** @param {boolean[]} checks @param {boolean} any @returns {boolean | undefined} undefined when nothing is asked */
	const collapse = (checks, any) => (checks.length === 0 ? undefined : any ? checks.some(Boolean) : checks.every(Boolean));
	const negated = (/** @type {string} */ key) => key === 'none' || key === 'not';
	const isAny = (/** @type {string} */ key) => key === 'any' || key === 'none';
	const isGroup = (/** @type {string} */ key) => ['any', 'all', 'none', 'not'].includes(key);
	/** @param {string} name @param {unknown} value @param {boolean} any @returns {boolean | undefined} */
	const byValue = (name, value, any) => {
		if (typeof value === 'string') return has(name, value);
		/** @type {(boolean | undefined)[]} */
		let checks = [];
		if (Array.isArray(value)) checks = value.map((v) => (typeof v === 'string' ? has(name, v) : v && typeof v === 'object' ? byValue(name, v, false) : undefined));
		else if (value && typeof value === 'object')
			checks = Object.entries(value).map(([key, inner]) => {
				if (!isGroup(key)) return undefined;
				const check = byValue(name, inner, isAny(key));
				return check === undefined ? undefined : negated(key) ? !check : check;
			});
		return collapse(/** @type {boolean[]} */ (checks.filter((c) => c !== undefined)), any);
	};
	/** @param {unknown} object @param {boolean} any @returns {boolean | undefined} */
	const byObject = (object, any) => {
		if (!object || typeof object !== 'object' || Array.isArray(object)) return undefined;
		const checks = Object.entries(object).map(([key, value]) => {
			let check;
			if (isGroup(key) && Array.isArray(value)) check = collapse(/** @type {boolean[]} */ (value.map((v) => byObject(v, false)).filter((c) => c !== undefined)), isAny(key));
			else if (isGroup(key) && value && typeof value === 'object') check = byObject(value, isAny(key));
			else check = byValue(key, value, false);
			return check === undefined ? undefined : negated(key) ? !check : check;
		});
		return collapse(/** @type {boolean[]} */ (checks.filter((c) => c !== undefined)), any);
	};
	return byObject(filters, false);
}

/**
 * How many of the pages have each value of each filter, zeros included, as Pagefind counts them.
 * @param {Iterable<{ id: string }>} results @param {Facets} facets @returns {Counts}
 */
export function countValues(results, facets) {
	/** @type {Counts} */
	const counts = {};
	facets.names.forEach((name, f) => {
		counts[name] = Object.fromEntries((facets.values[f] ?? []).map((value) => [value, 0]));
	});
	for (const { id } of results) {
		for (const [name, values] of facets.pages.get(id) ?? []) {
			const of = counts[name];
			if (of) for (const value of values) of[value] = (of[value] ?? 0) + 1;
		}
	}
	return counts;
}

/**
 * Pagefind's response to a search without filters, narrowed by `filters` and with the counts Pagefind
 * gives: `filters` over the narrowed results, `totalFilters` over all of them, which for a search with no
 * words (term `null`, where Pagefind's `unfilteredResultCount` is 0) Pagefind counts over no results.
 * @template {{ results: { id: string }[], unfilteredResultCount?: number }} R
 * @param {R} response @param {unknown} filters @param {Facets} facets
 * @returns {R & { filters: Counts, totalFilters: Counts }}
 */
export function narrow(response, filters, facets) {
	const results = response.results.filter((result) => pageMatches(facets.pages.get(result.id), filters));
	return { ...response, results, filters: countValues(results, facets), totalFilters: countValues(response.unfilteredResultCount ? response.results : [], facets) };
}
