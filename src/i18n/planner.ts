/**
 * Interface strings of the "what applies to me" planner, the regulatory calendar and the tailored
 * assessment, in both languages side by side, with the labels of every seller-profile code. Pages render
 * what they can as HTML and embed the rest as JSON for the islands, so every string has one source.
 */
import type { LocaleFolder } from './locales';
import { format } from './assessment';
import { FEED_STRINGS } from './feeds';
import {
	CATEGORIES,
	CHANNELS,
	EU_MEMBER_STATES,
	FULFILMENT,
	HEADCOUNT_BANDS,
	INCOTERMS,
	MARKETS,
	PARCEL_VALUE_BANDS,
	TURNOVER_BANDS,
} from '../lib/obligations/profile';
import type { ConditionField, EventKind, RegulationStatus } from '../lib/obligations/engine';

const zh = {
	'planner.title': '哪些规定适用于我',
	'planner.description': '用一分钟回答你卖什么、卖到哪里、通过哪些渠道、怎么发货，本页列出由此触发的合规义务：按市场和截止日期分组，每项写明要做什么、用哪些清单项来证明、能降低哪项风险、官方来源在哪里；也列出不适用的规定和排除它的条件，方便复核。',
	'planner.noscript': '本页需要 JavaScript 才能按你的情况筛选：卖家情况与答案一起保存在浏览器里，只能由页面脚本读取。下面列出了手册收录的全部规定。',
	'planner.privacy': '卖家情况和答案一样只保存在这个浏览器里，并随导出文件和分享链接一起带走。',
	'profile.title': '你的卖家情况',
	'profile.lead': '一分钟答完；每次勾选都会自动保存。没有把握的项可以先空着，结果里会注明哪些义务取决于它。',
	'profile.markets': '销售市场',
	'profile.eu': '欧盟成员国',
	'profile.otherMarkets': '其他市场',
	'profile.allEu': '全部欧盟成员国',
	'profile.channels': '销售渠道',
	'profile.categories': '产品类别',
	'profile.fulfilment': '发货方式',
	'profile.incoterm': '直邮包裹的关税和进口增值税由谁缴纳',
	'profile.stockIn': '海外库存所在市场',
	'profile.stockInLead': '自有海外仓或平台仓所在的国家；不勾选表示还没说明。',
	'profile.parcelValues': '直邮包裹的货值',
	'profile.turnover': '年营业额（全部市场，折合欧元）',
	'profile.headcount': '员工人数',
	'profile.notSaid': '暂不回答',
	'profile.saved': '卖家情况已保存',
	'profile.clear': '清空卖家情况',
	'profile.summary': '已选：{markets} 个市场、{channels} 个渠道、{categories} 个类别',
	'results.title': '适用于你的义务',
	'results.empty': '先在上面至少选择一个销售市场，本页才会列出适用的规定。',
	'results.summary': '{applies} 项规定适用，{excluded} 项不适用；{met} 项已有清单证据达标。',
	'results.byMarket': '按市场',
	'results.byDeadline': '按截止日期',
	'results.upcoming': '即将生效或有截止日期',
	'results.ongoing': '已经适用、没有待办日期',
	'results.everywhere': '所有市场（平台规则、中国法规）',
	'results.notApplies': '不适用的规定及原因',
	'results.notAppliesLead': '每条都写明了排除它的条件，请核对是否与你的实际情况一致。',
	'results.exportMd': '导出为 Markdown',
	'results.print': '打印或存为 PDF',
	'results.calendar': '查看监管日历',
	'ob.requires': '要求',
	'ob.todo': '要做什么',
	'ob.where': '适用市场：{markets}',
	'ob.why': '适用原因：{reasons}',
	'ob.assumed': '取决于你尚未回答的：{fields}（回答后可能不再适用）',
	'ob.next': '下一个日期：{date}（{kind}，还有 {days} 天）',
	'ob.nextToday': '下一个日期：今天（{kind}）',
	'ob.noNext': '没有待办日期',
	'ob.evidence': '用这些清单项证明',
	'ob.noEvidence': '手册里还没有证明这项义务的清单项。',
	'ob.risks': '降低的风险',
	'ob.source': '官方来源',
	'ob.asOf': '（核对于 {date}）',
	'ob.excludedBecause': '不适用：{reasons}',
	'ob.anchor': '本条链接',
	'status.label': '状态',
	'status.unanswered': '未作答',
	'status.in-progress': '进行中',
	'status.met': '已达标',
	'status.no-items': '无清单项',
	'item.answer': '你的答案：{answer}',
	'item.unanswered': '未作答',
	'item.met': '达标',
	'item.notMet': '未达标',
	'reason.expected': '仅当{field}包括 {expected}；你的情况：{actual}',
	'reason.matched': '{field}：{matched}',
	'reason.none': '未选择',
	'reason.noMarket': '你还没有选择销售市场',
	'reason.join': '；',
	'list.join': '、',
	'suggest.title': '建议标为不适用：{reason}',
	'suggest.reason': '按卖家情况不适用：{names}。{why}',
	'suggest.accept': '接受建议',
	'suggest.acceptAll': '全部接受（{count} 项）',
	'suggest.accepted': '已标为不适用：{count} 项',
	'suggest.lead': '根据你的卖家情况，本清单有 {count} 项涉及的规定都不适用。建议不会自动生效，请逐项或一次性接受。',
	'suggest.profile': '与你的卖家情况最接近的参考目标：{name}',
	'suggest.planner': '修改卖家情况',
	'cal.title': '监管日历',
	'cal.description': '手册收录的规定的全部日期（生效、开始适用、过渡期结束、申报截止、复审），包括已过去的和即将到来的；可以按你的卖家情况或按市场、类别筛选，下载为日历文件（.ics），或订阅每一版手册的更新。',
	'cal.noscript': '筛选和下载日历文件需要 JavaScript；下面列出了全部日期。',
	'cal.filters': '筛选',
	'cal.byProfile': '只看适用于我的卖家情况的规定',
	'cal.noProfile': '（还没有填写卖家情况）',
	'cal.market': '市场',
	'cal.category': '产品类别',
	'cal.all': '全部',
	'cal.upcoming': '即将到来',
	'cal.past': '已经过去',
	'cal.none': '没有符合筛选条件的日期。',
	'cal.count': '{count} 个日期',
	'cal.ics': '下载日历文件（.ics，{count} 个日期）',
	'cal.feed': '订阅手册更新（Atom）',
	'cal.allIcs': '完整日历（.ics，可订阅）',
	'cal.annual': '每年',
	'cal.date': '日期',
	'cal.event': '事项',
	'cal.regulation': '规定',
	'cal.calendarName': FEED_STRINGS['zh-cn'].calendarName,
	'kind.in-force': '生效',
	'kind.applies-from': '开始适用',
	'kind.transition-ends': '过渡期结束',
	'kind.reporting-deadline': '申报截止',
	'kind.review': '复审',
	'regstatus.in-force': '已生效',
	'regstatus.upcoming': '即将生效',
	'regstatus.proposed': '草案',
	'field.markets': '销售市场',
	'field.stockIn': '库存所在市场',
	'field.channels': '销售渠道',
	'field.categories': '产品类别',
	'field.fulfilment': '发货方式',
	'field.incoterm': '关税由谁缴纳',
	'field.parcelValue': '包裹货值',
	'field.turnover': '年营业额',
	'field.headcount': '员工人数',
} as const;

export type PlannerKey = keyof typeof zh;

const en: Record<PlannerKey, string> = {
	'planner.title': 'What applies to me',
	'planner.description': 'Answer in a minute what you sell, where, through which channels and how you ship, and this page lists the obligations that triggers: grouped by market and by deadline, each with what to do, the checklist items that evidence it, the risk it reduces and its official source; and the rules that do not apply, with the condition that excluded each, so a reviewer can check the reasoning.',
	'planner.noscript': 'This page needs JavaScript to match the rules to you: the seller profile is kept in the browser with your answers and only the page script can read it. Every regulation in the playbook is listed below.',
	'planner.privacy': 'Like your answers, the seller profile stays in this browser and travels with your exported files and share links.',
	'profile.title': 'Your seller profile',
	'profile.lead': 'Answered in a minute; every choice saves at once. Leave what you are not sure of: the results say which obligations depend on it.',
	'profile.markets': 'Markets you sell into',
	'profile.eu': 'EU member states',
	'profile.otherMarkets': 'Other markets',
	'profile.allEu': 'Every EU member state',
	'profile.channels': 'Sales channels',
	'profile.categories': 'Product categories',
	'profile.fulfilment': 'How goods reach buyers',
	'profile.incoterm': 'Who pays duty and import VAT on direct-post parcels',
	'profile.stockIn': 'Where you hold stock abroad',
	'profile.stockInLead': 'Countries of your own overseas warehouse or marketplace fulfilment centres; none ticked means not said yet.',
	'profile.parcelValues': 'Value of direct-post parcels',
	'profile.turnover': 'Annual turnover (all markets, in euro)',
	'profile.headcount': 'Staff',
	'profile.notSaid': 'Not saying yet',
	'profile.saved': 'Seller profile saved',
	'profile.clear': 'Clear the seller profile',
	'profile.summary': 'Chosen: {markets} market(s), {channels} channel(s), {categories} categor(ies)',
	'results.title': 'Obligations that apply to you',
	'results.empty': 'Choose at least one market above and this page lists the rules that apply.',
	'results.summary': '{applies} regulation(s) apply and {excluded} do not; {met} already evidenced as met by your checklist answers.',
	'results.byMarket': 'By market',
	'results.byDeadline': 'By deadline',
	'results.upcoming': 'Upcoming or with a deadline',
	'results.ongoing': 'Already applying, nothing dated ahead',
	'results.everywhere': 'Every market (platform rules, Chinese law)',
	'results.notApplies': 'What does not apply, and why',
	'results.notAppliesLead': 'Each names the condition that excluded it: check that it matches your business.',
	'results.exportMd': 'Export as Markdown',
	'results.print': 'Print or save as PDF',
	'results.calendar': 'See the regulatory calendar',
	'ob.requires': 'Requires',
	'ob.todo': 'What to do',
	'ob.where': 'Applies in: {markets}',
	'ob.why': 'Why it applies: {reasons}',
	'ob.assumed': 'Depends on what you have not said yet: {fields} (it may stop applying once you answer)',
	'ob.next': 'Next date: {date} ({kind}, in {days} days)',
	'ob.nextToday': 'Next date: today ({kind})',
	'ob.noNext': 'Nothing dated ahead',
	'ob.evidence': 'Checklist items that evidence it',
	'ob.noEvidence': 'No checklist item in the playbook evidences this obligation yet.',
	'ob.risks': 'Risks it reduces',
	'ob.source': 'Official source',
	'ob.asOf': ' (checked {date})',
	'ob.excludedBecause': 'Does not apply: {reasons}',
	'ob.anchor': 'Link to this obligation',
	'status.label': 'Status',
	'status.unanswered': 'Not answered',
	'status.in-progress': 'In progress',
	'status.met': 'Met',
	'status.no-items': 'No checklist item',
	'item.answer': 'Your answer: {answer}',
	'item.unanswered': 'not answered',
	'item.met': 'met',
	'item.notMet': 'not met',
	'reason.expected': 'only when {field} include {expected}; yours: {actual}',
	'reason.matched': '{field}: {matched}',
	'reason.none': 'none chosen',
	'reason.noMarket': 'you have not chosen a market yet',
	'reason.join': '; ',
	'list.join': ', ',
	'suggest.title': 'Suggested N/A: {reason}',
	'suggest.reason': 'Does not apply to our seller profile: {names}. {why}',
	'suggest.accept': 'Accept suggestion',
	'suggest.acceptAll': 'Accept all ({count})',
	'suggest.accepted': 'Marked N/A: {count} item(s)',
	'suggest.lead': 'From your seller profile, none of the regulations behind {count} item(s) of this checklist apply. Nothing changes until you accept, item by item or all at once.',
	'suggest.profile': 'The reference target closest to your seller profile: {name}',
	'suggest.planner': 'Edit the seller profile',
	'cal.title': 'Regulatory calendar',
	'cal.description': 'Every date of the regulations in the playbook (entry into force, application, end of transition, reporting deadlines, reviews), past and upcoming; filter by your seller profile or by market and category, download as a calendar file (.ics), or subscribe to what changes in each edition.',
	'cal.noscript': 'Filtering and the calendar download need JavaScript; every date is listed below.',
	'cal.filters': 'Filters',
	'cal.byProfile': 'Only regulations my seller profile triggers',
	'cal.noProfile': '(no seller profile yet)',
	'cal.market': 'Market',
	'cal.category': 'Product category',
	'cal.all': 'All',
	'cal.upcoming': 'Upcoming',
	'cal.past': 'Past',
	'cal.none': 'No date matches the filters.',
	'cal.count': '{count} date(s)',
	'cal.ics': 'Download calendar file (.ics, {count} dates)',
	'cal.feed': 'Subscribe to playbook updates (Atom)',
	'cal.allIcs': 'The whole calendar (.ics, to subscribe)',
	'cal.annual': 'every year',
	'cal.date': 'Date',
	'cal.event': 'Event',
	'cal.regulation': 'Regulation',
	'cal.calendarName': FEED_STRINGS.en.calendarName,
	'kind.in-force': 'in force',
	'kind.applies-from': 'applies from',
	'kind.transition-ends': 'transition ends',
	'kind.reporting-deadline': 'reporting deadline',
	'kind.review': 'review',
	'regstatus.in-force': 'in force',
	'regstatus.upcoming': 'upcoming',
	'regstatus.proposed': 'proposed',
	'field.markets': 'your markets',
	'field.stockIn': 'where you hold stock',
	'field.channels': 'your channels',
	'field.categories': 'your product categories',
	'field.fulfilment': 'how you ship',
	'field.incoterm': 'who pays duty',
	'field.parcelValue': 'parcel values',
	'field.turnover': 'your turnover',
	'field.headcount': 'your headcount',
};

/** Labels of every profile code (and of `eu`, the engine's scope for every member state). */
type CodeLabels = Record<string, string>;

const MARKET_NAMES: Record<LocaleFolder, Record<(typeof MARKETS)[number] | 'eu', string>> = {
	'zh-cn': {
		at: '奥地利', be: '比利时', bg: '保加利亚', hr: '克罗地亚', cy: '塞浦路斯', cz: '捷克', dk: '丹麦', ee: '爱沙尼亚',
		fi: '芬兰', fr: '法国', de: '德国', gr: '希腊', hu: '匈牙利', ie: '爱尔兰', it: '意大利', lv: '拉脱维亚', lt: '立陶宛',
		lu: '卢森堡', mt: '马耳他', nl: '荷兰', pl: '波兰', pt: '葡萄牙', ro: '罗马尼亚', sk: '斯洛伐克', si: '斯洛文尼亚',
		es: '西班牙', se: '瑞典', gb: '英国', us: '美国', ca: '加拿大', au: '澳大利亚', jp: '日本', eu: '欧盟',
	},
	en: {
		at: 'Austria', be: 'Belgium', bg: 'Bulgaria', hr: 'Croatia', cy: 'Cyprus', cz: 'Czechia', dk: 'Denmark', ee: 'Estonia',
		fi: 'Finland', fr: 'France', de: 'Germany', gr: 'Greece', hu: 'Hungary', ie: 'Ireland', it: 'Italy', lv: 'Latvia', lt: 'Lithuania',
		lu: 'Luxembourg', mt: 'Malta', nl: 'Netherlands', pl: 'Poland', pt: 'Portugal', ro: 'Romania', sk: 'Slovakia', si: 'Slovenia',
		es: 'Spain', se: 'Sweden', gb: 'United Kingdom', us: 'United States', ca: 'Canada', au: 'Australia', jp: 'Japan', eu: 'the EU',
	},
};

const CODE_NAMES: Record<LocaleFolder, CodeLabels> = {
	'zh-cn': {
		amazon: '亚马逊', ebay: 'eBay', temu: 'Temu', shein: 'SHEIN', 'tiktok-shop': 'TikTok Shop', aliexpress: '速卖通',
		walmart: '沃尔玛', etsy: 'Etsy', 'own-store': '独立站', social: '社交电商',
		electronics: '电子电器', 'radio-equipment': '无线电设备', batteries: '电池或带电池的产品', toys: '玩具',
		'childrens-products': '儿童用品', cosmetics: '化妆品', 'food-contact': '食品接触材料', textiles: '纺织品和鞋类',
		furniture: '家具', 'chemical-products': '含化学品的产品', 'medical-devices': '医疗器械', 'general-goods': '其他一般商品', 'metal-goods': '钢铝铜制品', 'laser-products': '激光及辐射类产品',
		'direct-post': '国内直邮', 'overseas-warehouse': '自有或第三方海外仓', 'marketplace-fulfilment': '平台仓（如 FBA）',
		ddp: '卖家缴纳（DDP）', dap: '买家缴纳（DAP）',
		'up-to-150-eur': '不超过 150 欧元', 'over-150-eur': '超过 150 欧元',
		'under-100k': '10 万欧元以下', '100k-2m': '10 万至 200 万欧元', '2m-10m': '200 万至 1000 万欧元', '10m-50m': '1000 万至 5000 万欧元', 'over-50m': '5000 万欧元以上',
		'under-10': '不到 10 人', '10-49': '10 至 49 人', '50-249': '50 至 249 人', '250-plus': '250 人及以上',
	},
	en: {
		amazon: 'Amazon', ebay: 'eBay', temu: 'Temu', shein: 'SHEIN', 'tiktok-shop': 'TikTok Shop', aliexpress: 'AliExpress',
		walmart: 'Walmart', etsy: 'Etsy', 'own-store': 'own web store', social: 'social commerce',
		electronics: 'electrical and electronic goods', 'radio-equipment': 'radio equipment', batteries: 'batteries or battery-powered goods', toys: 'toys',
		'childrens-products': "children's products", cosmetics: 'cosmetics', 'food-contact': 'food-contact materials', textiles: 'textiles and footwear',
		furniture: 'furniture', 'chemical-products': 'chemical-bearing goods', 'medical-devices': 'medical devices', 'general-goods': 'other general goods', 'metal-goods': 'steel, aluminium or copper goods', 'laser-products': 'lasers and radiation-emitting products',
		'direct-post': 'direct post from China', 'overseas-warehouse': 'own or third-party overseas warehouse', 'marketplace-fulfilment': 'marketplace fulfilment (e.g. FBA)',
		ddp: 'I pay (DDP)', dap: 'the buyer pays (DAP)',
		'up-to-150-eur': 'up to €150', 'over-150-eur': 'over €150',
		'under-100k': 'under €100k', '100k-2m': '€100k–2m', '2m-10m': '€2m–10m', '10m-50m': '€10m–50m', 'over-50m': 'over €50m',
		'under-10': 'under 10', '10-49': '10–49', '50-249': '50–249', '250-plus': '250 or more',
	},
};

const strings: Record<LocaleFolder, Record<PlannerKey, string>> = { 'zh-cn': zh, en };

export function plannerStrings(locale: LocaleFolder): Record<PlannerKey, string> {
	return strings[locale];
}

/** Every code's label in one language: markets (with `eu`), channels, categories, fulfilment, bands. */
export function codeLabels(locale: LocaleFolder): CodeLabels {
	return { ...MARKET_NAMES[locale], ...CODE_NAMES[locale] };
}

/** The option lists of the profile form, in the order the codes are defined. */
export const PROFILE_FORM = {
	eu: EU_MEMBER_STATES,
	otherMarkets: MARKETS.filter((m) => !(EU_MEMBER_STATES as readonly string[]).includes(m)),
	channels: CHANNELS,
	categories: CATEGORIES,
	fulfilment: FULFILMENT,
	incoterm: INCOTERMS,
	parcelValues: PARCEL_VALUE_BANDS,
	turnover: TURNOVER_BANDS,
	headcount: HEADCOUNT_BANDS,
} as const;

/** Everything an island needs to word the planner in one language (strings and code labels). */
export interface PlannerWords {
	strings: Record<PlannerKey, string>;
	codes: CodeLabels;
}

export function plannerWords(locale: LocaleFolder): PlannerWords {
	return { strings: plannerStrings(locale), codes: codeLabels(locale) };
}

export type PlannerTranslate = (key: PlannerKey, vars?: Record<string, string | number>) => string;

export function plannerTranslator(words: PlannerWords): PlannerTranslate {
	return (key, vars) => format(words.strings[key] ?? key, vars);
}

/** A code's label; a US state scope (`us-ca`) reads "United States (CA)"; an unknown code shows as itself. */
export function codeLabel(words: PlannerWords, code: string): string {
	const state = /^us-([a-z]{2})$/.exec(code);
	if (state) return `${words.codes.us} (${state[1].toUpperCase()})`;
	return words.codes[code] ?? code;
}

export const fieldKey = (field: ConditionField): PlannerKey => `field.${field}`;
export const kindKey = (kind: EventKind): PlannerKey => `kind.${kind}`;
export const regStatusKey = (status: RegulationStatus): PlannerKey => `regstatus.${status}`;
