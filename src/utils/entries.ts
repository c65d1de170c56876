/**
 * Reading the collections for one language. Astro-specific glue: the domain rules live in
 * `src/lib`, this module only fetches entries and resolves references for a locale.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../schemas';
import { inLocale } from '../schemas/glossary';
import { LOCALES, type LocaleFolder } from '../i18n/locales';
import { splitEntryId } from '../lib/content/entry-id';
import { glossaryPath, entryPath } from '../lib/site/paths';
import type { FigureText, TermLink } from '../lib/inline';
import { stripInline } from '../lib/inline';
import { formatFigure } from '../lib/figures';

export type AnyEntry = CollectionEntry<'strategies'> | CollectionEntry<'risks'> | CollectionEntry<'checklists'>;

export async function entriesFor<C extends CollectionName>(collection: C, locale: LocaleFolder): Promise<CollectionEntry<C>[]> {
	const all = (await getCollection(collection)) as CollectionEntry<C>[];
	return all
		.filter((entry) => splitEntryId(entry.id).locale === locale)
		.sort((a, b) => (a.data as { order: number }).order - (b.data as { order: number }).order);
}

/** Route params and props for every entry page of every collection, in every language. */
export async function entryPaths() {
	const paths = [];
	for (const collection of COLLECTIONS) {
		for (const locale of LOCALES) {
			for (const entry of await entriesFor(collection, locale.folder)) {
				paths.push({
					params: { lang: locale.prefix || undefined, collection, id: splitEntryId(entry.id).id },
					props: { collection, locale: locale.folder, entry: entry as AnyEntry },
				});
			}
		}
	}
	return paths;
}

export function localeParams() {
	return LOCALES.map((locale) => ({ params: { lang: locale.prefix || undefined }, props: { locale: locale.folder } }));
}

export interface ItemRef {
	checklistId: string;
	checklistTitle: string;
	sectionId: string;
	item: CollectionEntry<'checklists'>['data']['sections'][number]['items'][number];
	href: string;
}

/** Everything a page needs to resolve ids to titles and links in its language. */
export interface PageContext {
	locale: LocaleFolder;
	term: (id: string) => TermLink | undefined;
	termLabel: (id: string) => string | undefined;
	/** A figure's text in this language: value, unit and as-of date. */
	figure: FigureText;
	items: Map<string, ItemRef>;
	strategies: Map<string, CollectionEntry<'strategies'>>;
	risks: Map<string, CollectionEntry<'risks'>>;
	checklists: Map<string, CollectionEntry<'checklists'>>;
	link: (collection: CollectionName, id: string, anchor?: string) => string;
	title: (collection: CollectionName, id: string) => string;
}

const contexts = new Map<LocaleFolder, Promise<PageContext>>();

export function pageContext(locale: LocaleFolder): Promise<PageContext> {
	if (!contexts.has(locale)) contexts.set(locale, buildContext(locale));
	return contexts.get(locale)!;
}

async function buildContext(locale: LocaleFolder): Promise<PageContext> {
	const byId = <E extends { id: string }>(entries: E[]) => new Map(entries.map((entry) => [splitEntryId(entry.id).id, entry] as const));
	const strategies = byId(await entriesFor('strategies', locale));
	const risks = byId(await entriesFor('risks', locale));
	const checklists = byId(await entriesFor('checklists', locale));
	const glossary = new Map((await getCollection('glossary')).map((term) => [term.id, term.data]));
	const figures = new Map((await getCollection('figures')).map((figure) => [figure.id, figure.data]));

	const items = new Map<string, ItemRef>();
	for (const [checklistId, checklist] of checklists) {
		for (const section of checklist.data.sections) {
			for (const item of section.items) {
				items.set(item.id, {
					checklistId,
					checklistTitle: checklist.data.title,
					sectionId: section.id,
					item,
					href: entryPath('checklists', checklistId, locale, item.id),
				});
			}
		}
	}
	const termLabel = (id: string) => {
		const term = glossary.get(id);
		return term && inLocale(term, locale).term;
	};
	const figureText: FigureText = (id) => {
		const figure = figures.get(id);
		return figure && formatFigure(figure, locale);
	};
	const entriesOf = { strategies, risks, checklists } as Record<CollectionName, Map<string, AnyEntry>>;
	return {
		locale,
		termLabel,
		figure: figureText,
		term: (id) => {
			const label = termLabel(id);
			return label === undefined ? undefined : { href: glossaryPath(locale, id), label };
		},
		items,
		strategies,
		risks,
		checklists,
		link: (collection, id, anchor) => entryPath(collection, id, locale, anchor),
		title: (collection, id) => stripInline(entriesOf[collection].get(id)?.data.title ?? id, termLabel, figureText),
	};
}
