/**
 * The planner's logic over the engine's evaluation and the saved answers: how far the checklist items
 * that evidence an obligation are (unanswered → in progress → met), the N/A suggestions of the tailored
 * assessment, the grouping by market and by deadline, how reasons are worded and the Markdown export.
 * Framework-free: the words come in as a translator and a code-label function.
 */
import { getAnswer, LIMITS, truncate, type AssessmentState } from '../assessment/state';
import type { PlannerKey } from '../../i18n/planner';
import type { ConditionField, Evaluation, Exclusion, FailedCondition, MatchedCondition, MarketScope, Obligation } from './engine';
import { notApplicableItems } from './evidence';
import { EU_MEMBER_STATES, MARKETS, type SellerProfile } from './profile';

/** An evidencing item counts as met from this level ("defined": a written, owned practice). */
export const MET_LEVEL = 2;

export type ItemStatus = 'unanswered' | 'met' | 'not-met';
/** no-items: nothing in the playbook evidences it; otherwise from its items' answers. */
export type ObligationStatus = 'no-items' | 'unanswered' | 'in-progress' | 'met';
export const OBLIGATION_STATUSES: readonly ObligationStatus[] = ['unanswered', 'in-progress', 'met', 'no-items'];

export function itemStatus(state: AssessmentState, itemId: string): ItemStatus {
	const value = getAnswer(state, itemId)?.value;
	if (value === undefined) return 'unanswered';
	return typeof value === 'number' && value >= MET_LEVEL ? 'met' : 'not-met';
}

/**
 * Met when every evidencing item is at MET_LEVEL or above; in progress once any is answered (N/A and
 * "don't know" count as answered, not met: an obligation that applies cannot be evidenced by "N/A").
 */
export function obligationStatus(state: AssessmentState, itemIds: readonly string[]): { status: ObligationStatus; answered: number; met: number; total: number } {
	const statuses = itemIds.map((id) => itemStatus(state, id));
	const answered = statuses.filter((s) => s !== 'unanswered').length;
	const met = statuses.filter((s) => s === 'met').length;
	const total = itemIds.length;
	const status: ObligationStatus = total === 0 ? 'no-items' : answered === 0 ? 'unanswered' : met === total ? 'met' : 'in-progress';
	return { status, answered, met, total };
}

/** True when the profile says enough to evaluate (at least one market): an empty profile suggests nothing. */
export function hasProfile(profile: SellerProfile | undefined): profile is SellerProfile {
	return Boolean(profile && profile.markets.length > 0);
}

// ─── Wording ───────────────────────────────────────────────────────────────────────────────────

export interface Words {
	t: (key: PlannerKey, vars?: Record<string, string | number>) => string;
	/** The label of a profile code or market scope. */
	label: (code: string) => string;
}

const list = (words: Words, codes: readonly string[]) => (codes.length ? codes.map(words.label).join(words.t('list.join')) : words.t('reason.none'));
const field = (words: Words, name: ConditionField) => words.t(`field.${name}`);

/** "only when your markets include the EU; yours: United States" */
export function describeFailed(words: Words, failed: FailedCondition): string {
	if (failed.field === 'markets' && failed.expected.length === 0) return words.t('reason.noMarket');
	return words.t('reason.expected', { field: field(words, failed.field), expected: list(words, failed.expected), actual: list(words, failed.actual) });
}

export function describeExclusion(words: Words, exclusion: Exclusion): string {
	return exclusion.because.map((failed) => describeFailed(words, failed)).join(words.t('reason.join'));
}

/** "your markets: Germany, France; your product categories: batteries" */
export function describeMatched(words: Words, matched: readonly MatchedCondition[]): string {
	return matched.map((m) => words.t('reason.matched', { field: field(words, m.field), matched: list(words, m.matched) })).join(words.t('reason.join'));
}

// ─── Tailored assessment ───────────────────────────────────────────────────────────────────────

export interface NaSuggestion {
	itemId: string;
	/** The item's regulations, none of which applies. */
	regulations: string[];
	/** The N/A reason to pre-fill (within the N/A reason limit). */
	reason: string;
}

/**
 * Items whose regulations (at least one) all do not apply to the profile, among `itemIds`, and not yet
 * answered: offered as N/A with the reason filled in. Never an item that is answered already, never
 * with an empty profile, never an item without regulations (it applies to everyone).
 */
export function naSuggestions(
	state: AssessmentState,
	evaluation: Evaluation,
	itemRegulations: Readonly<Record<string, readonly string[]>>,
	itemIds: readonly string[],
	names: (regulationId: string) => string,
	words: Words
): NaSuggestion[] {
	if (!hasProfile(state.seller)) return [];
	const items = itemIds.map((id) => ({ id, regulations: Object.hasOwn(itemRegulations, id) ? itemRegulations[id] : [] }));
	const suggestions: NaSuggestion[] = [];
	for (const [itemId, exclusions] of notApplicableItems(items, evaluation)) {
		if (getAnswer(state, itemId)?.value !== undefined) continue;
		const regulations = exclusions.map((e) => e.regulation);
		const reason = words.t('suggest.reason', { names: regulations.map(names).join(words.t('list.join')), why: describeExclusion(words, exclusions[0]) });
		suggestions.push({ itemId, regulations, reason: truncate(reason, LIMITS.naReason) });
	}
	return suggestions;
}

/**
 * The reference target profile (content/profiles) that fits a seller profile best: a store of one's own
 * without marketplaces → `dtc-store`; several of the EU, UK and US → `multi-market-brand`; else
 * `new-marketplace-seller`. Undefined when the fitting id is not among `available` or the profile is empty.
 */
export function suggestTargetProfile(profile: SellerProfile | undefined, available: readonly string[]): string | undefined {
	if (!hasProfile(profile)) return undefined;
	const ownOnly = profile.channels.length > 0 && profile.channels.every((c) => c === 'own-store' || c === 'social');
	const regions = new Set<string>(profile.markets.map((m) => ((EU_MEMBER_STATES as readonly string[]).includes(m) ? 'eu' : m)));
	const big = ['eu', 'gb', 'us'].filter((r) => regions.has(r)).length >= 2;
	const pick = ownOnly ? 'dtc-store' : big ? 'multi-market-brand' : 'new-marketplace-seller';
	return available.includes(pick) ? pick : undefined;
}

// ─── Grouping ──────────────────────────────────────────────────────────────────────────────────

/** Obligations per market, in the engine's market order; `everywhere` holds those with no market condition. */
export function groupByMarket(applies: readonly Obligation[]): { market: MarketScope | 'everywhere'; obligations: Obligation[] }[] {
	const groups = new Map<MarketScope | 'everywhere', Obligation[]>();
	const add = (key: MarketScope | 'everywhere', o: Obligation) => (groups.get(key) ?? groups.set(key, []).get(key)!).push(o);
	for (const o of applies) {
		if (!o.matched.some((m) => m.field === 'markets')) add('everywhere', o);
		else for (const market of o.markets) add(market, o);
	}
	// Markets in the profile's code order (member states, then gb, us, …), a US state after `us`, `everywhere` last.
	const order = (key: string) => {
		if (key === 'everywhere') return Infinity;
		const i = (MARKETS as readonly string[]).indexOf(key.startsWith('us-') ? 'us' : key);
		return (i === -1 ? MARKETS.length : i) + (key.startsWith('us-') ? 0.5 : 0);
	};
	return [...groups.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b)).map((market) => ({ market, obligations: groups.get(market)! }));
}

/** Dated first (soonest next date first), then the rest in the given order. */
export function sortByDeadline(applies: readonly Obligation[]): { dated: Obligation[]; ongoing: Obligation[] } {
	const dated = applies.filter((o) => o.nextDeadline).sort((a, b) => a.nextDeadline!.date.localeCompare(b.nextDeadline!.date) || a.regulation.localeCompare(b.regulation));
	return { dated, ongoing: applies.filter((o) => !o.nextDeadline) };
}

// ─── Markdown export ───────────────────────────────────────────────────────────────────────────

export interface MarkdownObligation {
	id: string;
	name: string;
	link: string;
	status: string;
	markets: string;
	next?: string;
	why: string;
	todo: string[];
	items: { title: string; link: string; answer: string }[];
	risks: { title: string; link: string }[];
	source: string;
}

export interface PlannerReport {
	title: string;
	profile: string;
	summary: string;
	labels: { applies: string; notApplies: string; todo: string; evidence: string; risks: string; source: string; status: string };
	obligations: MarkdownObligation[];
	excluded: { name: string; link: string; reason: string }[];
}

/** Escapes Markdown punctuation in plain text (names, notes) so it renders as written. */
export function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\s*\n\s*/g, ' ');
}

export function plannerMarkdown(report: PlannerReport): string {
	const e = escapeMarkdown;
	const out = [`# ${e(report.title)}`, '', e(report.profile), '', e(report.summary), '', `## ${e(report.labels.applies)}`, ''];
	for (const o of report.obligations) {
		out.push(`### [${e(o.name)}](${o.link})`, '', `- ${e(report.labels.status)}: ${e(o.status)}`, `- ${e(o.markets)}`);
		if (o.next) out.push(`- ${e(o.next)}`);
		out.push(`- ${e(o.why)}`, `- ${e(report.labels.source)}: <${o.source}>`);
		if (o.todo.length) out.push('', `${e(report.labels.todo)}:`, '', ...o.todo.map((step) => `1. ${e(step)}`));
		if (o.items.length) out.push('', `${e(report.labels.evidence)}:`, '', ...o.items.map((i) => `- [${e(i.title)}](${i.link}): ${e(i.answer)}`));
		if (o.risks.length) out.push('', `${e(report.labels.risks)}: ${o.risks.map((r) => `[${e(r.title)}](${r.link})`).join(', ')}`);
		out.push('');
	}
	out.push(`## ${e(report.labels.notApplies)}`, '');
	for (const x of report.excluded) out.push(`- [${e(x.name)}](${x.link}): ${e(x.reason)}`);
	return out.join('\n') + '\n';
}
