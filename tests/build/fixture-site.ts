/**
 * Fixture sites for build tests. A scenario folder under `tests/fixtures/bad-content/<name>/` holds
 * `edits.json` (changes to the small valid fixture `tests/fixtures/valid/content`) and
 * `expected.txt` (the exact report, one `file: field: message` line each). `makeSite` assembles a
 * site root in `tests/.tmp/<name>`: the scenario's content beside links to the project's own
 * `src/`, config and dependencies, so Astro's programmatic `build({ root })` builds it through the
 * production config unchanged. The locales and interface strings (`content/i18n/`) are the
 * project's unless the fixture brings its own; edits may change them like any other content.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');
export const VALID_CONTENT = join(FIXTURES, 'valid/content');

export type Edit =
	| { file: string; replace: string; with: string; all?: boolean }
	| { file: string; remove: true }
	| { file: string; write: string }
	| { file: string; copyFrom: string };

/** What the project shares with every fixture site (everything except its content). */
const SHARED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'node_modules'];

/** Builds a site root from the valid content plus `edits`; returns its path. */
export function makeSite(name: string, edits: Edit[] = [], base = VALID_CONTENT): string {
	const root = join(PROJECT_ROOT, 'tests/.tmp', name);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const entry of SHARED) symlinkSync(join(PROJECT_ROOT, entry), join(root, entry));
	if (!existsSync(join(base, 'i18n'))) cpSync(join(PROJECT_ROOT, 'content/i18n'), join(root, 'content/i18n'), { recursive: true });
	cpSync(base, join(root, 'content'), { recursive: true });
	for (const edit of edits) {
		const path = join(root, 'content', edit.file);
		mkdirSync(dirname(path), { recursive: true });
		if ('remove' in edit) rmSync(path);
		else if ('write' in edit) writeFileSync(path, edit.write);
		else if ('copyFrom' in edit) cpSync(join(root, 'content', edit.copyFrom), path);
		else {
			const before = readFileSync(path, 'utf8');
			if (!before.includes(edit.replace)) throw new Error(`fixture ${name}: "${edit.replace}" not found in ${edit.file}`);
			writeFileSync(path, edit.all ? before.replaceAll(edit.replace, edit.with) : before.replace(edit.replace, edit.with));
		}
	}
	return root;
}

export interface Scenario {
	name: string;
	edits: Edit[];
	expected: string[];
}

export function readScenario(folder: string, name: string): Scenario {
	const dir = join(FIXTURES, folder, name);
	const expectedFile = join(dir, 'expected.txt');
	return {
		name,
		edits: JSON.parse(readFileSync(join(dir, 'edits.json'), 'utf8')) as Edit[],
		expected: existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8').split('\n').filter(Boolean) : [],
	};
}

/**
 * Runs `astro build` on a site root in this process, quietly. Returns the content check's report
 * lines (empty when the content passed) and the error, if the build failed. `cached` keeps the
 * content layer's cache of an earlier build of the same root, as `npm run build` does.
 */
export async function buildSite(root: string, { cached = false } = {}): Promise<{ report: string[]; error: Error | undefined }> {
	const { build } = await import('astro');
	const { lastCheck } = await import('../../src/lib/content/checked-loader');
	const { formatContentError } = await import('../../src/lib/content/errors');
	(globalThis as any)[Symbol.for('playbook.content-check')] = undefined;
	let error: Error | undefined;
	try {
		await build({ root, cacheDir: join(root, '.cache'), outDir: join(root, 'dist'), logLevel: 'silent', force: !cached } as any);
	} catch (e) {
		error = e as Error;
	}
	return { report: (lastCheck()?.errors ?? []).map(formatContentError), error };
}
