/**
 * `npm run test:e2e`: the browser tests, against the built site. Playwright's own browser download
 * does not work here, so they drive Debian's Chromium. Without one, say so loudly; under CI a
 * missing browser is a failure, never a silent skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_CANDIDATES, findChromium } from './chromium';
import { NGINX_CANDIDATES, findNginx } from './nginx';

if (!findChromium()) {
	const banner = [
		'',
		'='.repeat(72),
		'  BROWSER TESTS NOT RUN: no Chromium found.',
		`  Looked for: ${CHROMIUM_CANDIDATES.join(', ')}`,
		'  Install Debian\'s Chromium:   sudo apt-get install -y chromium',
		'  or point CHROMIUM_PATH at a Chromium/Chrome binary.',
		'='.repeat(72),
		'',
	].join('\n');
	console.error(banner);
	process.exit(process.env.CI ? 1 : 0);
}

// The production-delivery tests need nginx; the others still run without it, but never silently.
if (!findNginx()) {
	console.error(
		[
			'',
			'='.repeat(72),
			'  NGINX TESTS NOT RUN (headers, CSP, offline): no nginx found.',
			`  Looked for: ${NGINX_CANDIDATES.join(', ')}`,
			"  Install Debian's nginx:   sudo apt-get install -y nginx",
			'  or point NGINX_PATH at an nginx binary.',
			'='.repeat(72),
			'',
		].join('\n')
	);
	if (process.env.CI) process.exit(1);
}

if (!existsSync('dist/index.html')) {
	console.error('No build in dist/: run "npm run build" first.');
	process.exit(1);
}

const result = spawnSync('playwright', ['test', ...process.argv.slice(2)], { stdio: 'inherit', shell: false });
process.exit(result.status ?? 1);
