/**
 * Builds the scale benchmark's synthetic playbook (`writePlaybookContent`, ~1,000 entries per locale:
 * about 10× today's content in pages, ~1,000 checklist items) into a scratch root and returns its
 * `dist/`. Used by the browser benches (`bench:answers`, `--lighthouse`) to measure island pages at
 * scale. The root lives in `tests/.tmp/` (Astro resolves the shared node_modules wrongly from /tmp).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writePlaybookContent } from './synthetic-content';

const project = resolve(import.meta.dirname, '../..');

/** Generates and builds the synthetic site (unless `reuse` and a build exists); returns the dist path. */
export function buildScaleSite(entries = 1000, { reuse = false } = {}): string {
	const root = join(project, 'tests/.tmp', `scale-site-${entries}`);
	const dist = join(root, 'dist');
	if (reuse && existsSync(join(dist, 'assessment/index.html'))) return dist;
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(project, entry), join(root, entry), { recursive: true });
	symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
	writePlaybookContent(join(root, 'content'), entries);
	// The locales and interface strings are the product's (content/i18n/).
	cpSync(join(project, 'content/i18n'), join(root, 'content/i18n'), { recursive: true });
	const script = `import { build } from 'astro'; await build(${JSON.stringify({ root, cacheDir: join(root, '.cache'), logLevel: 'warn' })});`;
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	if (result.status !== 0) throw new Error(`Build of the synthetic site failed:\n${result.stderr.slice(-3000)}`);
	return dist;
}
