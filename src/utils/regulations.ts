/**
 * The regulations collection for one language, with the risk page that shows each regulation.
 * Astro glue for the calendar, the feed and the planner pages; the logic is in `src/lib/obligations`.
 */
import { getCollection } from 'astro:content';
import type { LocaleFolder } from '../i18n/locales';
import { plainRegulation, regulationsIn } from '../lib/obligations/regulations';
import { stripInline } from '../lib/inline';
import type { Regulation } from '../lib/obligations/engine';
import { entryPath } from '../lib/site/paths';
import { entriesFor, pageContext } from './entries';
import { splitEntryId } from '../lib/content/entry-id';

export async function regulationsFor(locale: LocaleFolder): Promise<Regulation[]> {
	return regulationsIn(await getCollection('regulations'), locale);
}

/** The same as plain text (figures and glossary terms written out), for the .ics calendar, the feed and the islands. */
export async function plainRegulationsFor(locale: LocaleFolder): Promise<Regulation[]> {
	const ctx = await pageContext(locale);
	const plain = (text: string) => stripInline(text, ctx.termLabel, ctx.figure);
	return (await regulationsFor(locale)).map((regulation) => plainRegulation(regulation, plain));
}

/** Path of the first risk page (in register order) listing each regulation, with its row anchor. */
export async function regulationPages(locale: LocaleFolder): Promise<Map<string, string>> {
	const pages = new Map<string, string>();
	for (const risk of await entriesFor('risks', locale)) {
		for (const id of risk.data.regulations) {
			if (!pages.has(id)) pages.set(id, entryPath('risks', splitEntryId(risk.id).id, locale, id));
		}
	}
	return pages;
}
