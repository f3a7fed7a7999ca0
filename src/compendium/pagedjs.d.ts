/** The part of Paged.js (pagedjs 0.4, no types of its own) that the compendium preview uses. */
declare module 'pagedjs' {
	export class Polisher {
		styleSheet: CSSStyleSheet;
		styleEl: { remove(): void };
		setup(): CSSStyleSheet;
		insert(text: string): { remove(): void };
	}
	export interface Flow {
		total: number;
		performance: number;
	}
	export class Previewer {
		polisher: Polisher;
		constructor(settings?: object);
		removeStyles(doc?: Document): (string | Record<string, string>)[];
		preview(
			content?: DocumentFragment,
			stylesheets?: (string | Record<string, string>)[],
			renderTo?: HTMLElement,
		): Promise<Flow>;
		on(event: 'page', listener: (page: unknown) => void): void;
	}
}
