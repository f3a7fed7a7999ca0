// Serves the built site from dist/ on loopback and prints its address: `npm start` / `npm run preview`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createStaticServer, listen } from './lib/static-server.ts';

const root = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(root, 'index.html'))) {
	console.error(`Нет собранного сайта в ${root}. Сначала выполните: npm run build`);
	process.exit(1);
}
const url = await listen(
	createStaticServer(root),
	Number(process.env['PORT'] ?? 4321),
	process.env['HOST'] ?? '127.0.0.1',
);
console.log(`\nСайт запущен: ${url}\nОстановить: Ctrl+C`);
