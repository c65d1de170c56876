/** Without nginx the production-delivery browser tests never pass silently: under CI it is a failure. */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from './fixture-site';

test('a missing nginx is reported loudly and fails under CI', () => {
	const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/run-e2e.ts'], {
		cwd: PROJECT_ROOT,
		// Any existing file passes the Chromium check; CI=true stops before any browser test runs.
		env: { ...process.env, CI: 'true', CHROMIUM_PATH: process.execPath, NGINX_PATH: '/nonexistent/nginx' },
		encoding: 'utf8',
	});
	expect(result.stderr).toContain('NGINX TESTS NOT RUN (headers, CSP, offline): no nginx found.');
	expect(result.stderr).toContain('apt-get install -y nginx');
	expect(result.status).toBe(1);
});
