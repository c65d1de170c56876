/** The data an assessment island works from: inlined strings and settings, plus the fetched model and titles. */
import type { PlaybookModel } from '../../lib/assessment/model';
import type { AssessmentKey } from '../../i18n/assessment';
import type { AssessmentTitles } from '../../utils/assessment-titles';

export interface PageData {
	model: PlaybookModel;
	strings: Record<AssessmentKey, string>;
	storageKey: string;
	dashboard: string;
	/** Present for the islands that list items (overview, team). */
	titles?: AssessmentTitles;
}

interface Inline {
	strings: Record<AssessmentKey, string>;
	storageKey: string;
	dashboard: string;
	modelUrl: string;
	titlesUrl?: string;
}

/** Content-hashed files: any cached copy is the right one, so the visit downloads each once. */
const getJson = async <T>(url: string): Promise<T> => {
	const response = await fetch(url, { cache: 'force-cache' });
	if (!response.ok) throw new Error(`${response.status} for ${url}`);
	return response.json() as Promise<T>;
};

let loading: Promise<PageData> | undefined;

export function loadPageData(): Promise<PageData> {
	loading ??= (async () => {
		const inline: Inline = JSON.parse(document.getElementById('pb-assessment-data')!.textContent!);
		const [model, titles] = await Promise.all([
			getJson<PlaybookModel>(inline.modelUrl),
			inline.titlesUrl ? getJson<AssessmentTitles>(inline.titlesUrl) : undefined,
		]);
		return { model, strings: inline.strings, storageKey: inline.storageKey, dashboard: inline.dashboard, ...(titles ? { titles } : {}) };
	})();
	return loading;
}
