import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPhotoFile } from '../../../src/practice-text/photo-files.ts';
import { MDX_COMPONENT_NAMES } from '../../../src/practice-text/mdx-components.ts';

const dir = mkdtempSync(join(tmpdir(), 'photo-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const photo = async (name: string, width: number, height: number, format: 'jpeg' | 'png' | 'webp') => {
	const path = join(dir, name);
	await sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
		[format]()
		.toFile(path);
	return path;
};

describe('checkPhotoFile', () => {
	it('accepts a JPEG, a PNG and a WebP of ordinary size', async () => {
		expect(checkPhotoFile(await photo('a.jpg', 1600, 1200, 'jpeg'), 'a.jpg')).toBeUndefined();
		expect(checkPhotoFile(await photo('b.png', 800, 600, 'png'), 'b.png')).toBeUndefined();
		expect(checkPhotoFile(await photo('c.webp', 6000, 10, 'webp'), 'c.webp')).toBeUndefined();
	});

	it('refuses a photo over 6000 pixels on a side, saying its size', async () => {
		expect(checkPhotoFile(await photo('wide.png', 6001, 10, 'png'), 'wide.png')).toBe(
			'фото «wide.png» — 6001×10 пикселей, а по каждой стороне можно не больше 6000: уменьшите его и сохраните снова',
		);
	});

	it('refuses a file over 10 MB before reading it as an image', () => {
		const path = join(dir, 'big.jpg');
		writeFileSync(path, Buffer.alloc(10 * 1024 * 1024 + 1));
		expect(checkPhotoFile(path, 'big.jpg')).toMatch(/^фото «big\.jpg» весит 10\.0 МБ, а можно не больше 10 МБ/);
	});

	it('refuses a missing file and one that is not an image', () => {
		expect(checkPhotoFile(join(dir, 'net.jpg'), 'net.jpg')).toMatch(/^нет файла фото «net\.jpg» рядом с практикой/);
		writeFileSync(join(dir, 'text.jpg'), 'это не фото');
		expect(checkPhotoFile(join(dir, 'text.jpg'), 'text.jpg')).toMatch(/не читается как фото/);
	});
});

describe('author components', () => {
	it('validation allows exactly the components in src/components/mdx/ (Photo stands for Markdown images)', () => {
		const files = readdirSync(new URL('../../../src/components/mdx/', import.meta.url))
			.filter((f) => f.endsWith('.astro'))
			.map((f) => f.replace(/\.astro$/, ''));
		expect(files.filter((f) => f !== 'Photo').sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
	});
});
