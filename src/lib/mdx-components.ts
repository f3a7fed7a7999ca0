import { STATIC_COMPONENTS } from './mdx-static.ts';

/** Names of the components authors may use in practice texts; validation allows exactly these. */
export const MDX_COMPONENT_NAMES: readonly string[] = Object.keys(STATIC_COMPONENTS);
