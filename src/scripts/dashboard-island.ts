/**
 * The assessment overview island: scores and radar, the risk matrix, the action plan with editable
 * owners and due dates, snapshots, export/import and share links. It wires the view modules in
 * `assessment/overview/` to the shared session. The figures are kept up to date incrementally
 * (`lib/assessment/incremental.ts`): after an answer only the groups it belongs to are recomputed, and
 * each view replaces only the rows and cells whose figures changed.
 */
import type { Action } from '../lib/assessment/actions';
import { overviewFigures, updateOverviewFigures, type FiguresDelta, type OverviewFigures } from '../lib/assessment/incremental';
import { respondentLabel, setRespondent, type AnswerValue, type AssessmentState } from '../lib/assessment/state';
import { enableStartedControls, yieldToBrowser } from './assessment/dom';
import { outlineModel } from './assessment/outline-model';
import { startData } from './assessment/page-data';
import { readTitles } from './assessment/page-titles';
import { openSession, type Changed } from './assessment/session';
import { ERASED_PARAM, type OverviewContext } from './assessment/overview/context';
import { isLongPlaybook, longLists } from './assessment/overview/long-list';
import { matrixView } from './assessment/overview/matrix';
import { notAssessedView } from './assessment/overview/not-assessed';
import { scoresView } from './assessment/overview/scores';
import { sharedSection } from './assessment/overview/shared';
import { snapshotsSection } from './assessment/overview/snapshots';
import { mirrorForPrint } from './assessment/print-values';

/** Elements in the overview above which off-screen views skip layout (today's content: ~700; every list shown at ten times: ~14,000). */
const SKIP_LAYOUT_ABOVE_ELEMENTS = 3000;
/** The longest the first render waits for the browser to be idle: a page kept busy still gets its overview. */
const IDLE_WAIT_MS = 2000;
/** Resolves once the browser is idle, or after `timeout` ms (Safari has no requestIdleCallback: at once). */
const whenIdle = (timeout: number) => new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout }) : setTimeout(resolve)));
/** Set on the island when its off-screen views skip layout (`content-visibility: auto`, layout.css). */
const SKIP_OFFSCREEN = 'data-skip-offscreen';

class DashboardIsland extends HTMLElement {
	async connectedCallback() {
		const $ = <E extends Element = HTMLElement>(selector: string) => this.querySelector<E>(selector)!;
		const notices = $('[data-notices]');
		const data = await startData(notices, { readTitles, outlineModel });
		if (!data) return;
		const session = await openSession(notices, data);
		const { t } = session;
		const titles = data.titles!;
		// Off-screen views skip layout on a long overview: from the first render in a playbook whose lists
		// are held back (most of the page is then screens away on a phone), and once thousands of rows are
		// shown (one frame after every view was laid out, so each keeps its real size). A short overview
		// lays out in a few milliseconds and never needs to, so nothing on it moves when a view scrolls
		// into view. Not before the first view is drawn: views laid out empty would keep a height of 0.
		const skipOffscreenIfLongPlaybook = () => {
			if (isLongPlaybook(data.model)) this.toggleAttribute(SKIP_OFFSCREEN, true);
		};
		const skipLayoutIfLong = () => {
			if (this.getElementsByTagName('*').length > SKIP_LAYOUT_ABOVE_ELEMENTS) requestAnimationFrame(() => requestAnimationFrame(() => this.toggleAttribute(SKIP_OFFSCREEN, true)));
		};
		const ctx: OverviewContext = {
			session,
			get model() {
				return data.model;
			},
			models: data.models,
			titles,
			loadItemTitles: data.loadItemTitles,
			loadAllItemTitles: data.loadAllItemTitles,
			t,
			$,
			notices,
			live: $('[data-live]'),
			lists: longLists(t, skipLayoutIfLong),
			levelLabel: (value: AnswerValue | undefined) => (value === undefined ? t('dash.empty') : t(`level.${value}` as 'level.0')),
			dateLabel: (ms: number) => new Date(ms).toLocaleDateString(titles.lang, { dateStyle: 'medium' }),
		};

		const scores = scoresView(ctx);
		const matrix = matrixView(ctx);
		// The action plan's code loads with its first action: a first visit has none, and the page says so.
		let actionPlan: ReturnType<typeof import('./assessment/overview/actions').actionsView> | undefined;
		let loadingActions: Promise<void> | undefined;
		let latestActions: [Action[], boolean] = [[], false];
		const actions = (list: Action[], readOnly: boolean, changed: boolean) => {
			if (actionPlan) return actionPlan(list, readOnly, changed);
			latestActions = [list, readOnly];
			if (!list.length) return;
			loadingActions ??= data.withStrings(import('./assessment/overview/actions')).then(
				({ actionsView }) => {
					actionPlan = actionsView(ctx);
					actionPlan(...latestActions);
				},
				(error: unknown) => {
					loadingActions = undefined;
					throw error;
				}
			);
		};
		const notAssessed = notAssessedView(ctx);
		const snapshots = await snapshotsSection(ctx);
		const shared = sharedSection(ctx, { snapshot: (label) => snapshots.take(label), rerender: () => render() });
		// Import, share and erase load when first used: most visits do none of them.
		let share: ReturnType<typeof import('./assessment/overview/share').shareView> | undefined;
		const sharing = async () => (share ??= (await data.withStrings(import('./assessment/overview/share'))).shareView(ctx));
		// Who answered: edited in place, saved on every change like an answer's note.
		const whoName = $<HTMLInputElement>('[data-who-name]');
		const whoRole = $<HTMLInputElement>('[data-who-role]');
		const renderWho = () => {
			const who = session.state.respondent;
			if (document.activeElement !== whoName) whoName.value = who?.name ?? '';
			if (document.activeElement !== whoRole) whoRole.value = who?.role ?? '';
			whoName.readOnly = whoRole.readOnly = session.readOnly;
		};
		const announceWho = () => {
			const who = respondentLabel(session.state.respondent);
			if (who) ctx.live.textContent = t('who.saved', { who });
		};
		for (const [input, field] of [[whoName, 'name'], [whoRole, 'role']] as const) {
			input.addEventListener('input', () => session.update(setRespondent(session.state, { [field]: input.value }), new Set(), 'later'));
			input.addEventListener('change', () => {
				session.flush();
				announceWho();
			});
		}
		// Typed while the island was still fetching its data: saved and said, not wiped by the first render.
		const typedEarly = Object.fromEntries(([[whoName, 'name'], [whoRole, 'role']] as const).filter(([input, field]) => input.value.trim() && !session.state.respondent?.[field]).map(([input, field]) => [field, input.value]));
		if (Object.keys(typedEarly).length && !session.readOnly) {
			session.update(setRespondent(session.state, typedEarly), new Set(), 'now');
			announceWho();
		}
		const printValues = mirrorForPrint(this, '[data-who-name], [data-who-role], [data-profile]');
		const renderExport = () => {
			const last = session.state.lastExportedAt;
			$('[data-last-export]').textContent = last ? t('dash.lastExport', { date: ctx.dateLabel(last) }) : t('dash.neverExported');
		};

		/** The figures on screen (of the state shown: mine, or a shared one read-only), and the model they were figured with. */
		let figures: OverviewFigures | undefined;
		let figuredWith = ctx.model;
		const refigure = (view: AssessmentState, changed: Changed): FiguresDelta | 'all' => {
			const target = scores.targets();
			if (!figures || changed === 'all' || figures.target !== target || figuredWith !== ctx.model) {
				figuredWith = ctx.model;
				figures = overviewFigures(ctx.model, view, target);
				return 'all';
			}
			const next = updateOverviewFigures(figures, ctx.model, view, changed);
			figures = next.figures;
			return next.delta;
		};

		/** Renders so far; the first render stops when a full one overtakes it. */
		let renders = 0;
		/** Until the first render is done, answers from other tabs only mark the screen out of date. */
		let firstRenderDone = false;
		let missedChanges = false;

		/**
		 * The views in groups, top of the page first: the first render runs one group per task (`firstRender`);
		 * `changed` names the items that differ from what is on screen ('all': unknown).
		 */
		function renderSteps(changed: Changed): (() => void)[] {
			renders++;
			const view = shared.state ?? session.state;
			const delta = refigure(view, shared.state ? 'all' : changed);
			return [
				() => {
					skipOffscreenIfLongPlaybook();
					shared.render();
					scores.render(figures!, delta);
					renderWho();
				},
				() => {
					matrix(figures!, delta);
					actions(figures!.actions, shared.state !== undefined || session.readOnly, delta === 'all' || delta.actions);
				},
				() => {
					notAssessed(view);
					snapshots.render();
					renderExport();
					printValues();
				},
			];
		}

		/** Shows the state at once. */
		function render(changed: Changed = 'all') {
			for (const step of renderSteps(changed)) step();
		}

		/**
		 * The first render, one group of views per task, so the page paints and answers input between
		 * them: in one task, the overview of a large playbook blocked a phone for seconds. The figures
		 * are a task of their own too. A full render that runs meanwhile (an import, a target change)
		 * has drawn everything: the rest is skipped.
		 */
		async function firstRender() {
			const steps = renderSteps('all');
			const started = renders;
			for (const step of steps) {
				await yieldToBrowser();
				if (renders !== started) return;
				step();
			}
		}
		const afterImport = async () => {
			render();
			await snapshots.restore();
			// Restored snapshots list items by their statements.
			if (snapshots.count) void ctx.loadAllItemTitles().then(() => snapshots.render());
		};
		$<HTMLInputElement>('[data-import]').addEventListener('change', async (event) => {
			const { importFile } = await data.withStrings(import('./assessment/overview/import-preview'));
			await importFile(ctx, afterImport, event.target as HTMLInputElement);
		});
		const eraseButton = $<HTMLButtonElement>('[data-erase-open]');
		eraseButton.disabled = session.readOnly;
		eraseButton.addEventListener('click', async () => (await data.withStrings(import('./assessment/overview/erase'))).openErase(ctx));
		const erased = new URLSearchParams(location.search).get(ERASED_PARAM);
		if (erased !== null) void data.withStrings(import('./assessment/overview/erase')).then(({ reportErased }) => reportErased(ctx, erased));
		// Answers from another tab may be to checklists the model does not have yet: those come first.
		let covering = Promise.resolve();
		const show = (changed: Changed) => {
			if (ctx.models.covers(changed === 'all' ? Object.keys(session.state.answers) : changed)) return render(changed);
			covering = covering.then(() =>
				ctx.models.cover(Object.keys(session.state.answers)).then(
					() => render('all'),
					() => {
						render(changed);
						session.loadFailed();
					}
				)
			);
		};
		session.subscribe((_state, changed) => {
			if (firstRenderDone) show(changed);
			else missedChanges = true;
		});

		this.addEventListener('click', async (event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
			if (action === 'export-json' || action === 'export-csv' || action === 'export-md') {
				const { exportFile } = await data.withStrings(import('./assessment/overview/export-files'));
				await exportFile(ctx, action, snapshots.list);
			} else if (action === 'print') {
				window.print();
			} else if (action === 'snapshot') {
				const input = $<HTMLInputElement>('[data-snapshot-label]');
				const label = input.value.trim() || undefined;
				input.value = '';
				await snapshots.take(label);
				void ctx.loadAllItemTitles().then(() => snapshots.render());
				ctx.live.textContent = t('dash.snapshotTaken');
			} else if (action === 'share') {
				await (await sharing()).make();
			} else if (action === 'copy-share') {
				await (await sharing()).copy();
			}
		});

		// `?target=<profile id>`: the planner's suggested reference target, preselected (the user can change it).
		const target = new URLSearchParams(location.search).get('target');
		const select = $<HTMLSelectElement>('[data-profile]');
		if (target && [...select.options].some((option) => option.value === target)) select.value = target;
		select.addEventListener('change', () => render('all'));
		const unchanged: FiguresDelta = { overall: false, checklists: [], strategies: [], risks: [], actions: false };
		for (const radio of this.querySelectorAll('input[name="pb-matrix-view"]')) radio.addEventListener('change', () => matrix(figures!, unchanged));
		// Views that may list any item need every statement: a shared assessment, snapshot changes.
		const openShared = async () => {
			await shared.open();
			if (shared.state) await ctx.loadAllItemTitles();
		};
		window.addEventListener('hashchange', async () => {
			await openShared();
			render();
		});

		// Every control's listener is in place: the controls the page renders disabled now work.
		enableStartedControls(this);
		// The saved answers' checklists (the page's data brought those it read before the session did);
		// snapshots compare states that may answer any item.
		await (snapshots.count ? ctx.models.complete() : ctx.models.cover(Object.keys(session.state.answers))).catch(session.loadFailed);
		await openShared();
		// Starlight's table of contents looks for what each heading covers with one query over the whole
		// page, once the browser is first idle. Drawn after it (idle callbacks run in the order they were
		// asked for, and it asked as the page loaded), the overview is not in that query: at ten times
		// today's content it took 25 ms over the drawn overview against 5 ms over the page as served,
		// twice (the phone's and the wide screen's table of contents).
		await whenIdle(IDLE_WAIT_MS);
		await firstRender();
		firstRenderDone = true;
		if (missedChanges) show('all');
		skipLayoutIfLong();
		// Paper shows every row of the long lists.
		window.addEventListener('beforeprint', () => ctx.lists.openAll());
		if (snapshots.count) void ctx.loadAllItemTitles().then(() => snapshots.render());
	}
}

customElements.define('pb-dashboard', DashboardIsland);
