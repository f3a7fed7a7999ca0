import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { imageSize } from 'image-size';
import { extensionOf, PHOTO_MAX_BYTES, PHOTO_MAX_SIDE } from './photo-rules.ts';

/** The types image-size reports for each allowed extension. */
const TYPES: Record<string, string> = { jpg: 'jpg', jpeg: 'jpg', png: 'png', webp: 'webp' };

/** Bytes read to find a photo's size: JPEG puts its size after the EXIF block, which is under 64 KB. */
const HEADER_BYTES = 256 * 1024;

/**
 * What is wrong with the photo file a practice text shows, in Russian, or `undefined` if nothing:
 * missing, too large, too many pixels, or not the image type its extension says.
 */
export function checkPhotoFile(path: string, name: string): string | undefined {
	let bytes: number;
	try {
		const stat = statSync(path);
		if (!stat.isFile()) throw new Error('not a file');
		bytes = stat.size;
	} catch {
		return `нет файла фото «${name}» рядом с практикой: положите его в ту же папку, что и файл практики, или исправьте имя (с учётом заглавных букв)`;
	}
	if (bytes > PHOTO_MAX_BYTES) {
		return `фото «${name}» весит ${(bytes / 1024 / 1024).toFixed(1)} МБ, а можно не больше ${PHOTO_MAX_BYTES / 1024 / 1024} МБ: уменьшите его (например, до 2000 пикселей по длинной стороне) и сохраните снова`;
	}
	const header = Buffer.alloc(Math.min(bytes, HEADER_BYTES));
	const fd = openSync(path, 'r');
	try {
		readSync(fd, header, 0, header.length, 0);
	} finally {
		closeSync(fd);
	}
	let size: { width?: number; height?: number; type?: string };
	try {
		size = imageSize(header);
	} catch {
		return `файл «${name}» не читается как фото JPEG, PNG или WebP: откройте его в графическом редакторе и сохраните в одном из этих форматов`;
	}
	const expected = TYPES[extensionOf(name)];
	if (size.type !== expected) {
		return `файл «${name}» на самом деле в формате ${size.type?.toUpperCase() ?? 'неизвестном'}, а не ${extensionOf(name).toUpperCase()}: сохраните его как JPEG, PNG или WebP с правильным расширением`;
	}
	const { width = 0, height = 0 } = size;
	if (width > PHOTO_MAX_SIDE || height > PHOTO_MAX_SIDE) {
		return `фото «${name}» — ${width}×${height} пикселей, а по каждой стороне можно не больше ${PHOTO_MAX_SIDE}: уменьшите его и сохраните снова`;
	}
	return undefined;
}
