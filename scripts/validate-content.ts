/**
 * `npm run validate`: loads the content through Astro's content layer (`astro sync`), which runs
 * the same checks as every build, and prints each problem as `file: field: message`.
 */
import { resolve } from 'node:path';
import { sync } from 'astro';
import { formatContentError } from '../src/lib/content/errors';
import { lastCheck } from '../src/lib/content/checked-loader';
import { formatStaleReport } from '../src/lib/content/stale';

const root = resolve(process.argv[2] ?? resolve(import.meta.dirname, '..'));
let failure: unknown;
try {
	await sync({ root, logLevel: 'error' });
} catch (error) {
	failure = error;
}
const result = lastCheck();
if (!result) {
	console.error(failure ?? 'The content check did not run.');
	process.exit(1);
}
for (const error of result.errors) console.error(formatContentError(error));
// Stale dated facts are listed, not failed: someone must re-check them against their source.
if (result.stale.length) console.warn(formatStaleReport(result.stale, result.staleAfterDays));
console.log(result.errors.length ? `\n${result.errors.length} problem(s) in content.` : `Content OK: ${result.entries} entries checked.`);
process.exit(result.errors.length || failure ? 1 : 0);
