import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { checkMdxBody } from './mdx-safety.ts';
import { photoWidth } from './photo-rules.ts';
import type { PracticeView } from '../site/site-data.ts';

/** Every photo beside a practice, imported lazily: only the ones a text shows are processed. */
const files = import.meta.glob<ImageMetadata>('@content/practices/*/*.{jpg,jpeg,png,webp,JPG,JPEG,PNG,WEBP}', {
	import: 'default',
});
// Vite names each file by its path from the project's root; `<owner>/<file>` is the part that matters.
const byName = new Map(Object.entries(files).map(([key, load]) => [key.split('/').slice(-2).join('/'), load]));

/** A photo of a practice as open data and other pages give it. */
export interface PracticePhoto {
	/** Address of the photo as the card shows it (WebP, at most 1200 px wide), from the site's root. */
	url: string;
	width: number;
	height: number;
	/** What the photo shows, as the curator described it. */
	alt: string;
	caption?: string;
	credit?: string;
}

/**
 * The photos a practice text shows, in order, with the same file and size as on its card. Texts
 * without `![` have none, so the corpus is not parsed a second time to find out.
 */
export async function practicePhotos(view: PracticeView): Promise<PracticePhoto[]> {
	const body = view.entry.body ?? '';
	if (!body.includes('![')) return [];
	const photos: PracticePhoto[] = [];
	for (const image of checkMdxBody(body).images) {
		const load = byName.get(`${view.owner}/${image.url}`);
		if (!load) continue;
		const src = await load();
		const width = photoWidth(src.width);
		const served = await getImage({ src, width, format: 'webp' });
		const { caption, credit } = image;
		photos.push({
			url: served.src,
			width,
			height: Math.round((src.height * width) / src.width),
			alt: image.alt,
			...(caption ? { caption } : {}),
			...(credit ? { credit } : {}),
		});
	}
	return photos;
}
