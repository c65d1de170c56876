import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';
import { findNginx } from './scripts/nginx';

// Overridable for machines where several checkouts run their tests at once.
const PORT = Number(process.env.E2E_PORT ?? 4322);
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 4323);
/** Specs about production delivery run against nginx with the project's configuration. */
const NGINX_SPECS = ['**/nginx.spec.ts', '**/csp.spec.ts', '**/offline.spec.ts'];
const nginx = findNginx();

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		trace: 'off',
	},
	projects: [
		// The offline worker would precache the whole site in every test's fresh browser: only the
		// nginx project, which tests it, lets it run.
		{ name: 'static', testIgnore: NGINX_SPECS, use: { baseURL: `http://127.0.0.1:${PORT}`, serviceWorkers: 'block' } },
		...(nginx ? [{ name: 'nginx', testMatch: NGINX_SPECS, use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` } }] : []),
	],
	webServer: [
		// The built site, served by a plain static server: the same files any host would serve.
		{
			command: `sirv dist --port ${PORT} --host 127.0.0.1 --quiet`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000,
		},
		// And by Debian's nginx with deploy/nginx/playbook.conf (checked with `nginx -t` first).
		...(nginx
			? [{ command: `tsx scripts/serve-nginx.ts --port ${NGINX_PORT}`, url: `http://127.0.0.1:${NGINX_PORT}/`, reuseExistingServer: !process.env.CI, timeout: 30_000 }]
			: []),
	],
});
