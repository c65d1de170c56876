/**
 * Bad-content fixtures: each case copies the small valid fixture site's content into
 * `tests/.tmp/<case>/content`, applies one edit, and runs the same check the build runs.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatContentError } from '../../src/lib/content/errors';
import { validateContent } from '../../src/lib/content/validate';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const VALID_FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/content/valid');

export type Edit =
	| { file: string; replace: string; with: string; all?: boolean }
	| { file: string; remove: true }
	| { file: string; write: string };

/** Copies the valid fixture to a scratch folder and applies the edits. Returns the scratch root. */
export function makeFixture(name: string, edits: Edit[] = []): string {
	const root = join(PROJECT_ROOT, 'tests/.tmp', name);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	cpSync(VALID_FIXTURE, join(root, 'content'), { recursive: true });
	for (const edit of edits) {
		const path = join(root, 'content', edit.file);
		if ('remove' in edit) rmSync(path);
		else if ('write' in edit) writeFileSync(path, edit.write);
		else {
			const before = readFileSync(path, 'utf8');
			if (!before.includes(edit.replace)) throw new Error(`fixture edit: "${edit.replace}" not found in ${edit.file}`);
			writeFileSync(path, edit.all ? before.replaceAll(edit.replace, edit.with) : before.replace(edit.replace, edit.with));
		}
	}
	return root;
}

/** The check's output for a fixture, one formatted line per problem. */
export function checkFixture(name: string, edits: Edit[] = []): string[] {
	const root = makeFixture(name, edits);
	return validateContent(join(root, 'content'), root).errors.map(formatContentError);
}
