/**
 * Strings of the regulatory calendar (.ics) and the change feed (Atom), by locale folder. The
 * calendar page can reuse `eventKind` for the same words.
 */
import type { EventKind } from '../lib/obligations/engine';
import type { LocaleFolder } from './locales';

interface FeedStrings {
	calendarName: string;
	feedTitle: string;
	feedSubtitle: string;
	author: string;
	eventKind: Record<EventKind, string>;
	/** `{name}` is the regulation's name. */
	regulationEntry: string;
	/** `{version}` is the playbook version. */
	editionEntry: string;
	/** `{strategies}`, `{risks}`, `{checklists}`, `{items}`, `{regulations}`, `{asOf}`. */
	editionSummary: string;
}

export const FEED_STRINGS: Record<LocaleFolder, FeedStrings> = {
	'zh-cn': {
		calendarName: '跨境电商手册：法规日历',
		feedTitle: '跨境电商手册：更新记录',
		feedSubtitle: '每一版手册包含的内容，以及新增或重新核对的法规。',
		author: '跨境电商手册编辑组',
		eventKind: {
			'in-force': '生效',
			'applies-from': '开始适用',
			'transition-ends': '过渡期结束',
			'reporting-deadline': '申报截止',
			review: '复审',
		},
		regulationEntry: '法规核对：{name}',
		editionEntry: '手册版本 {version}',
		editionSummary: '本版包含 {strategies} 项策略、{risks} 项风险、{checklists} 份清单（{items} 个检查项）和 {regulations} 条法规，数据核对至 {asOf}。',
	},
	en: {
		calendarName: 'Cross-border playbook: regulatory calendar',
		feedTitle: 'Cross-border playbook: changes',
		feedSubtitle: 'What each edition of the playbook holds, and which regulations were added or re-checked.',
		author: 'Cross-border playbook editors',
		eventKind: {
			'in-force': 'in force',
			'applies-from': 'applies',
			'transition-ends': 'transition ends',
			'reporting-deadline': 'reporting deadline',
			review: 'review',
		},
		regulationEntry: 'Regulation checked: {name}',
		editionEntry: 'Playbook edition {version}',
		editionSummary: 'This edition holds {strategies} strategies, {risks} risks, {checklists} checklists ({items} items) and {regulations} regulations, checked to {asOf}.',
	},
};
