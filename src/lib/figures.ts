/**
 * Renders a figure (`src/schemas/figure.ts`) in a language: the value with its unit, then its
 * as-of date, "60 %（截至 2026-11）" / "60 % (as of Nov 2026)", from the `figure` templates of the
 * locale's table and `Intl` for numbers, plurals and month names. Number and unit never break apart
 * (the templates put U+202F before "%", U+00A0 elsewhere). Used by pages, the MDX plugin and tests.
 */
import type { Figure } from '../schemas/figure';
import { localeByFolder, type LocaleFolder } from '../i18n/locales';
import { localeTable } from '../i18n/tables';
import { dateParts } from '../i18n/ui';
import { format } from '../i18n/format';
import { formatNumber, pluralCategory } from '../i18n/intl';

/** `{{figure-id}}`: ids are lower-case words joined by hyphens, like every id in the playbook. */
export const FIGURE_PATTERN = /\{\{([a-z0-9]+(?:-[a-z0-9]+)*)\}\}/g;

/** Ids of every figure referenced in `text`. */
export function figureIds(text: string): string[] {
	return [...text.matchAll(FIGURE_PATTERN)].map((m) => m[1]);
}

/** The value and its unit, without the as-of date: the locale's `figure.<unit>` template, by plural category. */
export function formatValue(figure: Figure, locale: LocaleFolder): string {
	const { figure: templates } = localeTable(locale);
	const { intl } = localeByFolder(locale);
	const { value, unit } = figure;
	if (unit === 'date') return format(templates.date, dateParts(String(value), intl));
	const n = Number(value);
	const v = formatNumber(intl, n);
	if (unit === 'count') return figure.label ? format(templates.count, { v, label: figure.label[locale] }) : v;
	const plural = `${unit}.${pluralCategory(intl, n)}`;
	const template = (templates as Record<string, string>)[plural] ?? (templates as Record<string, string>)[`${unit}.other`] ?? (templates as Record<string, string>)[unit];
	return format(template, { v });
}

/** The as-of note: "（截至 2026-11）" / " (as of Nov 2026)". */
export function formatAsOf(asOf: string, locale: LocaleFolder): string {
	return format(localeTable(locale).figure.asOf, dateParts(asOf, localeByFolder(locale).intl));
}

/** The figure as content shows it: value, unit and as-of date. */
export function formatFigure(figure: Figure, locale: LocaleFolder): string {
	return formatValue(figure, locale) + formatAsOf(figure.asOf, locale);
}

/** Replaces every `{{id}}` whose figure is known; unknown ids stay as written (the content check fails the build for them). */
export function expandFigures(text: string, figure: (id: string) => string | undefined): string {
	return text.replace(FIGURE_PATTERN, (whole, id: string) => figure(id) ?? whole);
}
