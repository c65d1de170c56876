/**
 * The team comparison island: reads several exported files and share links, then lists every
 * item with each person's answer, biggest disagreements first (src/lib/assessment/team.ts).
 */
import { checkImportSize, parseImport } from '../lib/assessment/json-codec';
import { decodeShare } from '../lib/assessment/share-codec';
import { teamSpread, type Member } from '../lib/assessment/team';
import type { AnswerValue } from '../lib/assessment/state';
import { describeImportError } from '../i18n/assessment';
import { h, notice } from './assessment/dom';
import { loadPageData } from './assessment/page-data';
import { translator } from './assessment/session';

/** Items listed even without disagreement, so the table is never empty for a consistent team. */
const MIN_ROWS = 10;

class TeamIsland extends HTMLElement {
	async connectedCallback() {
		const data = await loadPageData();
		const titles = data.titles!;
		const t = translator(data.strings);
		const $ = <E extends Element = HTMLElement>(selector: string) => this.querySelector<E>(selector)!;
		const label = (value: AnswerValue | undefined) => (value === undefined ? t('dash.empty') : t(`level.${value}` as 'level.0'));
		const cell = (tag: string, text: string | Node, attrs: Record<string, string> = {}) => h(tag, attrs, text);

		$('[data-action="compare"]').addEventListener('click', async () => {
			const notices = $('[data-notices]');
			notices.replaceChildren();
			const members: Member[] = [];
			const fail = (name: string, message: string) => notice(notices, t('team.failed', { name, message }), 'alert');
			for (const file of $<HTMLInputElement>('[data-files]').files ?? []) {
				const result = checkImportSize(file.size) ?? parseImport(await file.text(), data.model);
				if (result.ok) members.push({ name: file.name.replace(/\.json$/i, ''), state: result.state });
				else fail(file.name, describeImportError(data.strings, result.error, 'file'));
			}
			const links = $<HTMLTextAreaElement>('[data-links]').value.split('\n').map((line) => line.trim()).filter(Boolean);
			for (const [index, link] of links.entries()) {
				const name = t('team.linkName', { n: index + 1 });
				const fragment = link.includes('#share=') ? link.slice(link.indexOf('#share=') + '#share='.length) : link;
				const result = await decodeShare(fragment, data.model);
				if (result.ok) members.push({ name, state: result.state });
				else fail(name, describeImportError(data.strings, result.error, 'link'));
			}
			const output = $('[data-result]');
			if (members.length < 2) {
				output.replaceChildren(cell('p', t('team.tooFew')));
				return;
			}
			const rows = teamSpread(data.model, members);
			const disagree = rows.filter((row) => row.spread >= 2).length;
			const shown = rows.filter((row, index) => row.spread > 0 || row.unknown > 0 || index < MIN_ROWS);
			const table = cell('table', '', { class: 'pb-table', id: 'pb-team' });
			const head = document.createElement('tr');
			for (const text of [t('team.item'), ...members.map((m) => m.name), t('team.spread'), t('team.mean')]) head.append(cell('th', text, { scope: 'col' }));
			table.append(cell('thead', head));
			const body = document.createElement('tbody');
			for (const row of shown) {
				const tr = cell('tr', '', { 'data-item': row.itemId, 'data-spread': String(row.spread) });
				const link = cell('a', titles.items[row.itemId] ?? row.itemId, { href: titles.itemLinks[row.itemId] ?? '#' });
				tr.append(cell('th', link, { scope: 'row' }));
				for (const value of row.values) tr.append(cell('td', label(value)));
				tr.append(cell('td', String(row.spread)), cell('td', row.mean === null ? '—' : row.mean.toFixed(1)));
				body.append(tr);
			}
			table.append(body);
			const summary = t('team.summary', { count: members.length, disagree });
			output.replaceChildren(
				cell('p', summary),
				cell('div', table, { class: 'pb-table-wrap', tabindex: '0', role: 'region', 'aria-label': t('team.title') }),
				rows.length > shown.length ? cell('p', t('team.more', { count: rows.length - shown.length })) : ''
			);
			$('[data-live]').textContent = summary;
		});
	}
}

customElements.define('pb-team', TeamIsland);
