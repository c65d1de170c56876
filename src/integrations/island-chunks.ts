/**
 * How the islands' browser code is split into files. Left to itself the bundler cuts the shared
 * assessment code into one file per combination of pages that use it: a checklist page then loads
 * seven small scripts whose separate compression costs ~2 kB more than one. Three groups instead:
 * - `assessment-state`: the answers, the model and their scores, and the plain write that saves a
 *   first visit's answers (every island page, and the checklist index once answers are stored);
 * - `assessment-session`: the live session around it (saving, notices, page data);
 * - `assessment-reader`: reading what storage holds (validating, migrating, salvaging, merging another
 *   tab's write, what changed since the playbook version), which the session loads only when something
 *   is stored: a first visit does not download it. The reports of what a load found are a file of
 *   their own, loaded only when there is something to tell.
 * Groups take their modules' dependencies along (the bundler's default, which Astro's entry settings
 * require): the locale data the session reads goes with it, so code outside the islands that needs
 * the same data loads it on demand (the new-edition notice, the checklist index). Everything else
 * (views, exports, share codec, planner) stays split per page or loaded on demand.
 */
import type { AstroIntegration } from 'astro';

const src = (folder: string, modules: string[]) => new RegExp(`[\\\\/]src[\\\\/]${folder}[\\\\/](${modules.join('|')})\\.ts$`);

export const ISLAND_CHUNK_GROUPS = [
	// The bundler's helper for loading code on demand, which every page's scripts use: on its own, or a
	// group whose module loads something on demand would take it along, and every page would load that group.
	{ name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 4 },
	{ name: 'assessment-state', test: src('lib[\\\\/]assessment', ['state', 'model', 'storage-raw', 'scoring']), priority: 3 },
	{ name: 'assessment-session', test: src('scripts[\\\\/]assessment', ['session', 'browser', 'page-data', 'dom']), priority: 2 },
	{ name: 'assessment-reader', test: src('(?:lib|scripts)[\\\\/]assessment', ['storage', 'validate', 'migrations', 'version-diff', 'merge']), priority: 1 },
];

/** The chunks only assessment island pages load: a reading page that loads one has our code leaking into it. */
export const ASSESSMENT_CHUNKS = ISLAND_CHUNK_GROUPS.map((group) => group.name).filter((name) => name.startsWith('assessment-'));

/** Whether a built script (a site path such as `/_astro/assessment-state.1a2b3c.js`) is one of them. */
export const isAssessmentChunk = (path: string) => ASSESSMENT_CHUNKS.some((name) => path.startsWith(`/_astro/${name}.`));

export function islandChunks(): AstroIntegration {
	return {
		name: 'playbook:island-chunks',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: ISLAND_CHUNK_GROUPS } } } } } } } });
			},
		},
	};
}
