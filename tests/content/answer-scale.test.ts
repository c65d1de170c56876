/**
 * The answer scale is defined once (`src/i18n/answer-scale.ts`, rendered by `answerScaleHtml`):
 * checklist pages render it above their own text (`AnswerScale.astro`), and the home page, the
 * assessment-data guide and the trainer's guide embed it with the `:::answer-scale` directive. No
 * other page writes the levels' meanings out again.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allFiles, CONTENT, PROJECT_ROOT } from './content-files';
import { describe, expect, test } from 'vitest';
import { answerScale } from '../../src/i18n/answer-scale';
import { assessmentStrings } from '../../src/i18n/assessment';

const pages = allFiles(CONTENT).filter((f) => /\.mdx?$/.test(f));

describe('the answer scale', () => {
	test('uses the self-assessment labels and states the evidence rule in both languages', () => {
		for (const locale of ['zh-cn', 'en'] as const) {
			const scale = answerScale(locale);
			expect(scale.levels.map((l) => l.label)).toEqual([0, 1, 2, 3].map((n) => assessmentStrings(locale)[`level.${n}` as 'level.0']));
			expect(scale.evidenceRule).toMatch(locale === 'en' ? /at most 1/ : /最高 1 分/);
		}
	});

	test('no page spells the level meanings out again; the home page, the data guide and the trainer\'s guide embed it', () => {
		const restated = pages.filter((f) => /0 未开始（|0 Not started \(|1 零散（|1 Ad hoc \(|没有书面做法或拿不出证据|with no written practice or no evidence/.test(readFileSync(f, 'utf8'))).map((f) => relative(PROJECT_ROOT, f));
		expect(restated).toEqual([]);
		for (const page of ['docs/index.md', 'docs/en/index.md', 'docs/guides/assessment-data.md', 'docs/en/guides/assessment-data.md', 'docs/training/index.md', 'docs/en/training/index.md']) {
			expect(readFileSync(join(CONTENT, page), 'utf8'), page).toMatch(/^\s*:::answer-scale\s*$/m);
		}
	});
});
