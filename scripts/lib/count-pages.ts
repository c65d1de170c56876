import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Built HTML pages below `dir`, not counting Pagefind's and Astro's asset folders. */
export function countPages(dir: string): number {
	return readdirSync(dir).reduce((sum, name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? sum : sum + countPages(path);
		return sum + (name.endsWith('.html') ? 1 : 0);
	}, 0);
}
