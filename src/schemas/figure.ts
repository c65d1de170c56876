/**
 * Figures: every threshold, rate or date the playbook states on more than one page, kept once with
 * its unit, its as-of date and its source. Content refers to a figure as `{{figure-id}}` in
 * frontmatter text, bodies, glossary definitions and regulation texts; pages render the value with
 * its as-of date (`src/lib/figures.ts`), the calendar file and the feed as plain text.
 * One YAML list (`content/figures/figures.yaml`); text that differs by language sits side by side.
 */
import { z } from 'astro/zod';
import { httpsUrl, isoDate, isRealIsoDate, slug, text } from './common';
import { localeRecord } from './glossary';

/** How a value is written: `percent` → 60 %, `weeks` → 8 周 / 8 weeks, `usd` → 53,088 美元 / $53,088 … */
export const FIGURE_UNITS = ['percent', 'percentage-points', 'weeks', 'days', 'months', 'usd', 'eur', 'gbp', 'count', 'date'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export const figureSchema = z
	.strictObject({
		id: slug,
		/** A number, or for `unit: date` a date written YYYY-MM-DD. */
		value: z.union([z.number({ error: 'must be a number' }), z.string({ error: 'must be a number or a date' })]),
		unit: z.enum(FIGURE_UNITS),
		/** When the value was last checked against its source. */
		asOf: isoDate,
		/** Where the value comes from: the regulator's or platform's own page, or the playbook page that sets the rule. */
		source: httpsUrl,
		/** For `unit: count`, the word after the number in each language ("250 项" / "250 entries"). */
		label: localeRecord(text).optional(),
		/** What the figure is, for authors (not rendered). */
		note: text.optional(),
	})
	.superRefine((figure, ctx) => {
		if (figure.unit === 'date') {
			if (typeof figure.value !== 'string' || !isRealIsoDate(figure.value)) {
				ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be a real calendar date written as YYYY-MM-DD when unit is "date"' });
			}
		} else if (typeof figure.value !== 'number') {
			ctx.addIssue({ code: 'custom', path: ['value'], message: `must be a number when unit is "${figure.unit}"` });
		}
	});

export type Figure = z.output<typeof figureSchema>;
