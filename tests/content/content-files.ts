/** The content folder and every file under it, for the content tests that scan the text itself. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const CONTENT = join(PROJECT_ROOT, 'content');

/** Every file under `dir`, at any depth. */
export function allFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? allFiles(path) : [path];
	});
}
