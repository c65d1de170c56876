/**
 * Team view: several people's assessments side by side, with the items they disagree on most
 * first: the Atlassian health-monitor discussion, made concrete, and no server involved.
 */
import type { PlaybookModel } from './model';
import { getAnswer, type AnswerValue, type AssessmentState } from './state';

export interface Member {
	name: string;
	state: AssessmentState;
}

export interface ItemSpread {
	itemId: string;
	checklistId: string;
	weight: 1 | 2 | 3;
	/** Each member's answer, in member order (undefined = not answered). */
	values: (AnswerValue | undefined)[];
	/** Highest minus lowest level among members who gave a level (0–3); 0 when fewer than two did. */
	spread: number;
	/** Mean level of those answers, or null when nobody gave a level. */
	mean: number | null;
	/** Members who answered "don't know": a gap in knowledge worth discussing too. */
	unknown: number;
}

/**
 * Every item with the members' answers, ordered for discussion: biggest spread first, then more
 * "don't know" answers, then higher weight, then page order.
 */
export function teamSpread(model: PlaybookModel, members: readonly Member[]): ItemSpread[] {
	const rows = model.items.map((item, order) => {
		const values = members.map((m) => getAnswer(m.state, item.id)?.value);
		const levels: number[] = values.filter((v) => typeof v === 'number');
		return {
			order,
			row: {
				itemId: item.id,
				checklistId: item.checklistId,
				weight: item.weight,
				values,
				spread: levels.length >= 2 ? Math.max(...levels) - Math.min(...levels) : 0,
				mean: levels.length ? levels.reduce((a, b) => a + b, 0) / levels.length : null,
				unknown: values.filter((v) => v === 'unknown').length,
			},
		};
	});
	rows.sort((a, b) => b.row.spread - a.row.spread || b.row.unknown - a.row.unknown || b.row.weight - a.row.weight || a.order - b.order);
	return rows.map((r) => r.row);
}
