/** The data an assessment page embeds for its island: the model, the strings, where to save. */
import type { PlaybookModel } from '../../lib/assessment/model';
import type { AssessmentKey } from '../../i18n/assessment';
import type { AssessmentTitles } from '../../utils/assessment-titles';

export interface PageData {
	model: PlaybookModel;
	strings: Record<AssessmentKey, string>;
	storageKey: string;
	dashboard: string;
	/** Present where the page embeds them (`<AssessmentData withTitles />`). */
	titles?: AssessmentTitles;
}

export function readPageData(): PageData {
	return JSON.parse(document.getElementById('pb-assessment-data')!.textContent!);
}
