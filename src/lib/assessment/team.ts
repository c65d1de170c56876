/**
 * Team view: several people's assessments side by side, ordered for a workshop discussion: the Atlassian
 * health-monitor conversation, made concrete, with no server involved. Framework-free; the island and the
 * minutes (team-report.ts) word what this computes.
 */
import type { PlaybookModel } from './model';
import { getAnswer, respondentLabel, type AnswerValue, type AssessmentState } from './state';

export interface Member {
	/** Shown in column headers; may repeat between members (see `memberLabels`). */
	name: string;
	state: AssessmentState;
}

/** One person's answer to one item, as the comparison shows it. */
export interface MemberAnswer {
	value?: AnswerValue;
	note?: string;
	naReason?: string;
}

export interface ItemSpread {
	itemId: string;
	checklistId: string;
	weight: 1 | 2 | 3;
	/** Each member's answer value, in member order (undefined = not answered). */
	values: (AnswerValue | undefined)[];
	/** Each member's answer with note and N/A reason, in member order. */
	answers: MemberAnswer[];
	/**
	 * How far apart the answers are, 0–3: the largest distance between two members' answers (see
	 * `answerDistance`). N/A and "don't know" count against levels; unanswered items do not count here.
	 */
	disagreement: number;
	/** Highest minus lowest level among members who gave a level (0–3); 0 when fewer than two did. */
	spread: number;
	/** Mean level of those answers, or null when nobody gave a level. */
	mean: number | null;
	/** Members who answered "don't know": a gap in knowledge worth discussing too. */
	unknown: number;
	/** Members who have not answered the item: listed separately, never counted as agreement. */
	unanswered: number;
}

/** Disagreement at or above this is "worth discussing" in the summary and the minutes. */
export const DISCUSS_THRESHOLD = 2;

/**
 * Distance between two given answers, on the 0–3 scale of levels:
 * - two levels: how many levels apart;
 * - N/A against a level: 3, as far apart as it gets (one says the control is out of scope, the other rates it);
 * - "don't know" against a level or N/A: 2 (one person knows what another does not: worth discussing);
 * - equal answers: 0.
 */
export function answerDistance(a: AnswerValue, b: AnswerValue): number {
	if (a === b) return 0;
	if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b);
	if (a === 'unknown' || b === 'unknown') return 2;
	return 3; // N/A against a level
}

/** The largest distance between any two of the given answers (unanswered left out); 0 for fewer than two. */
export function disagreement(values: readonly (AnswerValue | undefined)[]): number {
	const given = values.filter((v): v is AnswerValue => v !== undefined);
	let max = 0;
	for (let i = 0; i < given.length; i++) for (let j = i + 1; j < given.length; j++) max = Math.max(max, answerDistance(given[i], given[j]));
	return max;
}

/**
 * Every item with the members' answers, ordered for discussion: biggest disagreement first, then more
 * "don't know" answers, then more unanswered, then higher weight, then page order.
 */
export function teamSpread(model: PlaybookModel, members: readonly Member[]): ItemSpread[] {
	const rows = model.items.map((item, order) => {
		const answers = members.map((m): MemberAnswer => {
			const answer = getAnswer(m.state, item.id);
			if (!answer) return {};
			return {
				...(answer.value !== undefined ? { value: answer.value } : {}),
				...(answer.note ? { note: answer.note } : {}),
				...(answer.naReason ? { naReason: answer.naReason } : {}),
			};
		});
		const values = answers.map((a) => a.value);
		const levels: number[] = values.filter((v) => typeof v === 'number');
		const row: ItemSpread = {
			itemId: item.id,
			checklistId: item.checklistId,
			weight: item.weight,
			values,
			answers,
			disagreement: disagreement(values),
			spread: levels.length >= 2 ? Math.max(...levels) - Math.min(...levels) : 0,
			mean: levels.length ? levels.reduce((a, b) => a + b, 0) / levels.length : null,
			unknown: values.filter((v) => v === 'unknown').length,
			unanswered: values.filter((v) => v === undefined).length,
		};
		return { order, row };
	});
	rows.sort(
		(a, b) =>
			b.row.disagreement - a.row.disagreement ||
			b.row.unknown - a.row.unknown ||
			b.row.unanswered - a.row.unanswered ||
			b.row.weight - a.row.weight ||
			a.order - b.order
	);
	return rows.map((r) => r.row);
}

export type TeamSort = 'disagreement' | 'page';

export interface TeamFilter {
	sort?: TeamSort;
	/** Only weight-3 items. */
	weight3?: boolean;
	/** Only this checklist's items. */
	checklistId?: string;
	/** Only items someone has not answered yet. */
	unansweredBySomeone?: boolean;
	/** Only items with at least this disagreement. */
	minDisagreement?: number;
}

/** The rows a filter keeps, in the order asked for (page order from the model). */
export function filterRows(model: PlaybookModel, rows: readonly ItemSpread[], filter: TeamFilter): ItemSpread[] {
	const kept = rows.filter(
		(row) =>
			(!filter.weight3 || row.weight === 3) &&
			(!filter.checklistId || row.checklistId === filter.checklistId) &&
			(!filter.unansweredBySomeone || row.unanswered > 0) &&
			row.disagreement >= (filter.minDisagreement ?? 0)
	);
	if (filter.sort !== 'page') return kept;
	const order = new Map(model.items.map((item, i) => [item.id, i]));
	return kept.sort((a, b) => order.get(a.itemId)! - order.get(b.itemId)!);
}

/**
 * Column headers that tell people apart: the same name twice becomes "Li Wei (1)" and "Li Wei (2)"
 * (in the order given), so a column is never ambiguous even when two colleagues share a name.
 */
export function memberLabels(names: readonly string[]): string[] {
	const counts = new Map<string, number>();
	for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
	const seen = new Map<string, number>();
	return names.map((name) => {
		if (counts.get(name)! < 2) return name;
		const n = (seen.get(name) ?? 0) + 1;
		seen.set(name, n);
		return `${name} (${n})`;
	});
}

/** A member's name: who they said they are, else the fallback (file name, "Link 2"). */
export function memberName(state: AssessmentState, fallback: string): string {
	return respondentLabel(state.respondent) || fallback;
}

/** Members whose answers were given against another playbook version than the one on this site. */
export function versionMismatches(model: PlaybookModel, members: readonly Member[]): boolean[] {
	return members.map((m) => m.state.playbookVersion !== model.version);
}
