/**
 * The planner island: keeps the seller profile form and the saved profile in step (through the shared
 * assessment session, so the profile is stored, merged across tabs and exported with the answers), runs
 * the obligations engine over it and sorts the server-rendered regulation cards into what applies (by
 * deadline, with an index by market) and what does not, each with its reason and the user's answers.
 */
import { setSeller, type AssessmentState } from '../lib/assessment/state';
import { evaluate, type Evaluation, type Obligation } from '../lib/obligations/engine';
import {
	describeExclusion,
	describeMatched,
	groupByMarket,
	hasProfile,
	itemStatus,
	obligationStatus,
	plannerMarkdown,
	sortByDeadline,
	suggestTargetProfile,
	type Words,
} from '../lib/obligations/planner';
import { emptyProfile, EU_MEMBER_STATES, type SellerProfile } from '../lib/obligations/profile';
import { codeLabel, plannerTranslator, type PlannerKey } from '../i18n/planner';
import type { AssessmentKey } from '../i18n/assessment';
import { download, enableStartedControls, h } from './assessment/dom';
import { startData } from './assessment/page-data';
import { openSession } from './assessment/session';
import type { PlannerAsset } from '../utils/planner-data';

const LISTS = ['markets', 'channels', 'categories', 'fulfilment'] as const;
const OPTIONAL_LISTS = ['stockIn', 'parcelValues'] as const;
const CHOICES = ['incoterm', 'turnover', 'headcount'] as const;

const today = () => new Date().toISOString().slice(0, 10);

/** Reads the form into a profile: optional lists with nothing ticked are "not said" (absent). */
export function readForm(form: HTMLFormElement): SellerProfile {
	const values = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value).filter(Boolean);
	const profile = emptyProfile() as unknown as Record<string, unknown>;
	for (const name of LISTS) profile[name] = values(name);
	for (const name of OPTIONAL_LISTS) if (values(name).length) profile[name] = values(name);
	for (const name of CHOICES) if (values(name)[0]) profile[name] = values(name)[0];
	return profile as unknown as SellerProfile;
}

function fillForm(form: HTMLFormElement, profile: SellerProfile | undefined) {
	const chosen = new Map<string, readonly string[]>();
	for (const name of [...LISTS, ...OPTIONAL_LISTS]) chosen.set(name, profile?.[name] ?? []);
	for (const name of CHOICES) chosen.set(name, [profile?.[name] ?? '']);
	for (const input of form.querySelectorAll<HTMLInputElement>('input[name]')) input.checked = chosen.get(input.name)?.includes(input.value) ?? false;
	const allEu = form.querySelector<HTMLInputElement>('[data-all-eu]')!;
	allEu.checked = EU_MEMBER_STATES.every((code) => profile?.markets.includes(code));
}

class PlannerIsland extends HTMLElement {
	async connectedCallback() {
		// Choices made before the island is ready (slow network) are kept, not overwritten by the saved profile.
		const early = this.querySelector<HTMLFormElement>('[data-profile-form]')!;
		let changedEarly = false;
		const markEarly = () => (changedEarly = true);
		early.addEventListener('change', markEarly);
		const data = await startData(this.querySelector('[data-notices]')!);
		if (!data) return;
		const session = await openSession(this.querySelector('[data-notices]')!, data);
		const asset: PlannerAsset = await (await fetch(data.plannerUrl!, { cache: 'force-cache' })).json();
		const tp = plannerTranslator(asset.words);
		const words: Words = { t: tp, label: (code) => codeLabel(asset.words, code) };
		const names = new Map(asset.regulations.map((r) => [r.id, r.name]));
		const form = this.querySelector<HTMLFormElement>('[data-profile-form]')!;
		const live = this.querySelector<HTMLElement>('[data-live]')!;
		const cards = new Map([...this.querySelectorAll<HTMLElement>('[data-reg]')].map((card) => [card.dataset.reg!, card]));
		const slots = {
			dated: this.querySelector<HTMLElement>('[data-dated]')!,
			ongoing: this.querySelector<HTMLElement>('[data-ongoing]')!,
			excluded: this.querySelector<HTMLElement>('[data-excluded]')!,
			byMarket: this.querySelector<HTMLElement>('[data-by-market]')!,
		};
		const answerLabel = (state: AssessmentState, itemId: string) => {
			const value = state.answers[itemId]?.value;
			return value === undefined ? tp('item.unanswered') : data.strings[`level.${value}` as AssessmentKey];
		};
		let evaluation: Evaluation = { applies: [], excluded: [] };

		const show = (el: HTMLElement, text: string | undefined) => {
			el.hidden = !text;
			el.textContent = text ?? '';
		};

		const fillObligation = (card: HTMLElement, o: Obligation, state: AssessmentState) => {
			const items = [...card.querySelectorAll<HTMLElement>('[data-item]')].map((li) => li.dataset.item!);
			const { status } = obligationStatus(state, items);
			const badge = card.querySelector<HTMLElement>('[data-status]')!;
			badge.hidden = false;
			badge.dataset.status = status;
			badge.textContent = tp(`status.${status}` as PlannerKey);
			show(card.querySelector('[data-reason]')!, undefined);
			show(card.querySelector('[data-where]')!, tp('ob.where', { markets: o.markets.map(words.label).join(tp('list.join')) || tp('results.everywhere') }));
			const next = o.nextDeadline;
			show(
				card.querySelector('[data-next]')!,
				next ? tp(next.daysUntil === 0 ? 'ob.nextToday' : 'ob.next', { date: next.date, kind: tp(`kind.${next.kind}`), days: next.daysUntil }) : tp('ob.noNext')
			);
			show(card.querySelector('[data-assumed]')!, o.assumed.length ? tp('ob.assumed', { fields: o.assumed.map((f) => tp(`field.${f}`)).join(tp('list.join')) }) : undefined);
			card.querySelector<HTMLElement>('[data-body]')!.hidden = false;
			for (const li of card.querySelectorAll<HTMLElement>('[data-item]')) {
				const itemId = li.dataset.item!;
				const met = itemStatus(state, itemId);
				li.dataset.met = met;
				li.querySelector('[data-answer]')!.textContent =
					`(${tp('item.answer', { answer: answerLabel(state, itemId) })}${met === 'unanswered' ? '' : tp('list.join') + tp(met === 'met' ? 'item.met' : 'item.notMet')})`;
			}
			card.dataset.why = tp('ob.why', { reasons: describeMatched(words, o.matched) });
			card.title = card.dataset.why;
			return status;
		};

		const render = () => {
			const state = session.state;
			const profile = state.seller;
			evaluation = evaluate(profile ?? emptyProfile(), asset.regulations, { today: today() });
			const excluded = new Map(evaluation.excluded.map((x) => [x.regulation, x]));
			const statuses = new Map<string, string>();
			const applies = hasProfile(profile) ? evaluation.applies : [];
			const { dated, ongoing } = sortByDeadline(applies);
			for (const [slot, list] of [[slots.dated, dated], [slots.ongoing, ongoing]] as const) {
				for (const o of list) {
					const card = cards.get(o.regulation);
					if (!card) continue;
					statuses.set(o.regulation, fillObligation(card, o, state));
					slot.append(card);
				}
				this.querySelector<HTMLElement>(`[data-group-heading="${slot === slots.dated ? 'dated' : 'ongoing'}"]`)!.hidden = list.length === 0;
			}
			for (const [id, card] of cards) {
				if (statuses.has(id)) continue;
				const exclusion = excluded.get(id);
				card.querySelector<HTMLElement>('[data-status]')!.hidden = true;
				for (const slot of ['[data-where]', '[data-next]', '[data-assumed]']) show(card.querySelector(slot)!, undefined);
				show(card.querySelector('[data-reason]')!, tp('ob.excludedBecause', { reasons: exclusion ? describeExclusion(words, exclusion) : tp('reason.noMarket') }));
				card.querySelector<HTMLElement>('[data-body]')!.hidden = true;
				slots.excluded.append(card);
			}
			// The index by market: one list of links per market, with each obligation's status.
			slots.byMarket.replaceChildren(
				...groupByMarket(applies).flatMap(({ market, obligations }) => [
					h('h4', { id: `market-${market}` }, market === 'everywhere' ? tp('results.everywhere') : words.label(market)),
					h(
						'ul',
						{},
						...obligations.map((o) =>
							h('li', {}, h('a', { href: `#reg-${o.regulation}` }, names.get(o.regulation) ?? o.regulation), ` · ${tp(`status.${statuses.get(o.regulation)}` as PlannerKey)}`)
						)
					),
				])
			);
			const met = [...statuses.values()].filter((s) => s === 'met').length;
			this.querySelector('[data-summary]')!.textContent = hasProfile(profile)
				? tp('results.summary', { applies: applies.length, excluded: evaluation.excluded.length, met })
				: tp('results.empty');
			this.querySelector<HTMLElement>('[data-result-tools]')!.hidden = !hasProfile(profile);
			// The reference target that fits the profile, one click from the overview that shows it.
			const targets = [...this.querySelectorAll<HTMLElement>('[data-target]')];
			const fit = suggestTargetProfile(profile, targets.map((a) => a.dataset.target!));
			for (const link of targets) link.hidden = link.dataset.target !== fit;
			this.querySelector<HTMLElement>('[data-target-profile]')!.hidden = fit === undefined;
			this.querySelector('[data-profile-summary]')!.textContent = tp('profile.summary', {
				markets: profile?.markets.length ?? 0,
				channels: profile?.channels.length ?? 0,
				categories: profile?.categories.length ?? 0,
			});
		};

		const save = () => {
			session.update(setSeller(session.state, readForm(form), Date.now()), new Set(), 'now');
			live.textContent = tp('profile.saved');
		};
		form.addEventListener('change', (event) => {
			const target = event.target as HTMLInputElement;
			if (target.matches('[data-all-eu]')) {
				for (const input of form.querySelectorAll<HTMLInputElement>('input[name="markets"]')) {
					if ((EU_MEMBER_STATES as readonly string[]).includes(input.value)) input.checked = target.checked;
				}
			}
			save();
		});
		form.addEventListener('submit', (event) => event.preventDefault());
		this.querySelector('[data-action="clear-profile"]')!.addEventListener('click', () => {
			fillForm(form, emptyProfile());
			save();
		});
		this.querySelector('[data-action="print"]')!.addEventListener('click', () => window.print());
		this.querySelector('[data-action="export-md"]')!.addEventListener('click', () => download('what-applies-to-me.md', markdown(), 'text/markdown'));
		enableStartedControls(this);

		const markdown = () => {
			const page = location.pathname;
			const card = (id: string) => cards.get(id)!;
			const text = (el: Element | null) => el?.textContent?.trim() ?? '';
			const applies = sortByDeadline(evaluation.applies);
			return plannerMarkdown({
				title: document.title.split('|')[0].trim(),
				profile: text(this.querySelector('[data-profile-summary]')),
				summary: text(this.querySelector('[data-summary]')),
				labels: { applies: tp('results.title'), notApplies: tp('results.notApplies'), todo: tp('ob.todo'), evidence: tp('ob.evidence'), risks: tp('ob.risks'), source: tp('ob.source'), status: tp('status.label') },
				obligations: [...applies.dated, ...applies.ongoing].map((o) => {
					const el = card(o.regulation);
					return {
						id: o.regulation,
						name: names.get(o.regulation) ?? o.regulation,
						link: new URL(`${page}#reg-${o.regulation}`, location.href).href,
						status: text(el.querySelector('[data-status]')),
						markets: text(el.querySelector('[data-where]')),
						next: text(el.querySelector('[data-next]')) || undefined,
						why: el.dataset.why ?? '',
						todo: [text(el.querySelector('[data-todo]'))],
						items: [...el.querySelectorAll<HTMLElement>('[data-item]')].map((li) => ({
							title: text(li.querySelector('a')),
							link: li.querySelector('a')!.href,
							answer: text(li.querySelector('[data-answer]')).replace(/^\(|\)$/g, ''),
						})),
						risks: [...el.querySelectorAll<HTMLAnchorElement>('[data-body] a[href*="/risks/"]')].map((a) => ({ title: text(a), link: a.href })),
						source: el.querySelector<HTMLAnchorElement>('[data-source]')!.href,
					};
				}),
				excluded: evaluation.excluded.map((x) => ({
					name: names.get(x.regulation) ?? x.regulation,
					link: new URL(`${page}#reg-${x.regulation}`, location.href).href,
					reason: describeExclusion(words, x),
				})),
			});
		};

		early.removeEventListener('change', markEarly);
		if (changedEarly && !session.readOnly) save();
		else fillForm(form, session.state.seller);
		render();
		session.subscribe((_state, _changed, source) => {
			if (source === 'remote') fillForm(form, session.state.seller);
			render();
		});
		// Back from a checklist page: a page restored from the back/forward cache missed the answers given there.
		window.addEventListener('pageshow', (event) => {
			if (event.persisted) location.reload();
		});
		// The cards moved: bring a deep-linked one (#reg-…, #market-…) back into view.
		const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
		target?.scrollIntoView();
	}
}

customElements.define('pb-planner', PlannerIsland);
