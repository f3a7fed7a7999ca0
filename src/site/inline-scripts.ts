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

/** On the editor's page: Decap CMS waits for our configuration instead of fetching config.yml. */
export const CMS_MANUAL_INIT_SCRIPT = 'window.CMS_MANUAL_INIT=true;';

/** CSP source expressions for the scripts above. */
export function inlineScriptHashes(): `sha256-${string}`[] {
	return [A11Y_APPLY_SCRIPT, A11Y_TOGGLE_SCRIPT, CMS_MANUAL_INIT_SCRIPT].map(
		(script) => `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}` as const,
	);
}
