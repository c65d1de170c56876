/**
 * The tailored assessment on a checklist page, loaded only once a seller profile is saved: items whose
 * regulations all do not apply to the profile get a visible "Suggested N/A: …" with the reason filled in,
 * accepted per item or for all at once. Nothing is ever answered without a click.
 */
import { setAnswer } from '../../lib/assessment/state';
import { evaluate } from '../../lib/obligations/engine';
import { naSuggestions, type Words } from '../../lib/obligations/planner';
import { codeLabel, plannerTranslator } from '../../i18n/planner';
import type { PlannerAsset } from '../../utils/planner-data';
import { h } from './dom';
import type { Session } from './session';

export interface SuggestOptions {
	session: Session;
	/** The panel where the "accept all" notice goes. */
	panel: HTMLElement;
	fieldsets: Map<string, HTMLFieldSetElement>;
	/** Redraws an item after its answer changed here. */
	refill: (itemId: string) => void;
	/** Announces to screen readers. */
	announce: (text: string) => void;
}

let asset: Promise<PlannerAsset> | undefined;

/** (Re)draws the suggestions for the current state; returns how many are offered. */
export async function showSuggestions(options: SuggestOptions): Promise<number> {
	const { session, panel, fieldsets, refill, announce } = options;
	const { data } = session;
	asset ??= fetch(data.plannerUrl!, { cache: 'force-cache' }).then((r) => r.json() as Promise<PlannerAsset>);
	const { regulations, itemRegulations, words: table } = await asset;
	const t = plannerTranslator(table);
	const words: Words = { t, label: (code) => codeLabel(table, code) };
	const names = new Map(regulations.map((r) => [r.id, r.name]));
	for (const old of document.querySelectorAll('[data-suggest]')) old.remove();
	const seller = session.state.seller;
	if (!seller || session.readOnly) return 0;
	const evaluation = evaluate(seller, regulations, { today: new Date().toISOString().slice(0, 10) });
	const suggestions = naSuggestions(session.state, evaluation, itemRegulations, [...fieldsets.keys()], (id) => names.get(id) ?? id, words);
	if (suggestions.length === 0) return 0;

	const accept = (list: typeof suggestions) => {
		let state = session.state;
		for (const s of list) state = setAnswer(state, s.itemId, { value: 'na', naReason: s.reason }, Date.now(), data.model);
		session.update(state, new Set(list.map((s) => s.itemId)), 'now');
		for (const s of list) refill(s.itemId);
		announce(t('suggest.accepted', { count: list.length }));
		// The island redraws what is left on the update (answered items are no longer suggested).
	};

	for (const suggestion of suggestions) {
		const box = h(
			'div',
			{ class: 'pb-suggest', 'data-suggest': suggestion.itemId },
			h('p', {}, t('suggest.title', { reason: suggestion.reason })),
			h('button', { type: 'button', 'data-action': 'accept-suggestion', onclick: () => accept([suggestion]) }, t('suggest.accept'))
		);
		fieldsets.get(suggestion.itemId)!.querySelector('.pb-answer')!.before(box);
	}
	const planner = data.dashboard.replace(/assessment\/$/, 'planner/');
	panel.append(
		h(
			'div',
			{ class: 'pb-suggest', 'data-suggest': '' },
			h('p', {}, t('suggest.lead', { count: suggestions.length })),
			h(
				'div',
				{ class: 'pb-toolbar' },
				h('button', { type: 'button', 'data-action': 'accept-all-suggestions', onclick: () => accept(suggestions) }, t('suggest.acceptAll', { count: suggestions.length })),
				h('a', { href: planner }, t('suggest.planner'))
			)
		)
	);
	return suggestions.length;
}
