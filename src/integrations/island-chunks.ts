/**
 * How the islands' browser code is split into files. Left to itself the bundler cuts the shared
 * assessment code into one file per combination of pages that use it: a checklist page then loads
 * seven small scripts whose separate compression costs ~2 kB more than one. Two groups instead:
 * - `assessment-state`: reading, validating, migrating and scoring a saved state (every island page,
 *   and the checklist index once answers are stored);
 * - `assessment-session`: the live session around it (saving, cross-tab merge, notices, page data).
 * Groups take their modules' dependencies along (the bundler's default, which Astro's entry settings
 * require): the locale data the session reads goes with it, so code outside the islands that needs
 * the same data loads it on demand (the new-edition notice, the checklist index). Everything else
 * (views, exports, share codec, planner) stays split per page or loaded on demand.
 */
import type { AstroIntegration } from 'astro';

const src = (folder: string, modules: string[]) => new RegExp(`[\\\\/]src[\\\\/]${folder}[\\\\/](${modules.join('|')})\\.ts$`);

export const ISLAND_CHUNK_GROUPS = [
	{ name: 'assessment-state', test: src('lib[\\\\/]assessment', ['state', 'model', 'validate', 'migrations', 'storage', 'scoring', 'version-diff']), priority: 2 },
	{ name: 'assessment-session', test: src('(?:lib|scripts)[\\\\/]assessment', ['session', 'browser', 'page-data', 'dom', 'merge']), priority: 1 },
];

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
