/** What every overview view gets: the session, its page, the wording helpers. */
import type { Action } from '../../../lib/assessment/actions';
import type { PlaybookModel } from '../../../lib/assessment/model';
import type { AnswerValue } from '../../../lib/assessment/state';
import type { AssessmentTitles } from '../../../utils/assessment-titles';
import type { ModelSource } from '../page-data';
import type { Session, Translate } from '../session';
import type { LongLists } from './long-list';

export interface OverviewContext {
	session: Session;
	/** The model now: it grows as answers arrive and views need more (`models`); read it, never keep it. */
	readonly model: PlaybookModel;
	models: ModelSource;
	titles: AssessmentTitles;
	/** Brings the statements of these items into `titles.items` (see page-data.ts). */
	loadItemTitles: (itemIds: Iterable<string>) => Promise<void>;
	/** Brings every item statement (for views that may list any item: exports, snapshots, imports, a shared view). */
	loadAllItemTitles: () => Promise<void>;
	t: Translate;
	/** The island's element matching a selector (the page always renders it). */
	$: <E extends Element = HTMLElement>(selector: string) => E;
	notices: HTMLElement;
	live: HTMLElement;
	/** The long lists' "Show all" state (long-list.ts). */
	lists: LongLists;
	levelLabel: (value: AnswerValue | undefined) => string;
	dateLabel: (ms: number) => string;
}

/** "0 Not started", "Don't know": an action's current status (unanswered items are never actions). */
export function statusLabel(t: Translate, action: Action): string {
	return action.status === 'level' ? t(`level.${action.level}` as 'level.0') : t('dash.status.unknown');
}

/** The address parameter the erase view reloads the page with (`?erased=<keys removed>`). */
export const ERASED_PARAM = 'erased';

export const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
export const today = (now = new Date()) => now.toISOString().slice(0, 10);
