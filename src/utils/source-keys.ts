/**
 * Which string-table keys a script can show, read from its source and the sources it imports: an
 * island's page carries only those strings, so the list is the code's own and cannot fall out of date.
 * The keys that the modules loaded with the script name are inlined in the page; those that only the
 * modules it imports later (`import()`) name are fetched with them, so a page does not carry the
 * wording of views most visits never open.
 *
 * A key counts when the code names it in quotes ('dash.title'), or names a prefix it completes at run
 * time: a template literal's head (`level.${value}`) or a quoted string ending in "." ('import.'). Each
 * key is looked for as written rather than by parsing the code, so quotes in comments and nested
 * templates cannot hide one. A key only mentioned in a comment costs a few bytes; one missed would show
 * nothing.
 */

/** Sources by path ("/src/scripts/x.ts"), as `import.meta.glob` keys them. */
export type Sources = Readonly<Record<string, string>>;

// `import x from './a'`, `import './a'`, `export { x } from './a'`; not `import type`/`export type`, not `import('./a')`.
const STATIC_IMPORT = /\b(?:import|export)(?!\s+type\b)(?!\s*\()(?:[^'"`;()]*?\bfrom)?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]/g;
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

/** The modules `entry` loads with it (`static`), or may load at all, later imports included. */
export function moduleGraph(entry: string, sources: Sources, which: 'static' | 'all' = 'all'): string[] {
	if (!(entry in sources)) throw new Error(`source-keys: no source "${entry}"`);
	const seen = new Set<string>();
	const queue = [entry];
	for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
		if (seen.has(path)) continue;
		seen.add(path);
		const imports = [...sources[path].matchAll(STATIC_IMPORT), ...(which === 'all' ? sources[path].matchAll(DYNAMIC_IMPORT) : [])];
		for (const match of imports) {
			const target = resolve(path, match[1], sources);
			if (target) queue.push(target);
		}
	}
	return [...seen];
}

/** `'dash.title'`, "dash.title" or `dash.title`: a key named in full. */
const NAMED = /(['"`])([A-Za-z][\w.-]*)\1/g;

/** What each source names: read once per build, whichever scripts share it. */
const namesBySource = new WeakMap<Sources, Map<string, { named: string[]; prefixes: string[] }>>();

function namesIn(path: string, sources: Sources) {
	let cache = namesBySource.get(sources);
	if (!cache) namesBySource.set(sources, (cache = new Map()));
	let names = cache.get(path);
	if (!names) {
		const code = sources[path];
		cache.set(path, (names = { named: [...code.matchAll(NAMED)].map((m) => m[2]), prefixes: [...code.matchAll(PREFIX)].map((m) => m[1] ?? m[3]) }));
	}
	return names;
}

/** The keys of `keys` these modules may show, in the table's order. */
function keysNamedBy(modules: string[], sources: Sources, keys: readonly string[]): string[] {
	const named = new Set(modules.flatMap((path) => namesIn(path, sources).named));
	const prefixes = [...new Set(modules.flatMap((path) => namesIn(path, sources).prefixes))];
	return keys.filter((key) => named.has(key) || prefixes.some((prefix) => key.startsWith(prefix)));
}

/**
 * The keys of `keys` a script may show: those its own modules name (`now`: the page inlines them), and
 * those only the modules it imports later name (`later`: fetched with them).
 */
export function keysUsedBy(entry: string, sources: Sources, keys: readonly string[]): { now: string[]; later: string[] } {
	const now = keysNamedBy(moduleGraph(entry, sources, 'static'), sources, keys);
	const all = keysNamedBy(moduleGraph(entry, sources), sources, keys);
	return { now, later: all.filter((key) => !now.includes(key)) };
}
