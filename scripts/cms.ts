// The web editor on a curator's own machine: `npm run cms` builds the site, starts Decap's local git
// backend on this repository (entries become branches, as pull requests would) and serves /admin/.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from './lib/static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const proxy = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server/dist/index.js')], {
	env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: root, PORT: '8081', BIND_HOST: '127.0.0.1' },
	stdio: 'inherit',
});
process.on('exit', () => proxy.kill());
process.on('SIGINT', () => process.exit(0));

const url = await listen(createStaticServer(`${root}dist`), Number(process.env['PORT'] ?? 4321));
console.log(
	`\nРедактор: ${url}admin/ (нажмите «Войти»; записи сохраняются в ветки cms/… этого репозитория)\nОстановить: Ctrl+C`,
);
