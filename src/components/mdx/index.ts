import Callout from './Callout.astro';
import Figure from './Figure.astro';
import KeyFigure from './KeyFigure.astro';
import KeyFigures from './KeyFigures.astro';
import Photo from './Photo.astro';

/**
 * What practice texts may use, passed to every rendered entry (`<Content components={…} />`):
 * the authors' components by name, and `img`, which @astrojs/mdx uses for every Markdown image.
 * Validation allows exactly the names in `MDX_COMPONENTS` (src/practice-text/mdx-components.ts).
 */
export const mdxComponents = { Callout, Figure, KeyFigures, KeyFigure, img: Photo };
