/**
 * Every interface string of the playbook, in both languages. Components read them through `t()`.
 * Enum labels are keyed by the enum values defined in `src/schemas/common.ts`.
 */
import type { Cadence, Jurisdiction, RiskCategory, Role } from '../schemas/common';
import type { LocaleFolder } from './locales';

const zh = {
	'site.title': '跨境电商运营与风控手册',
	'site.description': '面向中国跨境卖家团队的运营策略、风险登记表与自查清单，中英双语。',
	'nav.start': '开始',
	'nav.strategies': '运营策略',
	'nav.risks': '风险登记表',
	'nav.checklists': '自查清单',
	'nav.training': '培训',
	'nav.glossary': '术语表',
	'nav.allStrategies': '策略总览',
	'nav.allRisks': '风险总览',
	'nav.allChecklists': '清单总览',
	'nav.assessment': '自评总览',
	'nav.team': '团队对比',
	'nav.planner': '哪些规定适用于我',
	'nav.calendar': '监管日历',
	'type.strategy': '策略',
	'type.risk': '风险',
	'type.checklist': '清单',
	'type.glossary': '术语',
	'type.guide': '指南',
	'type.training': '培训',
	'search.filter.type': '类型',
	'search.filter.category': '风险类别',
	'strategy.number': '一.({n})',
	'strategy.whyNow': '为什么现在要做',
	'strategy.objectives': '目标',
	'strategy.practices': '做法',
	'strategy.kpis': '关键指标',
	'strategy.maturity': '成熟度',
	'strategy.mistakes': '常见错误',
	'strategy.related': '相关风险与清单',
	'strategy.owner': '负责人',
	'strategy.input': '输入',
	'strategy.output': '产出',
	'strategy.cadence': '频率',
	'strategy.roles': '涉及角色',
	'kpi.metric': '指标',
	'kpi.target': '目标范围',
	'kpi.how': '怎么衡量',
	'kpi.atLeast': '≥ {min}',
	'kpi.atMost': '≤ {max}',
	'maturity.level': '{level} 级',
	'maturity.0': '缺失',
	'maturity.1': '零散',
	'maturity.2': '成形',
	'maturity.3': '量化',
	'related.risks': '降低的风险',
	'related.checklists': '落地清单',
	'related.items': '落实本策略的清单项',
	'related.strategies': '相关策略',
	'risk.scenario': '风险发生时是什么样子',
	'risk.assessment': '固有风险评估',
	'risk.indicators': '预警指标',
	'risk.mitigations': '控制措施',
	'risk.response': '发生后怎么应对',
	'risk.regulations': '相关法规与规则',
	'risk.related': '相关策略与清单',
	'risk.likelihood': '可能性',
	'risk.impact': '影响',
	'risk.score': '固有分值',
	'risk.scoreOf': '{score} / 25',
	'risk.owner': '负责角色',
	'risk.review': '复核频率',
	'risk.category': '类别',
	'risk.indicator': '指标',
	'risk.threshold': '行动阈值',
	'risk.source': '数据来源',
	'risk.first24h': '最初 24 小时',
	'risk.firstWeek': '第一周',
	'risk.verifiedBy': '用这些清单项核对：',
	'risk.viaStrategy': '所属策略：',
	'reg.name': '法规 / 规则',
	'reg.jurisdiction': '辖区',
	'reg.effective': '适用日期',
	'reg.requires': '对卖家的要求',
	'reg.asOf': '核对日期',
	'reg.source': '官方来源',
	'reg.in-force': '已生效',
	'reg.upcoming': '即将适用',
	'reg.proposed': '提案中',
	'reg.noStart': '未公布起始日期',
	'checklist.howToUse': '怎么使用这份清单',
	'checklist.audience': '适用角色',
	'checklist.items': '{count} 项',
	'checklist.weight': '权重',
	'checklist.weight.1': '建议',
	'checklist.weight.2': '重要',
	'checklist.weight.3': '关键',
	'checklist.evidence': '证据',
	'checklist.mitigates': '降低风险',
	'checklist.implements': '落实策略',
	'index.strategies.lead': '文章第一部分的五大支柱，按原文顺序排列。每项策略都给出做法、指标、成熟度和落地清单。',
	'index.risks.lead': '九类风险的固有评估（可能性 × 影响，1–5 分）。点击表头可按类别或分值排序。',
	'index.checklists.lead': '每一项都是可核实的陈述，附证据提示与权重，并链接到它降低的风险和落实的策略。',
	'index.checklists.progress': '你的进度',
	'index.checklists.answered': '已作答 {answered}/{total}',
	'index.checklists.notStarted': '尚未作答（0/{total}）',
	'index.checklists.missingReason': '{count} 项缺少不适用原因',
	'index.sortBy': '按{column}排序',
	'index.title': '名称',
	'glossary.lead': '手册中用到的术语，中英文对照。页面中第一次出现的术语会链接到这里。',
	'glossary.see': '另见',
	'copy.button': '复制链接',
	'copy.label': '复制“{title}”的链接',
	'copy.done': '已复制链接',
	'copy.failed': '无法复制，请手动复制地址栏中的链接',
	'date.format': '{y} 年 {m} 月 {d} 日',
} as const;

export type UiKey = keyof typeof zh;

const en: Record<UiKey, string> = {
	'site.title': 'Cross-border E-commerce Playbook',
	'site.description': 'Operating strategies, a risk register and self-assessment checklists for cross-border sellers, in Chinese and English.',
	'nav.start': 'Start',
	'nav.strategies': 'Strategies',
	'nav.risks': 'Risk register',
	'nav.checklists': 'Checklists',
	'nav.training': 'Training',
	'nav.glossary': 'Glossary',
	'nav.allStrategies': 'All strategies',
	'nav.allRisks': 'All risks',
	'nav.allChecklists': 'All checklists',
	'nav.assessment': 'Assessment overview',
	'nav.team': 'Team comparison',
	'nav.planner': 'What applies to me',
	'nav.calendar': 'Regulatory calendar',
	'type.strategy': 'Strategy',
	'type.risk': 'Risk',
	'type.checklist': 'Checklist',
	'type.glossary': 'Term',
	'type.guide': 'Guide',
	'type.training': 'Training',
	'search.filter.type': 'Type',
	'search.filter.category': 'Risk category',
	'strategy.number': '1.{n}',
	'strategy.whyNow': 'Why it matters now',
	'strategy.objectives': 'Objectives',
	'strategy.practices': 'Practices',
	'strategy.kpis': 'KPIs',
	'strategy.maturity': 'Maturity levels',
	'strategy.mistakes': 'Common mistakes',
	'strategy.related': 'Related risks and checklists',
	'strategy.owner': 'Owner',
	'strategy.input': 'Input',
	'strategy.output': 'Output',
	'strategy.cadence': 'Cadence',
	'strategy.roles': 'Roles',
	'kpi.metric': 'Metric',
	'kpi.target': 'Target range',
	'kpi.how': 'How it is measured',
	'kpi.atLeast': '≥ {min}',
	'kpi.atMost': '≤ {max}',
	'maturity.level': 'Level {level}',
	'maturity.0': 'Absent',
	'maturity.1': 'Ad hoc',
	'maturity.2': 'Defined',
	'maturity.3': 'Measured',
	'related.risks': 'Risks it reduces',
	'related.checklists': 'Checklists that put it into practice',
	'related.items': 'Checklist items that implement this strategy',
	'related.strategies': 'Related strategies',
	'risk.scenario': 'What it looks like when it happens',
	'risk.assessment': 'Inherent risk assessment',
	'risk.indicators': 'Early-warning indicators',
	'risk.mitigations': 'Controls',
	'risk.response': 'When it happens',
	'risk.regulations': 'Regulations and rules',
	'risk.related': 'Related strategies and checklists',
	'risk.likelihood': 'Likelihood',
	'risk.impact': 'Impact',
	'risk.score': 'Inherent score',
	'risk.scoreOf': '{score} / 25',
	'risk.owner': 'Owner',
	'risk.review': 'Review',
	'risk.category': 'Category',
	'risk.indicator': 'Indicator',
	'risk.threshold': 'Act when',
	'risk.source': 'Source',
	'risk.first24h': 'First 24 hours',
	'risk.firstWeek': 'First week',
	'risk.verifiedBy': 'Verified by these checklist items:',
	'risk.viaStrategy': 'Strategy:',
	'reg.name': 'Regulation / rule',
	'reg.jurisdiction': 'Jurisdiction',
	'reg.effective': 'Applies from',
	'reg.requires': 'What it requires of a seller',
	'reg.asOf': 'As of',
	'reg.source': 'Official source',
	'reg.in-force': 'In force',
	'reg.upcoming': 'Upcoming',
	'reg.proposed': 'Proposed',
	'reg.noStart': 'No published start date',
	'checklist.howToUse': 'How to use this checklist',
	'checklist.audience': 'For',
	'checklist.items': '{count} items',
	'checklist.weight': 'Weight',
	'checklist.weight.1': 'Good practice',
	'checklist.weight.2': 'Important',
	'checklist.weight.3': 'Critical',
	'checklist.evidence': 'Evidence',
	'checklist.mitigates': 'Reduces',
	'checklist.implements': 'Implements',
	'index.strategies.lead': 'The five pillars of part 1 of the article, in its order. Each strategy gives practices, KPIs, maturity levels and the checklists that put it into practice.',
	'index.risks.lead': 'Nine risk families with their inherent rating (likelihood × impact, 1–5 each). Sort by category or score with the column headers.',
	'index.checklists.lead': 'Every item is a verifiable statement with an evidence hint and a weight, linked to the risks it reduces and the strategy it implements.',
	'index.checklists.progress': 'Your progress',
	'index.checklists.answered': 'Answered {answered}/{total}',
	'index.checklists.notStarted': 'Not started (0/{total})',
	'index.checklists.missingReason': '{count} missing an N/A reason',
	'index.sortBy': 'Sort by {column}',
	'index.title': 'Name',
	'glossary.lead': 'The terms used in the playbook, in Chinese and English. The first use of a term on a page links here.',
	'glossary.see': 'See also',
	'copy.button': 'Copy link',
	'copy.label': 'Copy link to “{title}”',
	'copy.done': 'Link copied',
	'copy.failed': 'Could not copy: copy the address from the address bar',
	'date.format': '{d} {mon} {y}',
};

const roles: Record<LocaleFolder, Record<Role, string>> = {
	'zh-cn': {
		'general-manager': '总经理 / 老板',
		operations: '运营',
		'supply-chain': '供应链',
		compliance: '合规',
		finance: '财务',
		marketing: '市场 / 品牌',
		'customer-service': '客服',
		'it-security': 'IT 与安全',
	},
	en: {
		'general-manager': 'General manager',
		operations: 'Operations',
		'supply-chain': 'Supply chain',
		compliance: 'Compliance',
		finance: 'Finance',
		marketing: 'Marketing and brand',
		'customer-service': 'Customer service',
		'it-security': 'IT and security',
	},
};

const cadences: Record<LocaleFolder, Record<Cadence, string>> = {
	'zh-cn': {
		daily: '每天',
		weekly: '每周',
		monthly: '每月',
		quarterly: '每季度',
		semiannual: '每半年',
		annual: '每年',
		'per-launch': '每次上新',
		'per-shipment': '每批货',
		'on-event': '事件触发时',
	},
	en: {
		daily: 'Daily',
		weekly: 'Weekly',
		monthly: 'Monthly',
		quarterly: 'Quarterly',
		semiannual: 'Every six months',
		annual: 'Yearly',
		'per-launch': 'Each launch',
		'per-shipment': 'Each shipment',
		'on-event': 'When triggered',
	},
};

const categories: Record<LocaleFolder, Record<RiskCategory, string>> = {
	'zh-cn': {
		compliance: '政策法规与合规',
		market: '市场波动与竞争',
		platform: '平台与账号',
		logistics: '物流与供应链',
		finance: '支付、资金与欺诈',
		ip: '知识产权',
		data: '数据安全与隐私',
		reputation: '声誉与品牌',
	},
	en: {
		compliance: 'Regulatory and compliance',
		market: 'Market volatility and competition',
		platform: 'Platform and account',
		logistics: 'Logistics and supply chain',
		finance: 'Payments, finance and fraud',
		ip: 'Intellectual property',
		data: 'Data security and privacy',
		reputation: 'Reputation and brand',
	},
};

const jurisdictions: Record<LocaleFolder, Record<Jurisdiction, string>> = {
	'zh-cn': {
		EU: '欧盟', UK: '英国', US: '美国', CN: '中国', DE: '德国', FR: '法国', IT: '意大利', ES: '西班牙',
		CA: '加拿大', AU: '澳大利亚', JP: '日本', global: '全球',
	},
	en: {
		EU: 'EU', UK: 'UK', US: 'US', CN: 'China', DE: 'Germany', FR: 'France', IT: 'Italy', ES: 'Spain',
		CA: 'Canada', AU: 'Australia', JP: 'Japan', global: 'Global',
	},
};

const strings: Record<LocaleFolder, Record<UiKey, string>> = { 'zh-cn': zh, en };

/** Every interface string of a locale, labels of roles, cadences, categories and jurisdictions included. */
export function uiStrings(locale: LocaleFolder): Record<string, string> {
	return { ...strings[locale], ...roles[locale], ...cadences[locale], ...categories[locale], ...jurisdictions[locale] };
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Translator {
	(key: UiKey, vars?: Record<string, string | number>): string;
	role(value: Role): string;
	cadence(value: Cadence): string;
	category(value: RiskCategory): string;
	jurisdiction(value: Jurisdiction): string;
	/** A strategy's place in part 一 of the article: `一.(三)` / `1.3`. */
	strategyNumber(order: number): string;
	/** `2026-07-01` → `2026 年 7 月 1 日` / `1 Jul 2026`. */
	date(iso: string): string;
	locale: LocaleFolder;
}

export function useTranslations(locale: LocaleFolder): Translator {
	const table = strings[locale];
	const t = ((key, vars = {}) =>
		table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`))) as Translator;
	t.role = (value) => roles[locale][value];
	t.cadence = (value) => cadences[locale][value];
	t.category = (value) => categories[locale][value];
	t.jurisdiction = (value) => jurisdictions[locale][value];
	t.strategyNumber = (order) => t('strategy.number', { n: locale === 'zh-cn' ? CHINESE_NUMERALS[order - 1] : order });
	t.date = (iso) => {
		const [y, m, d] = iso.split('-').map(Number);
		return t('date.format', { y, m, d, mon: EN_MONTHS[m - 1] });
	};
	t.locale = locale;
	return t;
}

/** Chinese numerals for the article's (一)…(五) numbering. */
export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Labels of the risk bands, with the band limits spelt out. */
export const BAND_LABELS: Record<LocaleFolder, Record<'low' | 'medium' | 'high', string>> = {
	'zh-cn': { low: '低', medium: '中', high: '高' },
	en: { low: 'Low', medium: 'Medium', high: 'High' },
};
