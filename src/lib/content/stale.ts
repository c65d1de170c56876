/**
 * The stale-fact report: every dated row (a regulation's or a figure's `asOf`) checked longer ago
 * than a configurable age. Not an error: `npm run validate` lists the rows and the build warns, so
 * the owner re-checks the source and moves the date. The report itself works on a plain list of
 * dated rows (`DatedRow`); `datedRows` gathers them from the loaded content, one small collector per
 * kind of row. Framework-free; "today" is injected for tests.
 */
import type { LoadedContent } from './rules';
import { sortErrors, type ContentError } from './errors';

export const DEFAULT_STALE_AFTER_DAYS = 180;
const DAY_MS = 86_400_000;

/** The age limit from `STALE_AFTER_DAYS` (whole days), else the default. */
export function staleAfterDays(env: Record<string, string | undefined> = process.env): number {
	const raw = env.STALE_AFTER_DAYS;
	if (raw === undefined || raw === '') return DEFAULT_STALE_AFTER_DAYS;
	const days = Number(raw);
	if (!Number.isInteger(days) || days < 0) throw new Error(`STALE_AFTER_DAYS must be a whole number of days, got "${raw}"`);
	return days;
}

/** Today's date (UTC, YYYY-MM-DD), or `PLAYBOOK_TODAY` when set (tests pin it). */
export function today(env: Record<string, string | undefined> = process.env): string {
	const pinned = env.PLAYBOOK_TODAY;
	if (pinned) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`PLAYBOOK_TODAY must be a date written YYYY-MM-DD, got "${pinned}"`);
		return pinned;
	}
	return new Date().toISOString().slice(0, 10);
}

function ageInDays(asOf: string, on: string): number {
	return Math.round((Date.parse(`${on}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`)) / DAY_MS);
}

/** One dated fact: where it is written, when it was last checked and where to check it again. */
export interface DatedRow {
	file: string;
	/** The field holding the date, e.g. `asOf` (a regulation's file) or `ftc-civil-penalty.asOf`. */
	field: string;
	asOf: string;
	source: string;
}

/** Regulations (`content/regulations/<id>.yaml`), one row each. */
export function regulationRows(content: LoadedContent): DatedRow[] {
	return (content.regulations ?? []).flatMap(({ file, data }) => (data ? [{ file, field: 'asOf', asOf: data.asOf, source: data.url }] : []));
}

/** Figures (`content/figures/figures.yaml`), by id. */
export function figureRows(content: LoadedContent): DatedRow[] {
	const figures = content.figures;
	if (!figures) return [];
	return figures.items.flatMap(({ id, data }) => (data ? [{ file: figures.file, field: `${id}.asOf`, asOf: data.asOf, source: data.source }] : []));
}

/** Every dated row of the loaded content. */
export function datedRows(content: LoadedContent): DatedRow[] {
	return [...regulationRows(content), ...figureRows(content)];
}

/** Every row whose `asOf` is more than `maxAgeDays` before `on`, as `file: field: message`. */
export function staleRows(rows: DatedRow[], on: string, maxAgeDays: number): ContentError[] {
	return sortErrors(
		rows.flatMap((row) => {
			const age = ageInDays(row.asOf, on);
			return age > maxAgeDays
				? [{ file: row.file, field: row.field, message: `${row.asOf} is ${age} days old (limit ${maxAgeDays}): check ${row.source} and update the row and its date` }]
				: [];
		})
	);
}

export function formatStaleReport(rows: ContentError[], maxAgeDays: number): string {
	return [`${rows.length} dated fact(s) last checked more than ${maxAgeDays} days ago:`, ...rows.map((r) => `  ${r.file}: ${r.field}: ${r.message}`)].join('\n');
}
