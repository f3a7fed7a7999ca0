/** What validation requires of one author component in a practice text. */
export interface ComponentRule {
	/** Every attribute the component takes, and whether it must be given. */
	attributes: Record<string, 'required' | 'optional'>;
	/** The component may stand only inside this one. */
	parent?: string;
	/** The component holds only these components (and blank lines). */
	only?: string;
	/** The component must hold a Markdown image. */
	image?: true;
	/** The attribute that names a source id, which the practice must cite. */
	source?: string;
}

/**
 * The components authors may use in practice texts, with their attributes; validation allows exactly
 * these. The components themselves are `.astro` files in `src/components/mdx/`: this list stays free
 * of Astro imports so the validator runs in plain Node, and a test checks that both name the same set.
 */
export const MDX_COMPONENTS: Record<string, ComponentRule> = {
	Callout: { attributes: { title: 'optional' } },
	Figure: { attributes: { caption: 'required', credit: 'required' }, image: true },
	KeyFigures: { attributes: { title: 'optional' }, only: 'KeyFigure' },
	KeyFigure: {
		attributes: { value: 'required', unit: 'optional', label: 'required', year: 'optional', source: 'required' },
		parent: 'KeyFigures',
		source: 'source',
	},
};

export const MDX_COMPONENT_NAMES: readonly string[] = Object.keys(MDX_COMPONENTS);
