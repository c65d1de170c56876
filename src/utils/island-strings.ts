/**
 * The strings an island's page carries: the keys its script and the modules loaded with it name,
 * inlined; the keys only the modules it imports later name, in a file of its language fetched with
 * them (`strings/<hash>.json`: islands that load the same later code share one). Read from the
 * sources at build time (`source-keys.ts`), so the list is the code's own. Build-time only: the
 * sources stay out of every client bundle.
 */
import { assessmentStrings, type AssessmentKey, type Island } from '../i18n/assessment';
import { localizePath, ROOT_LOCALE, type LocaleFolder } from '../i18n/locales';
import { asset, type Asset } from './hashed-asset';
import { keysUsedBy, type Sources } from './source-keys';

/** Each island's script, as its page imports it. */
export const ISLAND_SCRIPTS: Readonly<Record<Island, string>> = {
	checklist: '/src/scripts/checklist-island.ts',
	overview: '/src/scripts/dashboard-island.ts',
	team: '/src/scripts/team-island.ts',
	facilitator: '/src/scripts/facilitator-island.ts',
	planner: '/src/scripts/planner-island.ts',
	calendar: '/src/scripts/calendar-island.ts',
};

export const ISLANDS = Object.keys(ISLAND_SCRIPTS) as Island[];

/** The browser code's sources, by path. */
export const SOURCES = import.meta.glob(['/src/scripts/**/*.ts', '/src/lib/**/*.ts', '/src/i18n/*.ts'], { eager: true, query: '?raw', import: 'default' }) as Sources;
type IslandKeys = { now: AssessmentKey[]; later: AssessmentKey[] };
const keysByIsland = new Map<Island, IslandKeys>();

function islandKeys(island: Island): IslandKeys {
	let keys = keysByIsland.get(island);
	if (!keys) keysByIsland.set(island, (keys = keysUsedBy(ISLAND_SCRIPTS[island], SOURCES, Object.keys(assessmentStrings(ROOT_LOCALE.folder))) as IslandKeys));
	return keys;
}

const pick = (locale: LocaleFolder, keys: AssessmentKey[]) => {
	const strings = assessmentStrings(locale);
	return Object.fromEntries(keys.map((key) => [key, strings[key]])) as Record<AssessmentKey, string>;
};

/** The assessment strings of `locale` that `island`'s page inlines. */
export function islandStrings(locale: LocaleFolder, island: Island): Record<AssessmentKey, string> {
	return pick(locale, islandKeys(island).now);
}

const laterAssets = new Map<string, Asset | undefined>();

/** The strings of `locale` that only what `island` loads later shows; undefined when there are none. */
export function laterStrings(locale: LocaleFolder, island: Island): Asset | undefined {
	const key = `${locale}/${island}`;
	if (!laterAssets.has(key)) {
		const { later } = islandKeys(island);
		laterAssets.set(key, later.length ? asset(pick(locale, later)) : undefined);
	}
	return laterAssets.get(key);
}

/** Where those are (undefined when there are none). */
export function laterStringsUrl(locale: LocaleFolder, island: Island): string | undefined {
	const file = laterStrings(locale, island);
	return file && localizePath(`/assessment/strings/${file.hash}.json`, locale);
}
