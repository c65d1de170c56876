/** The assessment model (`src/lib/assessment/model.ts`) built from the collections at build time. */
import { getCollection } from 'astro:content';
import { buildPlaybookModel, type PlaybookModel } from '../lib/assessment/model';
import { ROOT_LOCALE } from '../i18n/locales';
import { entriesFor } from './entries';
import pkg from '../../package.json';

let model: Promise<PlaybookModel> | undefined;

/** One model for both languages: ids, weights and links are language-neutral; hashes use the Chinese text. */
export function playbookModel(): Promise<PlaybookModel> {
	model ??= (async () => {
		const [checklists, risks, strategies, profiles] = await Promise.all([
			entriesFor('checklists', ROOT_LOCALE.folder),
			entriesFor('risks', ROOT_LOCALE.folder),
			entriesFor('strategies', ROOT_LOCALE.folder),
			getCollection('profiles'),
		]);
		return buildPlaybookModel(
			{
				checklists: checklists.map((c) => ({
					id: c.id,
					order: c.data.order,
					sections: c.data.sections.map((s) => ({
						id: s.id,
						items: s.items.map((i) => ({
							id: i.id,
							statement: i.statement,
							weight: i.weight,
							mitigates: i.mitigates.map((r) => r.id),
							implements: i.implements === undefined ? undefined : i.implements.id,
						})),
					})),
				})),
				risks: risks.map((r) => ({ id: r.id, order: r.data.order, category: r.data.category, likelihood: r.data.likelihood, impact: r.data.impact })),
				strategies: strategies.map((s) => ({ id: s.id, order: s.data.order })),
				profiles: profiles.map((p) => p.data),
			},
			pkg.version
		);
	})();
	return model;
}

/** The localStorage key of the assessment. */
export const STORAGE_KEY = 'cbp-assessment';
