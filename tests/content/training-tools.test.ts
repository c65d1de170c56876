/**
 * Training paths use the tools: every path links the assessment tools where it asks participants to
 * assess or discuss (overview, team comparison, facilitator mode), both languages link the same tools,
 * and every facilitator-mode link opens a checklist (and item) that exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DIRS = { zh: join(ROOT, 'content/docs/training'), en: join(ROOT, 'content/docs/en/training') };
const paths = readdirSync(DIRS.zh).filter((name) => /\.mdx?$/.test(name));
const read = (lang: 'zh' | 'en', name: string) => readFileSync(join(DIRS[lang], name), 'utf8');

/** Markdown link targets to the assessment tools, with the English prefix removed. */
const toolLinks = (text: string) =>
	[...text.matchAll(/\]\(((?:\/en)?\/assessment\/[^)\s]*)\)/g)].map((m) => m[1].replace(/^\/en\//, '/'));

const checklistText = (id: string) => {
	try {
		return readFileSync(join(ROOT, 'content/checklists/zh-cn', `${id}.md`), 'utf8');
	} catch {
		return undefined;
	}
};

describe('training paths link the tools', () => {
	test('there are training paths in both languages, with the same file names', () => {
		expect(paths.length).toBeGreaterThanOrEqual(4);
		expect(readdirSync(DIRS.en).filter((name) => /\.mdx?$/.test(name)).sort()).toEqual([...paths].sort());
	});

	test.each(paths)('%s links the overview, the team comparison or facilitator mode', (name) => {
		const links = toolLinks(read('zh', name));
		expect(links.some((link) => /^\/assessment\/(?:team\/|facilitator\/|#|$|\?)/.test(link)), `${name} links no tool page`).toBe(true);
	});

	test.each(paths)('%s links the same tools in both languages', (name) => {
		expect(toolLinks(read('en', name))).toEqual(toolLinks(read('zh', name)));
	});

	test.each(paths)('%s: every facilitator-mode link opens a checklist and item that exist', (name) => {
		for (const link of toolLinks(read('zh', name)).filter((l) => l.startsWith('/assessment/facilitator/'))) {
			const query = new URLSearchParams(link.split('?')[1]?.split('#')[0] ?? '');
			const checklist = query.get('checklist');
			expect(checklist, `${link}: no ?checklist=`).toBeTruthy();
			const text = checklistText(checklist!);
			expect(text, `${link}: no checklist ${checklist}`).toBeDefined();
			const item = query.get('item');
			if (item) expect(text!.includes(`id: ${item}\n`), `${link}: no item ${item} in ${checklist}`).toBe(true);
		}
	});
});
