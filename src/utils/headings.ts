/** The table of contents of an entry page, built from the same anchors the templates render. */
import type { MarkdownHeading } from 'astro';
import type { CollectionName } from '../schemas';
import type { Translator, UiKey } from '../i18n/ui';
import { stripInline } from '../lib/inline';

const h = (depth: number, slug: string, text: string): MarkdownHeading => ({ depth, slug, text: stripInline(text) });

export function entryHeadings(collection: CollectionName, data: any, t: Translator): MarkdownHeading[] {
	const section = (slug: string, key: UiKey) => h(2, slug, t(key));
	if (collection === 'strategies') {
		return [
			section('why-now', 'strategy.whyNow'),
			section('objectives', 'strategy.objectives'),
			section('practices', 'strategy.practices'),
			...data.practices.map((p: any, i: number) => h(3, p.id, `${i + 1}. ${p.title}`)),
			section('kpis', 'strategy.kpis'),
			section('maturity', 'strategy.maturity'),
			...(data.mistakes.length ? [section('mistakes', 'strategy.mistakes')] : []),
			section('related', 'strategy.related'),
		];
	}
	if (collection === 'risks') {
		return [
			section('scenario', 'risk.scenario'),
			section('assessment', 'risk.assessment'),
			section('indicators', 'risk.indicators'),
			section('mitigations', 'risk.mitigations'),
			section('response', 'risk.response'),
			...(data.regulations.length ? [section('regulations', 'risk.regulations')] : []),
			section('related', 'risk.related'),
		];
	}
	return [section('how-to-use', 'checklist.howToUse'), ...data.sections.map((s: any) => h(2, s.id, s.title))];
}
