/** Without a browser the browser tests never pass silently: loud locally, a failure under CI. */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from './fixture-site';

function runE2e(env: Record<string, string>) {
	const { CI: _ci, ...rest } = process.env;
	return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/run-e2e.ts'], {
		cwd: PROJECT_ROOT,
		env: { ...rest, CHROMIUM_PATH: '/nonexistent/chromium', ...env },
		encoding: 'utf8',
	});
}

test('a missing Chromium is reported loudly, and fails under CI', () => {
	const local = runE2e({});
	expect(local.stderr).toContain('BROWSER TESTS NOT RUN: no Chromium found.');
	expect(local.stderr).toContain('apt-get install -y chromium');
	expect(local.status).toBe(0);

	const ci = runE2e({ CI: 'true' });
	expect(ci.stderr).toContain('BROWSER TESTS NOT RUN: no Chromium found.');
	expect(ci.status).toBe(1);
});
