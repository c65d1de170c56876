/**
 * The checklist island: turns each item's hidden controls into a graded answer (0–3, N/A with a
 * reason, don't know), with note, owner and due date; autosaves to this browser; keeps two tabs in
 * sync; shows progress per checklist and section and announces changes to screen readers.
 */
import { acceptPlaybookVersion, clearAnswer, getAnswer, isAnswered, needsNaReason, setAnswer, type AnswerPatch, type AnswerValue, type AssessmentState } from '../lib/assessment/state';
import { scoreChecklist, scoreOverall, scoreSection } from '../lib/assessment/scoring';
import { DAY, notice, openStore, readPageData, REMIND_AFTER_ANSWERS, REMIND_AFTER_DAYS, reportLoad, translator } from './assessment-page';

const percent = (value: number | null) => (value === null ? null : `${Math.round(value * 100)}%`);

function parseValue(raw: string): AnswerValue {
	return raw === 'na' || raw === 'unknown' ? raw : (Number(raw) as 0 | 1 | 2 | 3);
}

class ChecklistIsland extends HTMLElement {
	connectedCallback() {
		const data = readPageData();
		const t = translator(data.strings);
		const store = openStore(data);
		const checklistId = this.dataset.checklist!;
		const panel = this.querySelector<HTMLElement>('[data-panel]')!;
		const notices = this.querySelector<HTMLElement>('[data-notices]')!;
		const live = this.querySelector<HTMLElement>('[data-live]')!;
		const fieldsets = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-item]')];
		const loaded = store.load();

		let state: AssessmentState = reportLoad(loaded, data, store, notices, () => {
			state = acceptPlaybookVersion(state, data.model);
			store.save(state);
		});

		const reminder = () => {
			const { answered } = scoreOverall(data.model, state);
			const last = state.lastExportedAt;
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

		/** Shows the N/A reason field only for N/A answers, flagged while the required reason is missing. */
		const showReason = (fieldset: HTMLFieldSetElement) => {
			const answer = getAnswer(state, fieldset.dataset.item!);
			fieldset.querySelector<HTMLElement>('.pb-na-reason')!.hidden = answer?.value !== 'na';
			fieldset.querySelector('[name="naReason"]')!.setAttribute('aria-invalid', String(needsNaReason(answer)));
		};

		const fill = (fieldset: HTMLFieldSetElement) => {
			const answer = getAnswer(state, fieldset.dataset.item!);
			const value = answer?.value === undefined ? '' : String(answer.value);
			for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = radio.value === value;
			showReason(fieldset);
			for (const name of ['naReason', 'note', 'owner', 'due'] as const) {
				const input = fieldset.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
				// Never rewrite the field the user is typing in.
				if (input !== document.activeElement) input.value = answer?.[name] ?? '';
			}
			fieldset.dataset.answered = String(isAnswered(answer));
		};

		const progress = () => {
			const score = scoreChecklist(data.model, state, checklistId);
			this.querySelector<HTMLProgressElement>('[data-progress]')!.value = score.complete;
			this.querySelector('[data-progress-text]')!.textContent = t('progress.checklist', {
				answered: score.answered,
				total: score.total,
				score: percent(score.score) ?? t('progress.noScore'),
			});
			for (const section of this.querySelectorAll<HTMLElement>('[data-section]')) {
				const s = scoreSection(data.model, state, checklistId, section.dataset.section!);
				const row = section.querySelector<HTMLElement>('[data-section-progress]')!;
				row.querySelector('progress')!.value = s.complete;
				row.querySelector('span')!.textContent = t('progress.section', { answered: s.answered, total: s.total });
				row.hidden = false;
			}
			return score;
		};

		const commit = (next: AssessmentState, announce: boolean) => {
			state = next;
			const saved = store.save(state);
			if (saved === 'quota' && !notices.querySelector('[data-quota]')) notice(notices, t('storage.quota'), 'alert').dataset.quota = '';
			const score = progress();
			if (announce) live.textContent = t('saved', { answered: score.answered, total: score.total });
		};

		for (const fieldset of fieldsets) {
			const itemId = fieldset.dataset.item!;
			fieldset.querySelector<HTMLElement>('.pb-answer')!.hidden = false;
			fill(fieldset);
			const patch = (change: AnswerPatch, announce: boolean) => {
				commit(setAnswer(state, itemId, change, Date.now(), data.model), announce);
				showReason(fieldset);
				fieldset.dataset.answered = String(isAnswered(getAnswer(state, itemId)));
			};
			fieldset.addEventListener('change', (event) => {
				const target = event.target as HTMLInputElement;
				if (target.type === 'radio') patch({ value: parseValue(target.value) }, true);
				else if (target.name) patch({ [target.name]: target.value }, true);
			});
			fieldset.addEventListener('input', (event) => {
				const target = event.target as HTMLInputElement;
				if (target.type !== 'radio' && target.name && target.type !== 'date') patch({ [target.name]: target.value }, false);
			});
			fieldset.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
				commit(clearAnswer(state, itemId, Date.now()), true);
				fill(fieldset);
			});
		}

		// Another tab saved: merge item by item (the newer answer wins) and show the result.
		window.addEventListener('storage', (event) => {
			if (event.key !== store.key) return;
			state = store.mergeFromStorageEvent(state, event.newValue);
			fieldsets.forEach(fill);
			progress();
			live.textContent = t('synced');
		});

		progress();
		reminder();
		panel.hidden = false;
	}
}

customElements.define('pb-checklist', ChecklistIsland);
