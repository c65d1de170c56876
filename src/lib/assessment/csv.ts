/** CSV for the action plan: RFC 4180 quoting, safe against spreadsheet formulas, with a BOM so Excel reads UTF-8. */
import type { Action } from './actions';

export type CsvValue = string | number | null | undefined;

export interface CsvColumn<T> {
	label: string;
	value: (row: T, index: number) => CsvValue;
}

/**
 * One field. Text starting with = + - @ (or tab/CR, which some spreadsheets skip before a formula) gets a leading
 * apostrophe so it is shown, not evaluated. Numbers are written as they are. Fields containing a quote, comma
 * or line break are quoted, with quotes doubled.
 */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	let text = typeof value === 'number' ? String(value) : value;
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, header row of labels, CRLF line ends (RFC 4180). */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
	const lines = [columns.map((column) => csvCell(column.label))];
	rows.forEach((row, index) => lines.push(columns.map((column) => csvCell(column.value(row, index)))));
	return '\uFEFF' + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

export type ActionField =
	| 'rank'
	| 'itemId'
	| 'checklistId'
	| 'sectionId'
	| 'weight'
	| 'level'
	| 'status'
	| 'reduction'
	| 'risks'
	| 'strategy'
	| 'owner'
	| 'due';

const FIELD_VALUE: Record<ActionField, CsvColumn<Action>['value']> = {
	rank: (_, index) => index + 1,
	itemId: (action) => action.itemId,
	checklistId: (action) => action.checklistId,
	sectionId: (action) => action.sectionId,
	weight: (action) => action.weight,
	level: (action) => action.level,
	status: (action) => action.status,
	reduction: (action) => Math.round(action.reduction * 100) / 100,
	risks: (action) => action.risks.join('; '),
	strategy: (action) => action.strategy,
	owner: (action) => action.owner,
	due: (action) => action.due,
};

/** Columns are the caller's: built-in fields with a label, or custom ones (e.g. the statement, a localized status). */
export function actionPlanCsv(
	actions: readonly Action[],
	columns: readonly ({ label: string; field: ActionField } | CsvColumn<Action>)[]
): string {
	return toCsv(
		actions,
		columns.map((column) => ('field' in column ? { label: column.label, value: FIELD_VALUE[column.field] } : column))
	);
}
