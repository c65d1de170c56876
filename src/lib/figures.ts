/**
 * Renders a figure (`src/schemas/figure.ts`) in a language: the value with its unit, then its
 * as-of date, "60 %（截至 2026-11）" / "60 % (as of Nov 2026)". Number and unit never break apart
 * (U+202F before "%", U+00A0 elsewhere). Framework-free: used by pages, the MDX plugin and tests.
 */
import type { Figure } from '../schemas/figure';
import type { LocaleFolder } from '../i18n/locales';

/** `{{figure-id}}`: ids are lower-case words joined by hyphens, like every id in the playbook. */
export const FIGURE_PATTERN = /\{\{([a-z0-9]+(?:-[a-z0-9]+)*)\}\}/g;

const NNBSP = '\u202F';
const NBSP = '\u00A0';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Ids of every figure referenced in `text`. */
export function figureIds(text: string): string[] {
	return [...text.matchAll(FIGURE_PATTERN)].map((m) => m[1]);
}

function number(value: number, locale: LocaleFolder): string {
	return value.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 3 });
}

function date(iso: string, locale: LocaleFolder): string {
	const [y, m, d] = iso.split('-').map(Number);
	return locale === 'en' ? `${d}${NBSP}${MONTHS[m - 1]}${NBSP}${y}` : `${y}${NBSP}年${NBSP}${m}${NBSP}月${NBSP}${d}${NBSP}日`;
}

/** The value and its unit, without the as-of date. */
export function formatValue(figure: Figure, locale: LocaleFolder): string {
	const { value, unit } = figure;
	if (unit === 'date') return date(String(value), locale);
	const n = Number(value);
	const v = number(n, locale);
	const en = locale === 'en';
	switch (unit) {
		case 'percent':
			return `${v}${NNBSP}%`;
		case 'percentage-points':
			return en ? `${v}${NBSP}percentage point${n === 1 ? '' : 's'}` : `${v}${NBSP}个百分点`;
		case 'weeks':
			return en ? `${v}${NBSP}week${n === 1 ? '' : 's'}` : `${v}${NBSP}周`;
		case 'days':
			return en ? `${v}${NBSP}day${n === 1 ? '' : 's'}` : `${v}${NBSP}天`;
		case 'months':
			return en ? `${v}${NBSP}month${n === 1 ? '' : 's'}` : `${v}${NBSP}个月`;
		case 'usd':
			return en ? `$${v}` : `${v}${NBSP}美元`;
		case 'eur':
			return en ? `€${v}` : `${v}${NBSP}欧元`;
		case 'gbp':
			return en ? `£${v}` : `${v}${NBSP}英镑`;
		case 'count':
			return figure.label ? `${v}${NBSP}${figure.label[locale]}` : v;
	}
}

/** The as-of note: "（截至 2026-11）" / " (as of Nov 2026)". */
export function formatAsOf(asOf: string, locale: LocaleFolder): string {
	const [y, m] = asOf.split('-').map(Number);
	return locale === 'en' ? ` (as of ${MONTHS[m - 1]}${NBSP}${y})` : `（截至${NBSP}${asOf.slice(0, 7)}）`;
}

/** The figure as content shows it: value, unit and as-of date. */
export function formatFigure(figure: Figure, locale: LocaleFolder): string {
	return formatValue(figure, locale) + formatAsOf(figure.asOf, locale);
}

/** Replaces every `{{id}}` whose figure is known; unknown ids stay as written (the content check fails the build for them). */
export function expandFigures(text: string, figure: (id: string) => string | undefined): string {
	return text.replace(FIGURE_PATTERN, (whole, id: string) => figure(id) ?? whole);
}
