/** A Markdown report of the assessment (overall, per checklist, open actions); all wording comes from the caller. */
import { actionPlan, notAssessedByChecklist, type Action } from './actions';
import type { PlaybookModel } from './model';
import { scoreChecklist, scoreOverall, type Score } from './scoring';
import { getAnswer, type AssessmentState, type Level } from './state';

export interface ReportLabels {
	overall: string;
	checklists: string;
	actions: string;
	score: string;
	complete: string;
	answered: string;
	na: string;
	unknown: string;
	checklist: string;
	item: string;
	weight: string;
	status: string;
	reduction: string;
	owner: string;
	due: string;
	note: string;
	/** Level names 0–3, as shown in the answer form. */
	levels: Record<Level, string>;
	unknownStatus: string;
	/** The "not yet assessed" section's heading, and its count column. */
	notAssessed: string;
	unanswered: string;
	noActions: string;
}

export interface ReportOptions {
	title: string;
	labels: ReportLabels;
	/** A line under the title, e.g. the date and playbook version. */
	subtitle?: string;
	checklistTitles?: Record<string, string>;
	/** Item statements; the id is shown when missing. */
	itemTitles?: Record<string, string>;
	includeNotes?: boolean;
	maxActions?: number;
}

/**
 * Makes free text inert inline Markdown: line breaks become spaces (one table cell, one line) and characters
 * that start emphasis, code, links, HTML, entities or table cells are backslash-escaped, as are line-start
 * markers (heading, list, quote). CommonMark allows a backslash before any ASCII punctuation.
 */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
		.replace(/[\\`*_[\]<>|~&]/g, '\\$&')
		.replace(/^(\s*)([#+=-])/, '$1\\$2')
		.replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: (string | number)[][]) =>
	[row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

function scoreRow(score: Score): (string | number)[] {
	return [percent(score.score), percent(score.complete), `${score.answered} / ${score.total}`, score.na, score.unknown];
}

export function markdownReport(model: PlaybookModel, state: AssessmentState, options: ReportOptions): string {
	const { labels } = options;
	const e = escapeMarkdown;
	const name = (titles: Record<string, string> | undefined, id: string) =>
		e(titles && Object.hasOwn(titles, id) ? titles[id] : id);
	const scoreHeader = [labels.score, labels.complete, labels.answered, labels.na, labels.unknown].map(e);
	const status = (action: Action) => (action.status === 'unknown' ? labels.unknownStatus : labels.levels[action.level]);
	const pending = notAssessedByChecklist(model, state);

	const actions = actionPlan(model, state).slice(0, options.maxActions ?? Infinity);
	const actionLabels = [
		labels.item,
		labels.checklist,
		labels.weight,
		labels.status,
		labels.reduction,
		labels.owner,
		labels.due,
	];
	if (options.includeNotes) actionLabels.push(labels.note);
	const actionHeader = ['#', ...actionLabels.map(e)];
	const actionRows = actions.map((action, index) => {
		const cells: (string | number)[] = [
			index + 1,
			name(options.itemTitles, action.itemId),
			name(options.checklistTitles, action.checklistId),
			action.weight,
			e(status(action)),
			action.reduction.toFixed(2),
			e(action.owner ?? ''),
			action.due ?? '',
		];
		if (options.includeNotes) cells.push(e(getAnswer(state, action.itemId)?.note ?? ''));
		return cells;
	});

	return (
		[
			`# ${e(options.title)}`,
			...(options.subtitle ? [e(options.subtitle)] : []),
			`## ${e(labels.overall)}`,
			table(scoreHeader, [scoreRow(scoreOverall(model, state))]),
			`## ${e(labels.checklists)}`,
			table(
				[e(labels.checklist), ...scoreHeader],
				model.checklists.map((c) => [
					name(options.checklistTitles, c.id),
					...scoreRow(scoreChecklist(model, state, c.id)),
				])
			),
			`## ${e(labels.actions)}`,
			actionRows.length > 0 ? table(actionHeader, actionRows) : e(labels.noActions),
			...(pending.length > 0
				? [
						`## ${e(labels.notAssessed)}`,
						table(
							[e(labels.checklist), e(labels.unanswered)],
							pending.map(([id, items]) => [name(options.checklistTitles, id), items.length])
						),
					]
				: []),
		].join('\n\n') + '\n'
	);
}
