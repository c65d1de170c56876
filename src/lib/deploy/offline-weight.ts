/**
 * What the offline edition costs, for `npm run bench`: the worker file, the registration script
 * every page loads (bundled alone, as the build bundles it, to measure it apart from Astro's
 * prefetch code it shares a file with), and the files the worker stores after the first visit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { precacheList } from './site-files';
import { SERVICE_WORKER_FILE } from './sw-protocol';

/** The budget for the registration script, gzip. */
export const REGISTRATION_BUDGET = 1024;

export async function offlineWeight(dist: string) {
	const worker = readFileSync(join(dist, SERVICE_WORKER_FILE));
	const registration = await build({
		entryPoints: [fileURLToPath(new URL('../../scripts/sw-register.ts', import.meta.url))],
		bundle: true,
		minify: true,
		format: 'esm',
		write: false,
		define: { 'import.meta.env.PROD': 'true', 'import.meta.env.BASE_URL': '"/"' },
	});
	const { urls, bytes } = precacheList(dist);
	const files = urls.map((url) => (url.endsWith('/') ? `${url}index.html` : url));
	const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
	return {
		workerBytes: worker.length,
		workerGzip: gzipSync(worker).length,
		registrationGzip: gzipSync(registration.outputFiles[0].contents).length,
		precacheFiles: urls.length,
		precacheBytes: bytes,
		precacheGzip: gzipBytes,
	};
}
