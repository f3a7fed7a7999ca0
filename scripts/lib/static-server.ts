import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built site the way a static host does (sirv, the server under Vite's preview): `/dir/` →
 * `/dir/index.html`, anything missing → `404.html` with status 404. Used by `npm start` and by browser tests.
 */
export function createStaticServer(dir: string): Server {
	const root = resolve(dir);
	const serve = sirv(root, { dev: true, etag: true });
	return createServer((req, res) =>
		serve(req, res, () => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			createReadStream(join(root, '404.html')).pipe(res);
		}),
	);
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
