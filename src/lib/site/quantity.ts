/** A value and its unit as one unbreakable unit of text: "90–100 %" never wraps before "%". */
export const NARROW_NBSP = '\u202F';
export const NBSP = '\u00A0';

/** Joins a value and its unit with a no-break space (a narrow one before "%"); no unit, no space. */
export function withUnit(value: string | number, unit: string | undefined): string {
	if (!unit) return String(value);
	return `${value}${unit === '%' ? NARROW_NBSP : NBSP}${unit}`;
}
