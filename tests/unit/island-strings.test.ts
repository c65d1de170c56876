import { describe, expect, test } from 'vitest';
import { keysUsedBy, moduleGraph } from '../../src/utils/source-keys';
import { islandStrings } from '../../src/utils/island-strings';
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
	test('the modules it can load: static, dynamic and re-exported, not type-only or unreached ones', () => {
		expect(moduleGraph('/src/scripts/island.ts', SOURCES).sort()).toEqual([
			'/src/i18n/messages.ts',
			'/src/lib/helper.ts',
			'/src/scripts/island.ts',
			'/src/scripts/lazy.ts',
			'/src/scripts/views/label.ts',
		]);
	});

	test('keys named in quotes, and every key of a prefix the code completes at run time, in the table order', () => {
		expect(keysUsedBy('/src/scripts/island.ts', SOURCES, KEYS)).toEqual(['a.title', 'a.lead', 'level.0', 'level.1', 'import.not-json', 'import.at', 'b.only']);
	});

	test('a key only mentioned in a comment without quotes is not shown', () => {
		const sources = { '/src/scripts/x.ts': "// see e.comment in the table\nt('a.title');" };
		expect(keysUsedBy('/src/scripts/x.ts', sources, KEYS)).toEqual(['a.title']);
	});

	test('an island script that is not there fails the build by name', () => {
		expect(() => keysUsedBy('/src/scripts/missing.ts', SOURCES, KEYS)).toThrow('source-keys: no source "/src/scripts/missing.ts"');
	});
});

describe("the islands' strings, from this site's sources", () => {
	const keys = (island: Parameters<typeof islandStrings>[1]) => Object.keys(islandStrings('en', island));

	test('the overview keeps the strings of the views it loads later, and of keys it builds', () => {
		const overview = keys('overview');
		// load-report (loaded when there is something to report), the shared view, the matrix bands.
		expect(overview).toEqual(expect.arrayContaining(['storage.corrupt', 'dash.sharedFailed', 'dash.band.high', 'level.na', 'import.not-json']));
		// Labels the page renders in its HTML are not repeated for the island.
		expect(overview).not.toContain('dash.exportJson');
		expect(overview).not.toContain('who.title');
	});

	test('a checklist page carries no overview, team or import strings', () => {
		const checklist = keys('checklist');
		expect(checklist).toEqual(expect.arrayContaining(['saved', 'storage.quota', 'storage.field.note', 'load.failed']));
		expect(checklist.filter((key) => /^(dash|team|import)\./.test(key))).toEqual([]);
	});

	test('the values are the locale’s', () => {
		expect(islandStrings('zh-cn', 'team')['team.unansweredMark']).toBe(assessmentStrings('zh-cn')['team.unansweredMark']);
	});
});
