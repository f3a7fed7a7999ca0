import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
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
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
};

/**
 * Serves a built site the way a static host does: `/dir/` → `/dir/index.html`, `/dir` → redirect,
 * anything missing → `404.html` with status 404. Used by `npm start` and by browser tests.
 */
export function createStaticServer(dir: string): Server {
	const root = resolve(dir);
	return createServer((req, res) => {
		let pathname: string;
		try {
			pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
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
			res.writeHead(404, { 'Content-Type': TYPES['.html'] });
			createReadStream(join(root, '404.html')).pipe(res);
			return;
		}
		res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
}

/** Starts the server on a port (0 picks a free one) and resolves with its base URL. */
export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
	return new Promise((resolveUrl, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolveUrl(`http://${host}:${actual}/`);
		});
	});
}
