/** File types a practice photo may have, by extension (lower case). */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'] as const;

/** The largest photo file accepted: 10 MB. A larger one is a camera original that should be resized. */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/** The longest side accepted, in pixels. */
export const PHOTO_MAX_SIDE = 6000;

/** The widest a photo is served on a card: the text column at double density is narrower. */
export const PHOTO_MAX_WIDTH = 1200;

/** Narrower copies offered in `srcset` for phones and small windows. */
export const PHOTO_WIDTHS: readonly number[] = [400, 800];

/** The width a photo is served at: its own, or 1200 px at most. */
export const photoWidth = (width: number) => Math.min(width, PHOTO_MAX_WIDTH);

/** The extension of a path, lower case, without the dot. */
export const extensionOf = (path: string) => /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
