/**
 * Interface strings of the self-assessment islands: the `assessment` section of each locale's table
 * (`content/i18n/<folder>.json`). Pages embed the strings of their language as JSON for the island
 * scripts (only the strings each island can show: `utils/island-strings.ts`), so every string still
 * has one source.
 */
import type { LocaleFolder } from './locales';
import { localeTable, type SectionKey } from './tables';

export type AssessmentKey = SectionKey<'assessment'>;

export function assessmentStrings(locale: LocaleFolder): Record<AssessmentKey, string> {
	return localeTable(locale).assessment;
}

export type Island = 'checklist' | 'overview' | 'team' | 'facilitator' | 'planner' | 'calendar';
