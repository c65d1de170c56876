import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every built HTML page under `dir`, without the search bundle and hashed assets. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}
