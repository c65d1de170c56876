/** `/feed.xml` and `/en/feed.xml`: what each edition of the playbook holds and which regulations changed (Atom). */
import type { APIRoute } from 'astro';
import { entriesFor, localeParams } from '../../utils/entries';
import { plainRegulationsFor, regulationPages } from '../../utils/regulations';
import { playbookModel } from '../../utils/assessment-model';
import { toAtomFeed } from '../../lib/obligations/engine';
import { editionDate, editionEntries } from '../../lib/obligations/changes';
import { feedStrings } from '../../i18n/feeds';
import { format } from '../../i18n/format';
import { localeByFolder, localizePath, type LocaleFolder } from '../../i18n/locales';

export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ props, site }) => {
	const locale = props.locale as LocaleFolder;
	const words = feedStrings(locale);
	const absolute = (path: string) => new URL(path, site).href;
	const [regulations, pages, model, strategies, risks, checklists] = await Promise.all([
		plainRegulationsFor(locale),
		regulationPages(locale),
		playbookModel(),
		entriesFor('strategies', locale),
		entriesFor('risks', locale),
		entriesFor('checklists', locale),
	]);
	const input = {
		version: model.version,
		counts: {
			strategies: strategies.length,
			risks: risks.length,
			checklists: checklists.length,
			items: checklists.reduce((n, c) => n + c.data.sections.reduce((m, s) => m + s.items.length, 0), 0),
			regulations: regulations.length,
		},
		regulations: regulations.map((r) => ({ id: r.id, name: r.name, asOf: r.asOf, requires: r.requires, page: absolute(pages.get(r.id)!) })),
		home: absolute(localizePath('/', locale)),
		authority: site!.host,
	};
	const body = toAtomFeed({
		id: `tag:${site!.host},2026:feed/${locale}`,
		title: words.feedTitle,
		subtitle: words.feedSubtitle,
		lang: localeByFolder(locale).lang,
		selfUrl: absolute(localizePath('/feed.xml', locale)),
		siteUrl: input.home,
		author: words.author,
		updated: editionDate(input),
		entries: editionEntries(input, { ...words, format }),
	});
	return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
