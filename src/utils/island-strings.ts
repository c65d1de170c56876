/**
 * The strings an island's page inlines: the keys its script and the modules that script can load name
 * (`source-keys.ts`), read from the sources at build time. Build-time only: the sources stay out of
 * every client bundle.
 */
import { assessmentStrings, type AssessmentKey, type Island } from '../i18n/assessment';
import type { LocaleFolder } from '../i18n/locales';
import { keysUsedBy, type Sources } from './source-keys';

/** Each island's script, as its page imports it. */
export const ISLAND_SCRIPTS: Readonly<Record<Island, string>> = {
	checklist: '/src/scripts/checklist-island.ts',
	overview: '/src/scripts/dashboard-island.ts',
	team: '/src/scripts/team-island.ts',
	facilitator: '/src/scripts/facilitator-island.ts',
	planner: '/src/scripts/planner-island.ts',
};

const sources = import.meta.glob(['/src/scripts/**/*.ts', '/src/lib/**/*.ts', '/src/i18n/*.ts'], { eager: true, query: '?raw', import: 'default' }) as Sources;
const keysByIsland = new Map<Island, AssessmentKey[]>();

/** The assessment strings of `locale` that `island` can show. */
export function islandStrings(locale: LocaleFolder, island: Island): Record<AssessmentKey, string> {
	const strings = assessmentStrings(locale);
	let keys = keysByIsland.get(island);
	if (!keys) keysByIsland.set(island, (keys = keysUsedBy(ISLAND_SCRIPTS[island], sources, Object.keys(strings)) as AssessmentKey[]));
	return Object.fromEntries(keys.map((key) => [key, strings[key]])) as Record<AssessmentKey, string>;
}
