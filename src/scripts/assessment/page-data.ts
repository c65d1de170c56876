/** The data an assessment island works from: inlined strings and settings, plus the fetched model and titles. */
import { expandModel, type PlaybookModel } from '../../lib/assessment/model';
import type { AssessmentKey } from '../../i18n/assessment';
import type { AssessmentTitles } from '../../utils/assessment-titles';

export interface PageData {
	model: PlaybookModel;
	strings: Record<AssessmentKey, string>;
	storageKey: string;
	dashboard: string;
	/** Present for the islands that list items (overview, team). */
	titles?: AssessmentTitles;
	/** The planner's rules asset (checklist and planner islands): fetched only when needed. */
	plannerUrl?: string;
}

/** The titles file: item links are derived here, the profiles' targets join the model. */
type TitlesAsset = Omit<AssessmentTitles, 'itemLinks'> & { profileTargets: PlaybookModel['profiles'] };

interface Inline {
	strings: Record<AssessmentKey, string>;
	storageKey: string;
	dashboard: string;
	modelUrl: string;
	titlesUrl?: string;
	plannerUrl?: string;
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
		const [compact, asset] = await Promise.all([
			getJson<PlaybookModel>(inline.modelUrl),
			inline.titlesUrl ? getJson<TitlesAsset>(inline.titlesUrl) : undefined,
		]);
		const model = expandModel(compact, asset?.profileTargets);
		let titles: AssessmentTitles | undefined;
		if (asset) {
			const { profileTargets: _inModel, ...rest } = asset;
			const itemLinks = Object.fromEntries(model.items.map((item) => [item.id, `${rest.checklistLinks[item.checklistId]}#${item.id}`]));
			titles = { ...rest, itemLinks };
		}
		return {
			model,
			strings: inline.strings,
			storageKey: inline.storageKey,
			dashboard: inline.dashboard,
			...(titles ? { titles } : {}),
			...(inline.plannerUrl ? { plannerUrl: inline.plannerUrl } : {}),
		};
	})();
	return loading;
}
