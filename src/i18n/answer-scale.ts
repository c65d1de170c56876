/**
 * The answer scale, defined once: what each level 0–3 means and the evidence rule. The level
 * labels are the self-assessment's own (`level.0`… in `assessment.ts`), so the checklist buttons,
 * the overview and every page that explains the scale (`AnswerScale.astro`) say the same words.
 */
import { assessmentStrings } from './assessment';
import type { LocaleFolder } from './locales';

export const ANSWER_LEVELS = [0, 1, 2, 3] as const;

const MEANINGS: Record<LocaleFolder, { levels: Record<(typeof ANSWER_LEVELS)[number], string>; evidenceRule: string; otherAnswers: string }> = {
	'zh-cn': {
		levels: {
			0: '没有做',
			1: '偶尔做，没有书面做法或拿不出证据',
			2: '按条目所述做到，有书面做法和证据',
			3: '做到并由专人按固定频率复核，有记录',
		},
		evidenceRule: '拿不出证据提示所列证据的条目，最高 1 分。',
		otherAnswers: '拿不准的答“不清楚”，不要凭印象给分；不适用的标“不适用”并写明理由。',
	},
	en: {
		levels: {
			0: 'not done',
			1: 'done now and then, with no written practice or no evidence',
			2: 'done as the item states, written down and evidenced',
			3: 'done, evidenced and reviewed on a fixed schedule by a named owner, with records',
		},
		evidenceRule: 'An item whose evidence (as the evidence hint names it) you cannot produce scores at most 1.',
		otherAnswers: 'Answer "don\'t know" rather than score from memory, and mark an item that does not apply as not applicable, with the reason.',
	},
};

/** The scale in a language: each level's label and meaning, the evidence rule, and the other answers. */
export function answerScale(locale: LocaleFolder) {
	const strings = assessmentStrings(locale);
	const { levels, evidenceRule, otherAnswers } = MEANINGS[locale];
	return {
		levels: ANSWER_LEVELS.map((level) => ({ level, label: strings[`level.${level}`], meaning: levels[level] })),
		evidenceRule,
		otherAnswers,
	};
}
