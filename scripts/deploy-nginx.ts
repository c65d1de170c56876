/**
 * `npm run deploy:nginx -- [--dist dist] [--out deploy/nginx/snippets]`: writes the header
 * snippets `deploy/nginx/playbook.conf` includes, with the CSP of the build in `--dist`.
 * Run it after every build you deploy: the CSP lists the hashes of that build's inline code.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderHeaderSnippets } from '../src/lib/deploy/nginx';
import { siteCsp } from '../src/lib/deploy/site-files';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'deploy/nginx/snippets' } } });
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`No build in ${dist}: run "npm run build" first.`);
	process.exit(1);
}
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(renderHeaderSnippets(siteCsp(dist)))) writeFileSync(join(out, name), text);
console.log(`Header snippets for ${dist} written to ${out}`);
