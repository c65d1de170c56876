/**
 * `Intl` formatters, made once per locale: constructing one costs far more than using it, and a
 * build formats dates and figures on every page (thousands of times at scale).
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
	let value = cache.get(key) as T | undefined;
	if (!value) cache.set(key, (value = make()));
	return value;
}

/** The month's short name in a locale ("Jul", "7月") for a UTC date. */
export const shortMonth = (intl: string, utcMillis: number) =>
	cached(`month:${intl}`, () => new Intl.DateTimeFormat(intl, { month: 'short', timeZone: 'UTC' })).format(utcMillis);

/** A number with the locale's grouping and up to three decimals. */
export const formatNumber = (intl: string, n: number) => cached(`number:${intl}`, () => new Intl.NumberFormat(intl, { maximumFractionDigits: 3 })).format(n);

/** The locale's plural category of a number ("one", "other", …). */
export const pluralCategory = (intl: string, n: number) => cached(`plural:${intl}`, () => new Intl.PluralRules(intl)).select(n);
