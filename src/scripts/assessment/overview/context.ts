/** What every overview view gets: the session, its page, the wording helpers. */
import type { PlaybookModel } from '../../../lib/assessment/model';
import type { AnswerValue } from '../../../lib/assessment/state';
import type { AssessmentTitles } from '../../../utils/assessment-titles';
import type { Session, Translate } from '../session';

export interface OverviewContext {
	session: Session;
	model: PlaybookModel;
	titles: AssessmentTitles;
	t: Translate;
	/** The island's element matching a selector (the page always renders it). */
	$: <E extends Element = HTMLElement>(selector: string) => E;
	notices: HTMLElement;
	live: HTMLElement;
	levelLabel: (value: AnswerValue | undefined) => string;
	dateLabel: (ms: number) => string;
}

export const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
export const today = (now = new Date()) => now.toISOString().slice(0, 10);
