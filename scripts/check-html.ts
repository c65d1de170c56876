/**
 * `npm run test:html`: every built page through the Nu Html Checker (vnu-jar, needs Java), in one JVM
 * run. Fails on any error of ours; Starlight's known errors are listed in scripts/lib/html-check.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlFiles } from './lib/html-files';
import { promisify } from 'node:util';
// @ts-expect-error: the package ships no types; its default export is the jar's path (a String object).
import vnuJar from 'vnu-jar';
import { describe, isKnownStarlightError, ourErrors, type VnuMessage } from './lib/html-check';

const dist = resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
	console.error(`No build at ${dist}: run "npm run build" first.`);
	process.exit(1);
}

const files = htmlFiles(dist);
const started = Date.now();
let stderr: string;
try {
	// --exit-zero-always: the verdict is ours (after leaving out Starlight's known errors); JSON goes to stderr.
	({ stderr } = await promisify(execFile)('java', ['-jar', String(vnuJar), '--format', 'json', '--exit-zero-always', ...files], { maxBuffer: 64 * 1024 * 1024 }));
} catch (error) {
	const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
	console.error(missing ? 'The HTML check needs Java: sudo apt-get install -y default-jre-headless' : String(error));
	process.exit(1);
}
const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
const errors = ourErrors(messages);
const known = messages.filter((m) => m.type === 'error' && isKnownStarlightError(m)).length;
for (const error of errors) console.error(describe(error, dist));
console.log(
	`Checked ${files.length} pages with the Nu Html Checker in ${((Date.now() - started) / 1000).toFixed(1)} s: ${errors.length} error(s) of ours, ${known} known Starlight error(s) left out.`
);
process.exit(errors.length ? 1 : 0);
