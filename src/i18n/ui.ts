/**
 * The playbook's interface strings, read from each locale's table (`content/i18n/<folder>.json`,
 * sections `ui`, `role`, `cadence`, `category`, `jurisdiction`, `band`). Components read them through `t()`.
 * Enum labels are keyed by the enum values defined in `src/schemas/common.ts`.
 */
import type { Cadence, Jurisdiction, RiskCategory, Role } from '../schemas/common';
import { localeByFolder, type LocaleFolder } from './locales';
import { localeTable, type SectionKey } from './tables';
import { format } from './format';
import { shortMonth } from './intl';

export type UiKey = SectionKey<'ui'>;

/** Every interface string of a locale, labels of roles, cadences, categories and jurisdictions included. */
export function uiStrings(locale: LocaleFolder): Record<string, string> {
	const t = localeTable(locale);
	return { ...t.ui, ...t.role, ...t.cadence, ...t.category, ...t.jurisdiction };
}

export type Band = 'low' | 'medium' | 'high';

export interface Translator {
	(key: UiKey, vars?: Record<string, string | number>): string;
	role(value: Role): string;
	cadence(value: Cadence): string;
	category(value: RiskCategory): string;
	jurisdiction(value: Jurisdiction): string;
	/** A risk band's label. */
	band(value: Band): string;
	/** An ordinal in the locale's numerals (`numerals`: 一 二 三…), or in digits when it has none. */
	numeral(order: number): string;
	/** A strategy's place in part 一 of the article: `一.(三)` / `1.3`. */
	strategyNumber(order: number): string;
	/** `2026-07-01` → `2026 年 7 月 1 日` / `1 Jul 2026`. */
	date(iso: string): string;
	locale: LocaleFolder;
}

/** `{y}`, `{m}`, `{mm}`, `{d}` and `{mon}` (the month's short name from `Intl`) of an ISO date, for the `date` templates. */
export function dateParts(iso: string, intl: string) {
	const [y, m, d = 1] = iso.split('-').map(Number);
	const mon = shortMonth(intl, Date.UTC(y, m - 1, d));
	return { y, m, mm: String(m).padStart(2, '0'), d, mon };
}

export function useTranslations(locale: LocaleFolder): Translator {
	const tables = localeTable(locale);
	const table = tables.ui;
	const { intl } = localeByFolder(locale);
	const numerals = table.numerals.split(/\s+/).filter(Boolean);
	const t = ((key, vars = {}) => format(table[key], vars)) as Translator;
	t.role = (value) => tables.role[value];
	t.cadence = (value) => tables.cadence[value];
	t.category = (value) => tables.category[value];
	t.jurisdiction = (value) => tables.jurisdiction[value];
	t.band = (value) => tables.band[value];
	t.numeral = (order) => numerals[order - 1] ?? String(order);
	t.strategyNumber = (order) => t('strategy.number', { n: t.numeral(order) });
	t.date = (iso) => t('date.format', dateParts(iso, intl));
	t.locale = locale;
	return t;
}
