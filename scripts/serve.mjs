// Serves the built site from dist/ on loopback and prints its address: `npm start` / `npm run preview`.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

if (!existsSync(join(root, 'index.html'))) {
	console.error(`Нет собранного сайта в ${root}. Сначала выполните: npm run build`);
	process.exit(1);
}

const server = createServer((req, res) => {
	const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
	let file = normalize(join(root, pathname));
	if (!file.startsWith(root)) {
		res.writeHead(403).end();
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!pathname.endsWith('/')) {
			res.writeHead(301, { Location: `${pathname}/` }).end();
			return;
		}
		file = join(file, 'index.html');
	}
	if (!existsSync(file)) {
		res.writeHead(404, { 'Content-Type': types['.html'] });
		createReadStream(join(root, '404.html')).pipe(res);
		return;
	}
	res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
	console.log(`\nСайт запущен: http://${host}:${port}/\nОстановить: Ctrl+C`);
});
