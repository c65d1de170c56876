import { describe, expect, test } from 'vitest';
import { keysUsedBy, moduleGraph, type Sources } from '../../src/utils/source-keys';
import { ISLAND_SCRIPTS, ISLANDS, islandStrings, laterStrings, SOURCES as sources } from '../../src/utils/island-strings';
import { assessmentStrings } from '../../src/i18n/assessment';

const KEYS = ['a.title', 'a.lead', 'level.0', 'level.1', 'import.not-json', 'import.at', 'b.only', 'c.typed', 'd.unreached', 'e.comment'];

/** An island and what it can load: a static import, a dynamic one, a re-export, a type-only import. */
const SOURCES = {
	'/src/scripts/island.ts': [
		"import { label } from './views/label';",
		"import type { Typed } from './typed';",
		"export { helper } from '../lib/helper';",
		"const later = () => import('./lazy');",
		// A quote in a comment, and a template inside a template: neither hides the key after them.
		"// the island's own title, then `${`nested ${'x'}`}`",
		"t('a.title');",
		'const level = (v: number) => t(`level.${v}`);',
	].join('\n'),
	'/src/scripts/views/label.ts': "export const label = (t) => t(\"a.lead\");",
	'/src/scripts/lazy.ts': "import { describe } from '../i18n/messages';\nexport const b = (t) => t('b.only');",
	'/src/i18n/messages.ts': "export const describe = (s, code) => s[code === 'x' ? 'import.' + code : `import.${code}`];",
	'/src/lib/helper.ts': 'export const helper = 1;',
	'/src/scripts/typed.ts': "export type Typed = 'c.typed';",
	'/src/scripts/unreached.ts': "t('d.unreached');",
};

describe('which strings an island can show', () => {
	test('the modules it loads with it (static imports and re-exports), and later (import()); not type-only or unreached ones', () => {
		expect(moduleGraph('/src/scripts/island.ts', SOURCES, 'static').sort()).toEqual(['/src/lib/helper.ts', '/src/scripts/island.ts', '/src/scripts/views/label.ts']);
		expect(moduleGraph('/src/scripts/island.ts', SOURCES).sort()).toEqual([
			'/src/i18n/messages.ts',
			'/src/lib/helper.ts',
			'/src/scripts/island.ts',
			'/src/scripts/lazy.ts',
			'/src/scripts/views/label.ts',
		]);
	});

	test('keys named in quotes, and every key of a prefix the code completes at run time, in the table order: now or later', () => {
		expect(keysUsedBy('/src/scripts/island.ts', SOURCES, KEYS)).toEqual({
			now: ['a.title', 'a.lead', 'level.0', 'level.1'],
			later: ['import.not-json', 'import.at', 'b.only'],
		});
	});

	test('a key the code loaded with the island names is inlined, even when code loaded later names it too', () => {
		const sources = { '/src/scripts/x.ts': "t('a.title');\nimport('./y');", '/src/scripts/y.ts': "t('a.title'); t('b.only');" };
		expect(keysUsedBy('/src/scripts/x.ts', sources, KEYS)).toEqual({ now: ['a.title'], later: ['b.only'] });
	});

	test('a key only mentioned in a comment without quotes is not shown', () => {
		const sources = { '/src/scripts/x.ts': "// see e.comment in the table\nt('a.title');" };
		expect(keysUsedBy('/src/scripts/x.ts', sources, KEYS)).toEqual({ now: ['a.title'], later: [] });
	});

	test('an island script that is not there fails the build by name', () => {
		expect(() => keysUsedBy('/src/scripts/missing.ts', SOURCES, KEYS)).toThrow('source-keys: no source "/src/scripts/missing.ts"');
	});
});

describe("the islands' strings, from this site's sources", () => {
	const keys = (island: Parameters<typeof islandStrings>[1]) => Object.keys(islandStrings('en', island));
	const later = (island: Parameters<typeof islandStrings>[1]) => Object.keys(JSON.parse(laterStrings('en', island)?.body ?? '{}'));

	test('the overview inlines what its first view shows; the wording of views it loads later comes with them', () => {
		expect(keys('overview')).toEqual(expect.arrayContaining(['dash.band.high', 'level.na', 'load.failed', 'storage.quota', 'list.showAll']));
		// load-report (loaded when there is something to report), the shared view, import errors.
		expect(later('overview')).toEqual(expect.arrayContaining(['storage.corrupt', 'dash.sharedFailed', 'import.not-json', 'erase.done']));
		// Labels the page renders in its HTML are in neither.
		expect([...keys('overview'), ...later('overview')]).not.toContain('dash.exportJson');
	});

	test('a checklist page carries no overview, team or import strings, and a save failure’s wording inline', () => {
		const checklist = keys('checklist');
		expect(checklist).toEqual(expect.arrayContaining(['saved', 'storage.quota', 'storage.unavailable', 'load.failed']));
		expect(later('checklist')).toEqual(expect.arrayContaining(['storage.corrupt', 'storage.field.note', 'version.changed']));
		expect([...checklist, ...later('checklist')].filter((key) => /^(dash|team|import)\./.test(key))).toEqual([]);
	});

	test('the values are the locale’s', () => {
		expect(islandStrings('zh-cn', 'team')['team.unansweredMark']).toBe(assessmentStrings('zh-cn')['team.unansweredMark']);
		expect(JSON.parse(laterStrings('zh-cn', 'overview')!.body)['erase.done']).toBe(assessmentStrings('zh-cn')['erase.done']);
	});

	test('every import() of code that shows later strings fetches them with it (`withStrings`)', () => {
		const tableKeys = Object.keys(assessmentStrings('en'));
		const unwrapped: string[] = [];
		for (const island of ISLANDS) {
			const { later: laterKeys } = keysUsedBy(ISLAND_SCRIPTS[island], sources, tableKeys);
			// Code loaded later by code loaded with the island: the imports that need the strings.
			for (const path of moduleGraph(ISLAND_SCRIPTS[island], sources, 'static')) {
				// (`typeof import('…')` is a type: no code loads.)
				for (const match of sources[path].matchAll(/(\bwithStrings\(\s*)?(?<!typeof\s+)\bimport\(\s*'(\.{1,2}\/[^']+)'/g)) {
					// The module imported: the one a graph holding only that import reaches first.
					const target = moduleGraph(path, { ...sources, [path]: `import '${match[2]}';` }, 'static').find((p) => p !== path);
					if (!target) continue;
					const { now, later } = keysUsedBy(target, sources, tableKeys);
					if (!match[1] && [...now, ...later].some((key) => laterKeys.includes(key))) unwrapped.push(`${island}: ${path} → ${match[2]}`);
				}
			}
		}
		expect(unwrapped).toEqual([]);
	});

	test('each page that mounts an island names the island whose script it loads, so it carries that script’s strings', () => {
		const pages = import.meta.glob('/src/**/*.astro', { eager: true, query: '?raw', import: 'default' }) as Sources;
		const mounted = Object.entries(pages).flatMap(([path, source]) =>
			[...source.matchAll(/<AssessmentData\b([^>]*)\/>/g)].map((match) => ({ path, source, island: (/\bisland="(\w+)"/.exec(match[1])?.[1] ?? 'checklist') as keyof typeof ISLAND_SCRIPTS }))
		);
		expect(mounted.length).toBeGreaterThanOrEqual(ISLANDS.length);
		for (const { path, source, island } of mounted) expect(source, path).toContain(`scripts/${ISLAND_SCRIPTS[island].split('/').pop()!.replace('.ts', '')}'`);
	});
});
