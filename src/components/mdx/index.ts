import Callout from './Callout.astro';

/** The only components authors may use in practice texts; passed to every rendered MDX entry. */
export const mdxComponents = { Callout };
