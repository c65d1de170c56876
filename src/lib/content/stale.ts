/**
 * The stale-fact report: every dated row (a regulation's `asOf`) checked longer ago than a
 * configurable age. Not an error: `npm run validate` lists the rows and the build warns, so the
 * owner re-checks the source and moves the date. Framework-free; "today" is injected for tests.
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

/** Every regulation whose `asOf` is more than `maxAgeDays` before `on`, as `file: field: message`. */
export function staleRows(content: LoadedContent, on: string, maxAgeDays: number): ContentError[] {
	const rows: ContentError[] = [];
	for (const regulation of content.regulations ?? []) {
		const row = regulation.data;
		if (!row) continue;
		const age = ageInDays(row.asOf, on);
		if (age > maxAgeDays) {
			rows.push({
				file: regulation.file,
				field: 'asOf',
				message: `${row.asOf} is ${age} days old (limit ${maxAgeDays}): check ${row.url} and update the row and its date`,
			});
		}
	}
	return sortErrors(rows);
}

export function formatStaleReport(rows: ContentError[], maxAgeDays: number): string {
	return [`${rows.length} dated fact(s) last checked more than ${maxAgeDays} days ago:`, ...rows.map((r) => `  ${r.file}: ${r.field}: ${r.message}`)].join('\n');
}
