/**
 * `tsx scripts/serve-nginx.ts [--port 4323] [--dist dist]`: serves the built site with Debian's
 * nginx and the project's production configuration (`deploy/nginx/playbook.conf` plus the header
 * snippets generated from this build), on a loopback port. Everything nginx needs lives in a
 * temporary prefix directory, so it runs as root or not without touching /etc. Checks the
 * configuration with `nginx -t` first. Used by the "nginx" Playwright project.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NGINX_SNIPPET_DIR, renderHeaderSnippets } from '../src/lib/deploy/nginx';
import { siteCsp } from '../src/lib/deploy/site-files';
import { findNginx, siteConfigFor } from './nginx';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4323' }, dist: { type: 'string', default: 'dist' } } });
const nginx = findNginx();
if (!nginx) {
	console.error('nginx not found: install Debian\'s nginx (sudo apt-get install -y nginx) or set NGINX_PATH.');
	process.exit(1);
}
const dist = resolve(values.dist);
const root = resolve(import.meta.dirname, '..');
// One prefix per port, emptied first: a run that was killed hard leaves nothing behind for long.
const prefix = join(tmpdir(), `playbook-nginx-${values.port}`);
rmSync(prefix, { recursive: true, force: true });

mkdirSync(join(prefix, NGINX_SNIPPET_DIR), { recursive: true });
for (const [name, text] of Object.entries(renderHeaderSnippets(siteCsp(dist)))) writeFileSync(join(prefix, NGINX_SNIPPET_DIR, name), text);
writeFileSync(join(prefix, 'playbook.conf'), siteConfigFor(readFileSync(join(root, 'deploy/nginx/playbook.conf'), 'utf8'), { port: Number(values.port), root: dist }));
const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
writeFileSync(
	join(prefix, 'nginx.conf'),
	[
		// As root, workers would switch to `nobody`; keep the caller's user so they can read dist/.
		...(process.getuid?.() === 0 ? ['user root;'] : []),
		'worker_processes 1;',
		'daemon off;',
		`pid ${join(prefix, 'nginx.pid')};`,
		'error_log stderr warn;',
		'events { worker_connections 256; }',
		'http {',
		'\tinclude /etc/nginx/mime.types;',
		'\tdefault_type application/octet-stream;',
		'\taccess_log off;',
		`\t${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n\t')}`,
		'\tinclude playbook.conf;',
		'}',
		'',
	].join('\n')
);

const args = ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'];
const check = spawnSync(nginx, [...args, '-t'], { stdio: 'inherit' });
if (check.status !== 0) {
	console.error('nginx -t failed on the generated configuration.');
	process.exit(1);
}
const server = spawn(nginx, args, { stdio: 'inherit' });
const stop = () => server.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
	rmSync(prefix, { recursive: true, force: true });
	process.exit(code ?? 0);
});
if (!existsSync(join(dist, 'index.html'))) console.error(`Warning: no build in ${dist}.`);
