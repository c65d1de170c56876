/**
 * Which string-table keys a script can show: read from its source and the sources it imports. An
 * island's page inlines only those strings, so the list is the code's own and cannot fall out of date.
 *
 * A key counts when the code names it in quotes ('dash.title'), or names a prefix it completes at
 * run time: a template literal's head (`level.${value}`) or a quoted string ending in "." ('import.').
 * Each key is looked for as written rather than by parsing the code: quotes in comments and nested
 * templates cannot hide one. A key only mentioned (in a comment) costs a few bytes; one missed would
 * show nothing.
 */

/** Sources by path ("/src/scripts/x.ts"), as `import.meta.glob` keys them. */
export type Sources = Readonly<Record<string, string>>;

// `import x from './a'`, `import './a'`, `export { x } from './a'`, `import('./a')`; not `import type`/`export type`.
const IMPORT = /\b(?:import|export)(?!\s+type\b)(?:[^'"`;()]*?\bfrom)?\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
/** `level.${…}`, 'import.' or "import.": a prefix the code completes at run time. */
const PREFIX = /`([A-Za-z][\w.-]*)\$\{|(['"])([A-Za-z][\w-]*(?:\.[\w-]+)*\.)\2/g;

function resolve(from: string, specifier: string, sources: Sources): string | undefined {
	const base = from.slice(0, from.lastIndexOf('/'));
	const parts: string[] = [];
	for (const part of `${base}/${specifier}`.split('/')) {
		if (part === '..') parts.pop();
		else if (part !== '.') parts.push(part);
	}
	const path = parts.join('/');
	return [path, `${path}.ts`, `${path}/index.ts`].find((candidate) => candidate in sources);
}

/** Every module `entry` can load, itself included (static and dynamic imports alike). */
export function moduleGraph(entry: string, sources: Sources): string[] {
	if (!(entry in sources)) throw new Error(`source-keys: no source "${entry}"`);
	const seen = new Set<string>();
	const queue = [entry];
	for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
		if (seen.has(path)) continue;
		seen.add(path);
		for (const match of sources[path].matchAll(IMPORT)) {
			const target = resolve(path, match[1], sources);
			if (target) queue.push(target);
		}
	}
	return [...seen];
}

/** The keys of `keys` that the modules `entry` can load may show, in the table's order. */
export function keysUsedBy(entry: string, sources: Sources, keys: readonly string[]): string[] {
	const code = moduleGraph(entry, sources)
		.map((path) => sources[path])
		.join('\n');
	const prefixes = [...code.matchAll(PREFIX)].map((match) => match[1] ?? match[3]);
	return keys.filter((key) => code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``) || prefixes.some((prefix) => key.startsWith(prefix)));
}
