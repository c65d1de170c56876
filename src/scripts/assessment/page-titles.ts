/**
 * The titles of the islands that list items (overview, team, facilitator): checklist, pillar and risk
 * titles with their links from the titles file, and the item statements of the items a view shows,
 * fetched on demand (one small file per checklist section, or one with all of them). Passed to
 * `loadPageData` by those islands only, so a checklist page does not carry this code.
 */
import { ALL_ITEMS_FILE, indexModel, itemFile, itemFileSection, type PlaybookModel } from '../../lib/assessment/model';
import type { AssessmentTitles } from '../../utils/assessment-titles';
import { getJson, type TitlesReader } from './page-data';

export const readTitles: TitlesReader = (models, asset, itemsBase) => {
	// The titles file lists titles in the model's order: the model's checklists, risks and pillars are
	// the same in every model the page may come to have (outline, shares, whole).
	const initial = models.model;
	const byOrder = (entries: { id: string }[], titles: string[]) => Object.fromEntries(entries.map(({ id }, i) => [id, titles[i]]));
	const link = (prefix: string, entries: { id: string }[]) => Object.fromEntries(entries.map(({ id }) => [id, `${prefix}${id}/`]));
	const itemLinks: Record<string, string> = {};
	// The overview's model grows as answers arrive: the items it brings get their links.
	const linkItems = (model: PlaybookModel) => {
		for (const item of model.items) itemLinks[item.id] ??= `${asset.links.checklists}${item.checklistId}/#${item.id}`;
	};
	linkItems(initial);
	models.onChange(linkItems);
	const titles: AssessmentTitles = {
		lang: asset.lang,
		items: {},
		itemLinks,
		checklists: byOrder(initial.checklists, asset.checklists),
		checklistLinks: link(asset.links.checklists, initial.checklists),
		risks: byOrder(initial.risks, asset.risks),
		riskLinks: link(asset.links.risks, initial.risks),
		strategies: byOrder(initial.strategies, asset.strategies),
		strategyLinks: link(asset.links.strategies, initial.strategies),
		profiles: asset.profiles,
	};
	const files = new Map<string, Promise<void>>();
	// Which items a file holds, in its order: a section's items, or all of them (asked for with the items the model has).
	const order = (name: string) => {
		const { model } = models;
		return (name === ALL_ITEMS_FILE ? model.items : (indexModel(model).bySection.get(itemFileSection(name)) ?? [])).map((item) => item.id);
	};
	const load = async (wanted: Set<string>) => {
		for (const name of wanted)
			if (!files.has(name))
				files.set(
					name,
					getJson<string[]>(`${itemsBase}${name}-${asset.itemsHash}.json`).then(
						(statements) => order(name).forEach((id, i) => (titles.items[id] = statements[i])),
						// Offline without the file: the views show item ids; a later call tries again.
						() => void files.delete(name)
					)
				);
		await Promise.all([...wanted].map((name) => files.get(name)));
	};
	const loadItemTitles = async (itemIds: Iterable<string>) => {
		if (files.has(ALL_ITEMS_FILE)) return load(new Set([ALL_ITEMS_FILE]));
		const wanted = new Set<string>();
		const index = indexModel(models.model);
		for (const id of itemIds) {
			const item = index.item.get(id);
			if (item) wanted.add(itemFile(item.checklistId, item.sectionId));
		}
		return load(wanted);
	};
	// Every statement goes with every item: the whole model first.
	const loadAllItemTitles = async () => {
		await models.complete();
		await load(new Set([ALL_ITEMS_FILE]));
	};
	return { titles, loadItemTitles, loadAllItemTitles };
};
