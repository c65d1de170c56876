import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';

const PORT = 4322;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		trace: 'off',
	},
	// The built site, served by a real static server: the same files a deployment would serve.
	webServer: {
		command: `sirv dist --port ${PORT} --host 127.0.0.1 --quiet`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000,
	},
});
