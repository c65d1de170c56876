/**
 * The answer scale, defined once: what each level 0–3 means and the evidence rule (the `answerScale`
 * section of each locale's table, `content/i18n/<folder>.json`). The level
 * labels are the self-assessment's own (`level.0`… in `assessment.ts`), so the checklist buttons,
 * the overview and every page that explains the scale (`AnswerScale.astro`) say the same words.
 */
import { assessmentStrings } from './assessment';
import type { LocaleFolder } from './locales';
import { localeTable } from './tables';
import { useTranslations } from './ui';
import { escapeHtml } from '../lib/inline';

export const ANSWER_LEVELS = [0, 1, 2, 3] as const;

/** The scale in a language: each level's label and meaning, the evidence rule, and the other answers. */
export function answerScale(locale: LocaleFolder) {
	const strings = assessmentStrings(locale);
	const { evidenceRule, otherAnswers, ...meanings }: Record<string, string> = localeTable(locale).answerScale;
	return {
		levels: ANSWER_LEVELS.map((level) => ({ level, label: strings[`level.${level}`], meaning: meanings[`levels.${level}`] })),
		evidenceRule,
		otherAnswers,
	};
}

/**
 * The scale as HTML, the one rendering of it: the `AnswerScale` component (checklist pages) and the
 * `:::answer-scale` directive of editorial Markdown pages both write this.
 */
export function answerScaleHtml(locale: LocaleFolder): string {
	const scale = answerScale(locale);
	const colon = escapeHtml(useTranslations(locale)('colon'));
	const levels = scale.levels.map((l) => `<li><strong>${escapeHtml(l.label)}</strong>${colon}${escapeHtml(l.meaning)}</li>`).join('');
	return `<div class="pb-answer-scale"><ul>${levels}</ul><p><strong>${escapeHtml(scale.evidenceRule)}</strong> ${escapeHtml(scale.otherAnswers)}</p></div>`;
}
