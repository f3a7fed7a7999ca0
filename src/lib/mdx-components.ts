/**
 * Names of the components authors may use in practice texts. `src/components/mdx/index.ts` provides
 * them to the renderer; validation allows exactly these. A test keeps the two lists equal.
 */
export const MDX_COMPONENT_NAMES: readonly string[] = ['Callout'];
