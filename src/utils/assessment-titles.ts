/** Titles and links the assessment islands show, for one language, embedded as JSON by the pages. */
import { getCollection } from 'astro:content';
import { inLocale } from '../schemas/glossary';
import { stripInline } from '../lib/inline';
import { localeByFolder } from '../i18n/locales';
import type { PageContext } from './entries';

export async function assessmentTitles(ctx: PageContext) {
	const plain = (text: string) => stripInline(text, ctx.termLabel, ctx.figure);
	const profiles = (await getCollection('profiles')).map((p) => ({ id: p.id, name: inLocale(p.data, ctx.locale).name }));
	return {
		items: Object.fromEntries([...ctx.items].map(([id, ref]) => [id, plain(ref.item.statement)])),
		itemLinks: Object.fromEntries([...ctx.items].map(([id, ref]) => [id, ref.href])),
		risks: Object.fromEntries([...ctx.risks].map(([id, e]) => [id, plain(e.data.title)])),
		riskLinks: Object.fromEntries([...ctx.risks].map(([id]) => [id, ctx.link('risks', id)])),
		strategies: Object.fromEntries([...ctx.strategies].map(([id, e]) => [id, plain(e.data.title)])),
		strategyLinks: Object.fromEntries([...ctx.strategies].map(([id]) => [id, ctx.link('strategies', id)])),
		checklists: Object.fromEntries([...ctx.checklists].map(([id, e]) => [id, plain(e.data.title)])),
		checklistLinks: Object.fromEntries([...ctx.checklists].map(([id]) => [id, ctx.link('checklists', id)])),
		profiles,
		/** The locale `Intl` formats dates in (`content/i18n/locales.json`). */
		lang: localeByFolder(ctx.locale).intl,
	};
}

export type AssessmentTitles = Awaited<ReturnType<typeof assessmentTitles>>;
