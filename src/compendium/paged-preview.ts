import { Previewer, type Polisher } from 'pagedjs';
import { countRu } from '../site/plural.ts';

/**
 * In the reader's browser, on a compendium page: lays the compendium out in A4 pages with Paged.js
 * (Chromium prints `@page` margin boxes itself but not `target-counter()`, which the contents' page
 * numbers need), then offers «Печать / сохранить в PDF». Paged.js writes the CSS it derives into
 * `<style>` elements, which the site's Content-Security-Policy refuses (only hashed styles may be
 * inline); here it writes them into constructed style sheets instead, which the policy does not govern.
 * `<html data-paged>` says where it is: `working`, `ready` or `failed` (tests wait for `ready`).
 */

/** Style sheets made from text and adopted by the document, in the order Paged.js inserts them. */
function adoptedSheet(text = ''): { sheet: CSSStyleSheet; remove(): void } {
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(text);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	return {
		sheet,
		remove: () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)),
	};
}

/** Paged.js's Polisher, writing into constructed sheets rather than `<style>` elements. */
function withoutInlineStyles(polisher: Polisher): void {
	const setup = polisher.setup;
	polisher.insert = (text) => adoptedSheet(text);
	polisher.setup = function (this: Polisher) {
		// Inserts Paged.js's base styles (through insert() above), then makes an empty <style> for the
		// rules it adds while paging; those go into a constructed sheet after the base instead.
		setup.call(this);
		this.styleEl.remove();
		const rules = adoptedSheet();
		this.styleEl = rules;
		this.styleSheet = rules.sheet;
		return rules.sheet;
	};
}

async function paginate(): Promise<void> {
	const source = document.querySelector<HTMLElement>('[data-compendium]');
	const target = document.querySelector<HTMLElement>('[data-paged-preview]');
	const status = document.querySelector<HTMLElement>('[data-paged-status]');
	const button = document.querySelector<HTMLButtonElement>('[data-print]');
	if (!source || !target || !status || !button) return;
	const root = document.documentElement;
	root.dataset['paged'] = 'working';
	// Shown only with JavaScript, and pressed only once the pages are laid out: printed earlier, half would be missing.
	button.hidden = false;
	button.disabled = true;
	button.addEventListener('click', () => window.print());
	status.textContent = 'Готовим страницы к печати…';

	const previewer = new Previewer();
	withoutInlineStyles(previewer.polisher);
	let pages = 0;
	previewer.on('page', () => {
		pages += 1;
		if (pages % 10 === 0)
			status.textContent = `Готовим страницы к печати: ${countRu(pages, ['страница', 'страницы', 'страниц'])}…`;
	});
	// Paged.js waits for every photo to load before it measures a page, and a lazy photo on a page
	// beyond the screen would never load: in a compendium every photo is for print, so all load now.
	for (const img of source.querySelectorAll('img')) img.loading = 'eager';
	const content = document.createElement('template');
	// The whole <main>, not its children: the compendium's styles select within `.compendium`.
	content.content.append(source);
	try {
		const flow = await previewer.preview(content.content, previewer.removeStyles(), target);
		status.textContent = `Сборник готов к печати: ${countRu(flow.total, ['страница', 'страницы', 'страниц'])} А4. Нажмите «Печать / сохранить в PDF» и выберите принтер или «Сохранить как PDF».`;
		root.dataset['paged'] = 'ready';
		button.disabled = false;
	} catch (error) {
		status.textContent = `Не удалось разложить сборник по страницам (${error instanceof Error ? error.message : String(error)}). Печать из браузера работает и так, но в содержании не будет номеров страниц.`;
		root.dataset['paged'] = 'failed';
		button.disabled = false;
		// The text back on screen, as laid out so far or not at all.
		target.replaceChildren();
		target.before(source);
		throw error;
	}
}

void paginate();
