import { createHash } from 'node:crypto';

/**
 * The only inline scripts of the site. They live here as strings so the Content-Security-Policy can
 * allow exactly them by hash (`astro.config.mjs`), and pages render them verbatim.
 */

/** In `<head>`: applies the version for the visually impaired before the first paint. */
export const A11Y_APPLY_SCRIPT =
	"try{if(localStorage.getItem('a11y')==='on')document.documentElement.dataset.a11y='on'}catch(e){}";

/** After the header: shows the switch (useless without JavaScript) and remembers the choice. */
export const A11Y_TOGGLE_SCRIPT = `(function(){var b=document.getElementById('a11y-toggle'),r=document.documentElement;if(!b)return;
function show(on){b.setAttribute('aria-pressed',String(on));b.lastChild.textContent=on?'Обычная версия':'Версия для слабовидящих'}
b.hidden=false;show(r.dataset.a11y==='on');
b.addEventListener('click',function(){var on=r.dataset.a11y!=='on';if(on)r.dataset.a11y='on';else delete r.dataset.a11y;
try{localStorage.setItem('a11y',on?'on':'off')}catch(e){}show(on)})})();`;

/**
 * After the header, on a phone, where the search form and the menu open from buttons (`<details>`): the
 * search field takes focus when its panel opens, and Escape closes a panel and returns to its button.
 * Without it the panels still open and close; this only saves a tap and gives the keyboard a way out.
 */
export const HEADER_PANELS_SCRIPT = `document.querySelectorAll('.site-header details').forEach(function(d){var s=d.querySelector('summary');
d.addEventListener('toggle',function(){var f=d.querySelector('input');if(d.open&&f&&getComputedStyle(s).display!=='none')f.focus()});
d.addEventListener('keydown',function(e){if(e.key==='Escape'&&d.open&&getComputedStyle(s).display!=='none'){d.open=false;s.focus()}})});`;

/** On the editor's page: Decap CMS waits for our configuration instead of fetching config.yml. */
export const CMS_MANUAL_INIT_SCRIPT = 'window.CMS_MANUAL_INIT=true;';

/** CSP source expressions for the scripts above. */
export function inlineScriptHashes(): `sha256-${string}`[] {
	return [A11Y_APPLY_SCRIPT, A11Y_TOGGLE_SCRIPT, HEADER_PANELS_SCRIPT, CMS_MANUAL_INIT_SCRIPT].map(
		(script) => `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}` as const,
	);
}
