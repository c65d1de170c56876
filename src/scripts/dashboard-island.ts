/**
 * The assessment overview island: scores and radar chart, the risk matrix (grid and table), the
 * action plan with editable owners and due dates, snapshots, export/import and share links. All
 * computing is done by `src/lib/assessment`; this file only turns results into DOM.
 */
import { actionPlan, type Action } from '../lib/assessment/actions';
import { actionPlanCsv } from '../lib/assessment/csv';
import { applyImport, exportJson, parseImport, previewImport } from '../lib/assessment/json-codec';
import type { ImportResult } from '../lib/assessment/import-result';
import { markdownReport } from '../lib/assessment/markdown';
import { profileTargets } from '../lib/assessment/model';
import { riskMatrix } from '../lib/assessment/residual';
import { scoreChecklist, scoreOverall, scoreStrategy, strategyTargetLevel, type Score, type Targets } from '../lib/assessment/scoring';
import { decodeShare, encodeShare } from '../lib/assessment/share-codec';
import { changesSince, createSnapshotStore, takeSnapshot, type Snapshot } from '../lib/assessment/snapshots';
import { acceptPlaybookVersion, getAnswer, markExported, setAnswer, type AnswerValue, type AssessmentState } from '../lib/assessment/state';
import { riskBand } from '../lib/risk/score';
import { browserStorage, notice, openStore, readPageData, reportLoad, translator } from './assessment-page';

type Child = Node | string | number | null | undefined | false;

/** Creates an element; `on*` props become listeners, other props attributes. */
function h(tag: string, props: Record<string, unknown> = {}, ...children: Child[]): HTMLElement {
	const el = document.createElement(tag);
	for (const [key, value] of Object.entries(props)) {
		if (value === undefined || value === false) continue;
		if (key.startsWith('on')) el.addEventListener(key.slice(2), value as EventListener);
		else el.setAttribute(key, value === true ? '' : String(value));
	}
	for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child instanceof Node ? child : String(child));
	return el;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
	const el = document.createElementNS(SVG, tag);
	for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
	return el;
}

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
const today = (now = new Date()) => now.toISOString().slice(0, 10);

function download(name: string, text: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = h('a', { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

class DashboardIsland extends HTMLElement {
	async connectedCallback() {
		const data = readPageData();
		const titles = data.titles!;
		const t = translator(data.strings);
		const { model } = data;
		const store = openStore(data);
		const snapshotStore = createSnapshotStore({ storage: browserStorage(), key: `${data.storageKey}:snapshots` });
		const $ = <E extends Element = HTMLElement>(selector: string) => this.querySelector<E>(selector)!;
		const notices = $('[data-notices]');
		const live = $('[data-live]');
		let state: AssessmentState = reportLoad(store.load(), data, store, notices, () => {
			state = acceptPlaybookVersion(state, model);
			store.save(state);
		});
		let snapshots: Snapshot[] = snapshotStore.load().snapshots;
		/** A shared assessment opened from a link: shown read-only until adopted or closed. */
		let shared: AssessmentState | undefined;

		const levelLabel = (value: AnswerValue | undefined) =>
			value === undefined ? t('dash.empty') : t(`level.${value}` as 'level.0');
		const dateLabel = (ms: number) => new Date(ms).toLocaleDateString(titles.lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium' });

		const save = (next: AssessmentState) => {
			state = next;
			if (store.save(state) === 'quota') notice(notices, t('storage.quota'), 'alert');
		};

		// ---- scores and radar ----------------------------------------------------------------
		const targets = (): Targets | undefined => {
			const id = $<HTMLSelectElement>('[data-profile]').value;
			return id ? profileTargets(model, id) : undefined;
		};

		const scoreRow = (label: Node | string, score: Score) =>
			h(
				'tr',
				{},
				h('th', { scope: 'row' }, label),
				h('td', {}, percent(score.score)),
				h('td', {}, percent(score.complete)),
				h('td', {}, percent(score.toTarget)),
				h('td', {}, score.unknown),
				h('td', {}, score.na)
			);

		const renderScores = (view: AssessmentState) => {
			const target = targets();
			const head = h(
				'tr',
				{},
				...['', 'dash.score', 'dash.complete', 'dash.toTarget', 'dash.unknown', 'dash.na'].map((key) =>
					h('th', { scope: 'col' }, key ? t(key as 'dash.score') : '')
				)
			);
			const pillars = model.strategies.map((s) => ({ s, score: scoreStrategy(model, view, s.id, target) }));
			const table = h(
				'table',
				{ class: 'pb-table', id: 'pb-scores' },
				h('thead', {}, head),
				h(
					'tbody',
					{},
					scoreRow(h('strong', {}, t('dash.overall')), scoreOverall(model, view, target)),
					...pillars.map(({ s, score }) => scoreRow(h('a', { href: titles.strategyLinks[s.id] }, `${s.order}. ${titles.strategies[s.id]}`), score)),
					...model.checklists.map((c) => scoreRow(titles.checklists[c.id], scoreChecklist(model, view, c.id, target)))
				)
			);
			$('[data-scores]').replaceChildren(h('div', { class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.overview') }, table));

			// Radar: one axis per pillar, in article order.
			const size = 240;
			const c = size / 2;
			const r = c - 28;
			const point = (i: number, value: number) => {
				const angle = -Math.PI / 2 + (i * 2 * Math.PI) / pillars.length;
				return [c + Math.cos(angle) * r * value, c + Math.sin(angle) * r * value];
			};
			const polygon = (values: number[]) => values.map((v, i) => point(i, v).join(',')).join(' ');
			const values = pillars.map(({ score }) => score.score ?? 0);
			const label = t('dash.radar', {
				target: target ? t('dash.radarTarget') : '',
				values: pillars.map(({ s, score }) => `${s.order}. ${titles.strategies[s.id]} ${percent(score.score)}`).join('; '),
			});
			const chart = svg('svg', { viewBox: `0 0 ${size} ${size}`, width: size, height: size, role: 'img', 'aria-label': label, class: 'pb-radar' });
			for (const ring of [1 / 3, 2 / 3, 1]) chart.append(svg('polygon', { points: polygon(pillars.map(() => ring)), class: 'pb-radar-grid' }));
			pillars.forEach(({ s }, i) => {
				const [x, y] = point(i, 1);
				chart.append(svg('line', { x1: c, y1: c, x2: x, y2: y, class: 'pb-radar-grid' }));
				const [lx, ly] = point(i, 1.13);
				const text = svg('text', { x: lx, y: ly, 'text-anchor': 'middle', 'dominant-baseline': 'middle', class: 'pb-radar-label' });
				text.textContent = String(s.order);
				chart.append(text);
			});
			if (target) {
				const targetValues = pillars.map(({ s }) => strategyTargetLevel(model, s.id, target) ?? 0);
				chart.append(svg('polygon', { points: polygon(targetValues), class: 'pb-radar-target' }));
			}
			chart.append(svg('polygon', { points: polygon(values), class: 'pb-radar-score' }));
			$('[data-radar]').replaceChildren(chart);
		};

		// ---- risk matrix ----------------------------------------------------------------------
		const renderMatrix = (view: AssessmentState) => {
			const matrix = riskMatrix(model, view);
			const mode = this.querySelector<HTMLInputElement>('input[name="pb-matrix-view"]:checked')?.value === 'inherent' ? 'inherent' : 'residual';
			const grid = matrix[mode];
			const bandLabel = (score: number) => t(`dash.band.${riskBand(score)}` as 'dash.band.low');
			const rows = [5, 4, 3, 2, 1].map((i) =>
				h(
					'tr',
					{},
					h('th', { scope: 'row' }, `${t('dash.impact')} ${i}`),
					...[1, 2, 3, 4, 5].map((l) => {
						const ids = grid[l - 1][i - 1];
						const score = l * i;
						return h(
							'td',
							{ 'data-band': riskBand(score), 'aria-label': t('dash.cell', { l, i, score, band: bandLabel(score), count: ids.length }) },
							h('span', { class: 'pb-cell-score', 'aria-hidden': 'true' }, `${score} ${bandLabel(score)}`),
							ids.length ? h('ul', {}, ...ids.map((id) => h('li', {}, h('a', { href: titles.riskLinks[id] }, titles.risks[id])))) : null
						);
					})
				)
			);
			const caption = h('caption', {}, `${t(mode === 'inherent' ? 'dash.inherent' : 'dash.residual')} · ${t('dash.likelihood')} × ${t('dash.impact')}`);
			const head = h('tr', {}, h('td', {}), ...[1, 2, 3, 4, 5].map((l) => h('th', { scope: 'col' }, `${t('dash.likelihood')} ${l}`)));
			$('[data-matrix]').replaceChildren(
				h('div', { class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.matrix') }, h('table', { class: 'pb-matrix', id: 'pb-matrix' }, caption, h('thead', {}, head), h('tbody', {}, ...rows)))
			);

			const li = (p: { l: number; i: number }) => `${p.l} × ${p.i} = ${p.l * p.i} (${bandLabel(p.l * p.i)})`;
			$('[data-matrix-table]').replaceChildren(
				h(
					'div',
					{ class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.matrixTable') },
					h(
						'table',
						{ class: 'pb-table', id: 'pb-matrix-table' },
						h('caption', {}, t('dash.matrixTable')),
						h('thead', {}, h('tr', {}, ...['dash.risk', 'dash.inherent', 'dash.coverage', 'dash.residual'].map((k) => h('th', { scope: 'col' }, t(k as 'dash.risk'))))),
						h(
							'tbody',
							{},
							...matrix.risks.map((risk) =>
								h(
									'tr',
									{ 'data-risk': risk.id },
									h('th', { scope: 'row' }, h('a', { href: titles.riskLinks[risk.id] }, titles.risks[risk.id])),
									h('td', {}, li(risk.inherent)),
									h('td', {}, percent(risk.coverage)),
									h('td', {}, li(risk.residual))
								)
							)
						)
					)
				)
			);
		};

		// ---- action plan ----------------------------------------------------------------------
		const ACTION_ROWS = 20;
		const statusLabel = (action: Action) =>
			action.status === 'level' ? t(`level.${action.level}` as 'level.0') : t(action.status === 'unknown' ? 'dash.status.unknown' : 'dash.status.unanswered');

		const renderActions = (view: AssessmentState, readOnly: boolean) => {
			const actions = actionPlan(model, view);
			if (!actions.length) {
				$('[data-actions]').replaceChildren(h('p', {}, t('dash.noActions')));
				return;
			}
			const edit = (action: Action, field: 'owner' | 'due') => {
				const label = `${t(field === 'owner' ? 'dash.owner' : 'dash.due')}: ${titles.items[action.itemId]}`;
				if (readOnly) return action[field] ?? '';
				return h('input', {
					type: field === 'due' ? 'date' : 'text',
					value: action[field] ?? '',
					'aria-label': label,
					'data-item': action.itemId,
					'data-field': field,
					maxlength: field === 'owner' ? 200 : undefined,
					onchange: (event: Event) => {
						save(setAnswer(state, action.itemId, { [field]: (event.target as HTMLInputElement).value }, Date.now(), model));
						live.textContent = t('saved', { answered: scoreOverall(model, state).answered, total: model.items.length });
					},
				});
			};
			const head = ['dash.rank', 'dash.item', 'dash.weight', 'dash.current', 'dash.reduction', 'dash.risks', 'dash.owner', 'dash.due'];
			$('[data-actions]').replaceChildren(
				h(
					'div',
					{ class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.actions') },
					h(
						'table',
						{ class: 'pb-table', id: 'pb-actions' },
						h('thead', {}, h('tr', {}, ...head.map((k) => h('th', { scope: 'col' }, t(k as 'dash.rank'))))),
						h(
							'tbody',
							{},
							...actions.slice(0, ACTION_ROWS).map((action, index) =>
								h(
									'tr',
									{ 'data-item': action.itemId },
									h('td', {}, index + 1),
									h('th', { scope: 'row' }, h('a', { href: titles.itemLinks[action.itemId] }, titles.items[action.itemId]), action.strategy ? h('br') : null, action.strategy ? h('a', { href: titles.strategyLinks[action.strategy], class: 'pb-item-id' }, titles.strategies[action.strategy]) : null),
									h('td', {}, action.weight),
									h('td', {}, statusLabel(action)),
									h('td', {}, action.reduction.toFixed(1)),
									h('td', {}, ...action.risks.flatMap((id, i) => [i ? ' · ' : '', h('a', { href: titles.riskLinks[id] }, titles.risks[id])])),
									h('td', {}, edit(action, 'owner')),
									h('td', {}, edit(action, 'due'))
								)
							)
						)
					)
				),
				actions.length > ACTION_ROWS ? h('p', {}, t('dash.moreActions', { count: actions.length - ACTION_ROWS })) : ''
			);
		};

		// ---- snapshots --------------------------------------------------------------------------
		const renderSnapshots = () => {
			const container = $('[data-snapshots]');
			if (!snapshots.length) {
				container.replaceChildren(h('p', {}, t('dash.noSnapshots')));
				return;
			}
			const latest = snapshots[0];
			const changes = changesSince(latest, state, model);
			const date = dateLabel(latest.takenAt);
			container.replaceChildren(
				h('p', { 'data-changes': changes.length }, changes.length ? t('dash.changedSince', { count: changes.length, date }) : t('dash.noChanges', { date })),
				changes.length
					? h('ul', {}, ...changes.map((change) => h('li', {}, h('a', { href: titles.itemLinks[change.itemId] }, titles.items[change.itemId] ?? change.itemId), `: ${levelLabel(change.from)} → ${levelLabel(change.to)}`)))
					: '',
				h('h3', {}, t('dash.snapshotList')),
				h('ul', {}, ...snapshots.map((s) => h('li', {}, `${dateLabel(s.takenAt)}${s.label ? ` · ${s.label}` : ''} · ${Object.keys(s.values).length}`)))
			);
		};

		const snapshot = (label?: string) => {
			const result = snapshotStore.add(snapshots, takeSnapshot(state, Date.now(), label));
			snapshots = result.snapshots;
		};

		// ---- shared view --------------------------------------------------------------------------
		const renderShared = () => {
			const container = $('[data-shared]');
			if (!shared) {
				container.replaceChildren();
				return;
			}
			const theirs = shared;
			const compare = h('div', { 'data-compare': true });
			container.replaceChildren(
				h(
					'div',
					{ class: 'pb-notice', role: 'status' },
					h('p', {}, t('dash.sharedView')),
					h(
						'div',
						{ class: 'pb-toolbar' },
						h('button', {
							type: 'button',
							'data-action': 'compare',
							onclick: () => {
								const ids = model.items.map((item) => item.id).filter((id) => getAnswer(theirs, id)?.value !== getAnswer(state, id)?.value);
								compare.replaceChildren(
									ids.length
										? h(
												'table',
												{ class: 'pb-table', id: 'pb-compare' },
												h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('dash.item')), h('th', { scope: 'col' }, t('dash.theirs')), h('th', { scope: 'col' }, t('dash.mine')))),
												h('tbody', {}, ...ids.map((id) => h('tr', {}, h('th', { scope: 'row' }, h('a', { href: titles.itemLinks[id] }, titles.items[id])), h('td', {}, levelLabel(getAnswer(theirs, id)?.value)), h('td', {}, levelLabel(getAnswer(state, id)?.value)))))
											)
										: h('p', {}, t('dash.noDifferences'))
								);
							},
						}, t('dash.compare')),
						h('button', {
							type: 'button',
							'data-action': 'adopt',
							onclick: () => {
								if (!window.confirm(t('dash.adoptConfirm'))) return;
								snapshot(t('dash.mine'));
								save(applyImport(state, theirs, 'replace', Date.now()));
								closeShared();
								notice(notices, t('dash.adopted'));
							},
						}, t('dash.adopt')),
						h('button', { type: 'button', 'data-action': 'close-shared', onclick: () => closeShared() }, t('dash.closeShared'))
					),
					compare
				)
			);
		};

		const closeShared = () => {
			shared = undefined;
			history.replaceState(null, '', location.pathname + location.search);
			render();
		};

		// ---- export, import, share --------------------------------------------------------------
		const renderExport = () => {
			$('[data-last-export]').textContent = state.lastExportedAt ? t('dash.lastExport', { date: dateLabel(state.lastExportedAt) }) : t('dash.neverExported');
		};

		const render = () => {
			const view = shared ?? state;
			renderShared();
			renderScores(view);
			renderMatrix(view);
			renderActions(view, shared !== undefined);
			renderSnapshots();
			renderExport();
		};

		const importFailed = (result: Extract<ImportResult, { ok: false }>, key: 'dash.importFailed' | 'dash.sharedFailed') =>
			notice(notices, t(key, { message: result.error.message[titles.lang] }), 'alert');

		const showImportPreview = (incoming: Extract<ImportResult, { ok: true }>) => {
			const preview = previewImport(state, incoming.state, model);
			const container = $('[data-import-preview]');
			const apply = (mode: 'merge' | 'replace') => {
				save(applyImport(state, incoming.state, mode, Date.now()));
				container.replaceChildren();
				render();
				live.textContent = t('dash.imported');
				notice(notices, t('dash.imported'));
			};
			const { removed, added, reworded, playbookVersionChanged } = incoming.diff;
			container.replaceChildren(
				h(
					'div',
					{ class: 'pb-notice', role: 'status', 'data-preview': true },
					h('p', {}, t('dash.importPreview', {
						mergeAdded: preview.merge.added,
						mergeChanged: preview.merge.changed,
						replaceAdded: preview.replace.added,
						replaceChanged: preview.replace.changed,
						replaceRemoved: preview.replace.removed,
					})),
					playbookVersionChanged
						? h('p', { 'data-version-diff': true }, t('dash.importVersion', { removed: removed.length, added: added.length, reworded: reworded.length }))
						: null,
					// Name the items: removed ones by id (the playbook no longer has their text), the others by their statement.
					playbookVersionChanged && (removed.length || added.length || reworded.length)
						? h(
								'ul',
								{ 'data-version-items': true },
								...removed.map((id) => h('li', {}, `− ${id}`)),
								...added.map((id) => h('li', {}, '+ ', h('a', { href: titles.itemLinks[id] }, titles.items[id] ?? id))),
								...reworded.map((id) => h('li', {}, '≠ ', h('a', { href: titles.itemLinks[id] }, titles.items[id] ?? id)))
							)
						: null,
					h(
						'div',
						{ class: 'pb-toolbar' },
						h('button', { type: 'button', 'data-action': 'merge', onclick: () => apply('merge') }, t('dash.merge')),
						h('button', { type: 'button', 'data-action': 'replace', onclick: () => apply('replace') }, t('dash.replace')),
						h('button', { type: 'button', onclick: () => container.replaceChildren() }, t('dash.cancel'))
					)
				)
			);
		};

		this.addEventListener('click', async (event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
			const now = Date.now();
			if (action === 'export-json') {
				download(`playbook-assessment-${today()}.json`, exportJson(state, now, model), 'application/json');
				save(markExported(state, now));
				renderExport();
			} else if (action === 'export-csv') {
				const columns = [
					{ label: t('dash.rank'), field: 'rank' as const },
					{ label: 'ID', field: 'itemId' as const },
					{ label: t('dash.item'), value: (a: Action) => titles.items[a.itemId] },
					{ label: t('dash.checklist'), value: (a: Action) => titles.checklists[a.checklistId] },
					{ label: t('dash.weight'), field: 'weight' as const },
					{ label: t('dash.current'), value: statusLabel },
					{ label: t('dash.reduction'), field: 'reduction' as const },
					{ label: t('dash.risks'), value: (a: Action) => a.risks.map((id) => titles.risks[id]).join('; ') },
					{ label: t('dash.strategy'), value: (a: Action) => (a.strategy ? titles.strategies[a.strategy] : '') },
					{ label: t('dash.owner'), field: 'owner' as const },
					{ label: t('dash.due'), field: 'due' as const },
				];
				download(`playbook-action-plan-${today()}.csv`, actionPlanCsv(actionPlan(model, state), columns), 'text/csv;charset=utf-8');
			} else if (action === 'export-md') {
				const report = markdownReport(model, state, {
					title: t('dash.title'),
					subtitle: `${today()} · ${model.version}`,
					checklistTitles: titles.checklists,
					itemTitles: titles.items,
					includeNotes: true,
					labels: {
						overall: t('dash.overall'),
						checklists: t('dash.checklist'),
						actions: t('dash.actions'),
						score: t('dash.score'),
						complete: t('dash.complete'),
						answered: t('dash.complete'),
						na: t('dash.na'),
						unknown: t('dash.unknown'),
						checklist: t('dash.checklist'),
						item: t('dash.item'),
						weight: t('dash.weight'),
						status: t('dash.current'),
						reduction: t('dash.reduction'),
						owner: t('dash.owner'),
						due: t('dash.due'),
						note: t('answer.note'),
						levels: { 0: t('level.0'), 1: t('level.1'), 2: t('level.2'), 3: t('level.3') },
						unknownStatus: t('dash.status.unknown'),
						unanswered: t('dash.status.unanswered'),
						noActions: t('dash.noActions'),
					},
				});
				download(`playbook-report-${today()}.md`, report, 'text/markdown;charset=utf-8');
			} else if (action === 'print') {
				window.print();
			} else if (action === 'snapshot') {
				const input = $<HTMLInputElement>('[data-snapshot-label]');
				snapshot(input.value.trim() || undefined);
				input.value = '';
				renderSnapshots();
				live.textContent = t('dash.snapshotTaken');
			} else if (action === 'share') {
				const includeNotes = $<HTMLInputElement>('[data-share-notes]').checked;
				const code = await encodeShare(state, { includeNotes });
				const output = $('[data-share-output]');
				$<HTMLInputElement>('[data-share-link]').value = `${location.origin}${location.pathname}#share=${code}`;
				output.hidden = false;
			} else if (action === 'copy-share') {
				const link = $<HTMLInputElement>('[data-share-link]');
				link.select();
				await navigator.clipboard?.writeText(link.value).catch(() => undefined);
				live.textContent = t('dash.copied');
			}
		});

		$('[data-import]').addEventListener('change', async (event) => {
			const input = event.target as HTMLInputElement;
			const file = input.files?.[0];
			input.value = '';
			if (!file) return;
			const result = parseImport(await file.text(), model, { current: state });
			if (result.ok) showImportPreview(result);
			else importFailed(result, 'dash.importFailed');
		});

		$('[data-profile]').addEventListener('change', () => renderScores(shared ?? state));
		for (const radio of this.querySelectorAll('input[name="pb-matrix-view"]')) radio.addEventListener('change', () => renderMatrix(shared ?? state));

		window.addEventListener('storage', (event) => {
			if (event.key !== store.key) return;
			state = store.mergeFromStorageEvent(state, event.newValue);
			render();
		});

		const openShared = async () => {
			const match = /^#share=(.+)$/.exec(location.hash);
			if (!match) return;
			const result = await decodeShare(match[1], model, { current: state });
			if (result.ok) shared = result.state;
			else importFailed(result, 'dash.sharedFailed');
		};
		window.addEventListener('hashchange', async () => {
			await openShared();
			render();
		});

		await openShared();
		render();
	}
}

customElements.define('pb-dashboard', DashboardIsland);
