/**
 * The checklist island: turns each item's hidden controls into a graded answer (0–3, N/A with a
 * reason, don't know), with note, owner and due date; saves as the user types (through the shared
 * session), keeps open tabs in sync field by field without touching the field being typed in, shows
 * progress per checklist and section and announces changes to screen readers.
 */
import { clearAnswer, getAnswer, INPUT_MAXLENGTH, needsNaReason, setAnswer, type AnswerPatch, type AnswerValue } from '../lib/assessment/state';
import { countsAsAnswered, notYetAssessed, scoreChecklist, scoreSection } from '../lib/assessment/scoring';
import { notice } from './assessment/dom';
import { loadPageData } from './assessment/page-data';
import { openSession } from './assessment/session';

const percent = (value: number | null) => (value === null ? null : `${Math.round(value * 100)}%`);
const DAY = 24 * 60 * 60 * 1000;
/** Remind to export after this many answers without any export, or this long since the last. */
export const REMIND_AFTER_ANSWERS = 5;
export const REMIND_AFTER_DAYS = 14;
const TEXT_FIELDS = ['naReason', 'note', 'owner'] as const;

function parseValue(raw: string): AnswerValue {
	return raw === 'na' || raw === 'unknown' ? raw : (Number(raw) as 0 | 1 | 2 | 3);
}

class ChecklistIsland extends HTMLElement {
	async connectedCallback() {
		const notices = this.querySelector<HTMLElement>('[data-notices]')!;
		const session = await openSession(notices, await loadPageData());
		const { data, t } = session;
		const checklistId = this.dataset.checklist!;
		const panel = this.querySelector<HTMLElement>('[data-panel]')!;
		const intro = this.querySelector<HTMLElement>('[data-intro]')!;
		const live = this.querySelector<HTMLElement>('[data-live]')!;
		const fieldsets = new Map([...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-item]')].map((f) => [f.dataset.item!, f]));
		/** The text each input last wrote, so a blur without typing never overwrites another tab's newer text. */
		const lastTyped = new WeakMap<Element, string>();

		const reminder = () => {
			// Every answer in the playbook (the page's model knows its own checklist only).
			const answered = Object.values(session.state.answers).filter(countsAsAnswered).length;
			const last = session.state.lastExportedAt;
			const text =
				last === undefined
					? answered >= REMIND_AFTER_ANSWERS && t('reminder.never', { answered })
					: Date.now() - last > REMIND_AFTER_DAYS * DAY && t('reminder.stale', { days: Math.floor((Date.now() - last) / DAY) });
			if (!text) return;
			const box = notice(notices, text);
			const link = document.createElement('a');
			link.href = `${data.dashboard}#export`;
			link.textContent = t('reminder.action');
			box.append(link);
		};

		/**
		 * Shows the N/A reason field only for N/A answers. While the required reason is missing the item is
		 * flagged (a visible message tied to the field) and does not count as answered.
		 */
		const showReason = (fieldset: HTMLFieldSetElement) => {
			const answer = getAnswer(session.state, fieldset.dataset.item!);
			const missing = needsNaReason(answer);
			const box = fieldset.querySelector<HTMLElement>('.pb-na-reason')!;
			box.hidden = answer?.value !== 'na';
			const input = box.querySelector('[name="naReason"]')!;
			input.setAttribute('aria-invalid', String(missing));
			let message = box.querySelector<HTMLElement>('.pb-na-missing');
			if (!message) {
				message = document.createElement('p');
				message.className = 'pb-na-missing';
				message.id = `${fieldset.dataset.item}--na-missing`;
				message.textContent = t('answer.naMissing');
				box.append(message);
				input.setAttribute('aria-describedby', message.id);
			}
			message.hidden = !missing;
			fieldset.dataset.answered = String(countsAsAnswered(answer));
			fieldset.dataset.naMissing = String(missing);
		};

		const fill = (fieldset: HTMLFieldSetElement) => {
			const answer = getAnswer(session.state, fieldset.dataset.item!);
			const value = answer?.value === undefined ? '' : String(answer.value);
			for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = radio.value === value;
			showReason(fieldset);
			for (const name of ['naReason', 'note', 'owner', 'due'] as const) {
				const input = fieldset.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
				// Never rewrite the field the user is typing in: it is refilled when they leave it.
				if (input !== document.activeElement) input.value = answer?.[name] ?? '';
			}
		};

		const progress = () => {
			const score = scoreChecklist(data.model, session.state, checklistId);
			this.querySelector<HTMLProgressElement>('[data-progress]')!.value = score.complete;
			// Untouched: no percentage at all. Otherwise the score over the answered items beside the coverage.
			const text = notYetAssessed(score)
				? t('progress.notAssessed', { total: score.total })
				: t('progress.checklist', { answered: score.answered, total: score.total, score: percent(score.score) ?? t('progress.noScore') });
			const missing = score.naMissingReason ? ` ${t('progress.missingReason', { count: score.naMissingReason })}` : '';
			this.querySelector('[data-progress-text]')!.textContent = text + missing;
			printMeta(text + missing);
			for (const section of this.querySelectorAll<HTMLElement>('[data-section]')) {
				const s = scoreSection(data.model, session.state, checklistId, section.dataset.section!);
				const row = section.querySelector<HTMLElement>('[data-section-progress]')!;
				row.querySelector('progress')!.value = s.complete;
				row.querySelector('span')!.textContent = t('progress.section', { answered: s.answered, total: s.total });
				row.hidden = false;
			}
			return score;
		};

		/** The printed handout's date and score line. */
		const printMeta = (progressText: string) => {
			const date = new Date().toLocaleDateString(document.documentElement.lang, { dateStyle: 'long' });
			this.querySelector('[data-print-meta]')!.textContent = t('print.meta', { date, progress: progressText });
		};

		/** Paper cannot show form fields: each item keeps a print-only copy of its answer as text. */
		const printAnswer = (fieldset: HTMLFieldSetElement) => {
			const answer = getAnswer(session.state, fieldset.dataset.item!);
			const choice = answer?.value === undefined ? undefined : fieldset.querySelector(`input[type="radio"][value="${answer.value}"] + span`);
			const values: Record<string, string> = {
				value: choice?.textContent ?? t('print.unanswered'),
				naReason: answer?.value === 'na' ? (answer.naReason ?? '') : '',
				note: answer?.note ?? '',
				owner: answer?.owner ?? '',
				due: answer?.due ?? '',
			};
			for (const row of fieldset.querySelectorAll<HTMLElement>('[data-print-answer] > [data-field]')) {
				const value = values[row.dataset.field!];
				row.querySelector('dd')!.textContent = value;
				row.hidden = !value;
			}
		};

		const announce = () => {
			const score = scoreChecklist(data.model, session.state, checklistId);
			live.textContent = t('saved', { answered: score.answered, total: score.total });
		};

		session.subscribe((_state, changed, source) => {
			// A fieldset's own edits are already on screen; a restore ('all') or another tab's write is not.
			if (changed === 'all' || source === 'remote') for (const [id, fieldset] of fieldsets) if (changed === 'all' || changed.has(id)) fill(fieldset);
			for (const [id, fieldset] of fieldsets) if (changed === 'all' || changed.has(id)) printAnswer(fieldset);
			progress();
			if (source === 'remote') live.textContent = t('synced');
		});

		for (const [itemId, fieldset] of fieldsets) {
			for (const name of TEXT_FIELDS) fieldset.querySelector(`[name="${name}"]`)!.setAttribute('maxlength', String(INPUT_MAXLENGTH[name]));
			if (session.readOnly) fieldset.querySelector('.pb-answer')!.setAttribute('inert', '');
			fill(fieldset);
			printAnswer(fieldset);
			const patch = (change: AnswerPatch, persist: 'now' | 'later') => {
				session.update(setAnswer(session.state, itemId, change, Date.now(), data.model), new Set([itemId]), persist);
				showReason(fieldset);
			};
			fieldset.addEventListener('input', (event) => {
				const target = event.target as HTMLInputElement;
				if (target.type === 'radio' || !target.name || target.type === 'date') return;
				lastTyped.set(target, target.value);
				patch({ [target.name]: target.value }, 'later');
			});
			fieldset.addEventListener('change', (event) => {
				const target = event.target as HTMLInputElement;
				if (target.type === 'radio') patch({ value: parseValue(target.value) }, 'now');
				else if (target.type === 'date') patch({ due: target.value }, 'now');
				else if (target.name && lastTyped.get(target) !== target.value) patch({ [target.name]: target.value }, 'now');
				else session.flush();
				announce();
			});
			// Leaving a field: write what was typed, then show what other tabs wrote meanwhile.
			fieldset.addEventListener('focusout', () => {
				session.flush();
				queueMicrotask(() => fill(fieldset));
			});
			fieldset.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
				session.update(clearAnswer(session.state, itemId, Date.now()), new Set([itemId]), 'now');
				fill(fieldset);
				announce();
			});
		}

		// Revealing the answer controls and the sticky bar moves the items down: bring a deep-linked item
		// or heading (#id) back into view, below the bar (its height is kept in `--pb-sticky`, which every
		// anchor's `scroll-margin-top` adds).
		const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
		const before = target?.getBoundingClientRect().top;
		for (const fieldset of fieldsets.values()) fieldset.querySelector<HTMLElement>('.pb-answer')!.hidden = false;
		progress();
		reminder();
		// Facilitator mode for this checklist (a projector view for a team workshop).
		const facilitate = document.createElement('a');
		facilitate.href = `${data.dashboard}facilitator/?checklist=${encodeURIComponent(checklistId)}${location.hash}`;
		facilitate.textContent = t('fac.title');
		facilitate.dataset.facilitate = '';
		intro.append(facilitate);
		intro.hidden = false;
		panel.hidden = false;
		// Tailored assessment: only with a saved seller profile is the planner's code loaded (a separate chunk).
		const suggest = () => {
			if (!data.plannerUrl || !session.state.seller?.markets.length) return void document.querySelectorAll('[data-suggest]').forEach((box) => box.remove());
			void import('./assessment/suggest-na').then(({ showSuggestions }) =>
				showSuggestions({ session, panel, fieldsets, refill: (id) => fill(fieldsets.get(id)!), announce: (text) => (live.textContent = text) })
			);
		};
		suggest();
		let seller = session.state.seller;
		session.subscribe((state, _changed, source) => {
			// Another tab changed the profile, or answers here retired a suggestion: redraw them.
			if (state.seller !== seller || (source === 'local' && document.querySelector('[data-suggest]'))) {
				seller = state.seller;
				suggest();
			}
		});
		trackStickyHeight(panel);
		if (target && before !== undefined) {
			// Still where the link put it (the reader has not scrolled away): land it again, now below the bar.
			// Once the revealed controls are laid out (the browser's scroll anchoring moves the page meanwhile).
			if (before >= 0 && before < window.innerHeight / 2) requestAnimationFrame(() => target.scrollIntoView({ block: 'start', behavior: 'instant' }));
			else window.scrollBy(0, target.getBoundingClientRect().top - before);
		}
		window.addEventListener('beforeprint', () => printMeta(this.querySelector('[data-progress-text]')!.textContent ?? ''));
	}
}

/**
 * Keeps `--pb-sticky` (the bar's height; CSS adds the gaps) in step with the bar as it wraps or grows,
 * on the checklist element: the items and headings it holds inherit it, the rest of the page is not re-styled.
 */
function trackStickyHeight(panel: HTMLElement) {
	const checklist = panel.closest('pb-checklist')!;
	const update = () => (checklist as HTMLElement).style.setProperty('--pb-sticky', `${Math.ceil(panel.getBoundingClientRect().height)}px`);
	update();
	new ResizeObserver(update).observe(panel);
}

customElements.define('pb-checklist', ChecklistIsland);
