/**
 * Every figure stated once: a threshold, rate or date that lives in `content/figures/figures.yaml`
 * is never written out by hand on a page. For each figure this test lists the literal forms it
 * takes in prose (in both languages, with enough context to tell it from an unrelated number, e.g.
 * "超过 60%" for the channel limit but not the 60 %–85 % ACoS band), and fails naming file and line
 * wherever one appears in an entry or editorial page, a glossary definition or a regulation's text
 * (`content/regulations/*.yaml`, rendered on risk pages, the planner, the calendar and the feed).
 * Also: every figure is used, and both language versions of a page use the same figures.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allFiles, CONTENT, PROJECT_ROOT } from './content-files';
import { describe, expect, test } from 'vitest';
import { load } from 'js-yaml';
import { figureIds } from '../../src/lib/figures';


/** The hand-written forms of each figure. A new figure gets its forms here. */
const LITERAL_FORMS: Record<string, RegExp[]> = {
	'channel-concentration-max': [/(?:不超过|超过|降到|低于) ?60 ?%(?! ?时不返单)/, /\b(?:above|below|more than|exceeds|within|passes|over) 60 ?%(?!: no reorder)/i, /\| 60 ?% or less \|/],
	'dispute-alert-ratio': [/0\.9 ?%/],
	'platform-income-gap': [/(?:差异|相差)超过 1 ?%(?!\d)/, /(?:gap|difference) above 1 ?%(?!\d)/, /booked income by more than 1 ?%(?!\d)/],
	'test-length': [/周期（8 ?周）/, /duration \(8 weeks\)/, /8 ?周(?:售罄率|周期)/, /8-week sell-through/, /入仓后 8 ?周内/, /first 8 weeks after check-in/, /tests run for 8 weeks/],
	'kill-line-sell-through': [/售罄率低于 40 ?%/, /sell-through (?:is )?below 40 ?%/, /低于 40 ?% ?为止损线/, /below 40 ?%: the kill line/],
	'cash-buffer-min': [/(?:覆盖至少|不足以覆盖|货款不足|回款暂停|现金缓冲不足) ?8 ?周/, /(?:cover at least|covers less than|no longer cover|survives|buffer covers|buffer is below|credit lines at|credit lines cover at least) 8 weeks/],
	'cash-forecast-horizon': [/13 ?周(?:滚动)?现金流/, /13-week (?:rolling )?cash[- ]flow/, /13-week forecast/, /13 weeks of cash/],
	'landed-cost-variance': [/(?:偏差不超过|模型高出|SKU 高出) ?5 ?%/, /variance within 5 ?%/, /(?:model by|landed cost is|SKU) more than 5 ?%/, /\| Within 5 ?% \|/],
	'amazon-odr-max': [/订单缺陷率(?:\]\])?要?低于 1 ?%(?!\d)/, /(?:order defect rate(?:\]\])?|\[\[odr\]\]) (?:must stay )?(?:below|under) 1 ?%(?!\d)/, /Amazon (?:requires under|要求低于) 1 ?%(?!\d)/, /(?:platform's|平台要求的) 1 ?%(?!\d)/, /0\.7 ?% \| 1 ?% \|/],
	'visa-vamp-excessive': [/(?:“过高”线|“过高”阈值|VAMP) ?(?:降到|降至|线)? ?1\.5 ?%/, /(?:"excessive" (?:line|threshold)(?: is)?|lowered to|to|VAMP) 1\.5 ?%(?= \(|,)/],
	'mastercard-ecm-ratio': [/(?:过高拒付线(?:同样)?是|过高拒付商户为|拒付率|ECM) ?1\.5 ?%/, /(?:excessive-chargeback line is(?: also)?|merchant level is|excessive at a|ECM) 1\.5 ?%/],
	'mastercard-hecm-ratio': [/(?:严重过高为|high-excessive is) ?3 ?%/, /3 ?% (?:以上且|or more with|and) 300/],
	'mastercard-hecm-min-count': [/300 ?(?:笔以上|or more(?: a high| chargebacks))/, /(?:with|and) 300 or more/],
	'us-de-minimis-end-cn': [/2 May 2025/, /2025 年 ?5 月 2 日/],
	'us-de-minimis-end-all': [/29 Aug(?:ust)? 2025/, /(?:2025 年|同年) ?8 月 29 日/],
	'odr-alert-line': [/(?<![\d.])0\.7 ?%/],
	'message-reply-target': [/(?:[Aa]t least 95 ?% of buyer messages|answered within 24 hours at 95 ?%)/, /比例(?:保持在|不低于) ?95 ?%/, /\| 95 ?% (?:及以上|or more) \| (?:低于|Below) /],
	'late-response-rate-max': [/(?:late response rate(?: is)? below|延迟回复率低于) ?5 ?%(?!\d)/i],
	'tiktok-us-ahr-alert-line': [/(?:低于|below) 180(?!\d)/i],
	'ebay-defect-alert-line': [/(?:交易缺陷率超过|defect rate (?:is )?above) ?1 ?%(?![\d.])/i],
	'cancel-rate-alert-line': [/(?:取消率|cancellations?|cancel rate)(?: above| below|高于|不超过)? ?1\.5 ?%/i, /^\s*1\.5 ?%, late shipment/, /\| (?:不超过 )?1\.5 ?%(?: or less)? \|/],
	'late-shipment-alert-line': [/(?:迟发率|late[- ]shipments?(?: line at| rate)?)(?: above|高于)? ?2\.5 ?%/i, /预警线定在 ?2\.5 ?%/, /\| (?:不超过 )?2\.5 ?%(?: or less)? \| (?:高于|Above) 2\.5/],
	'valid-tracking-alert-line': [/(?<![\d.,])97 ?%/],
	'ahr-alert-line': [/(?:AHR|评级|rating) (?:低于 |below )?250/i, /250 ?(?:分及以上|or above)/, /(?:低于|Below) 250/],
	'amazon-cancel-rate-max': [/(?:取消率|cancel(?:lation)?s?(?: rate)?) ?(?:低于|under|below) ?2\.5 ?%/i, /(?:低于|under)\s+2\.5 ?%[,、]/, /\| 2\.5 ?% \|/],
	'amazon-late-shipment-max': [/(?:迟发率低于|late shipments? (?:rate )?(?:under|below)) ?4 ?%/i, /(?:低于|under) 4 ?%(?: and|、)/, /\| 4 ?% \|/],
	'amazon-valid-tracking-min': [/追踪率(?:不低于 ?)?95 ?%/, /(?:valid tracking|tracking rate)(?: rate)?(?: at least| at| of at least)? 95 ?%/i, /at least 95 ?% respectively/, /\| 95 ?% \|/],
	'amazon-message-reply-min': [/(?:低于|below) 90 ?%(?: ?越线| is over the line| ?（亚马逊| \(Amazon)/i, /(?:Amazon's target: |亚马逊考核 ?)90 ?%/, /response rate at 90 ?% or more/, /回复率不低于 ?90 ?%/, /\| (?:低于|Below) 90 ?% \|/],
	'amazon-ahr-healthy': [/200 ?分?(?:以上|及以上)为健康/, /200 (?:or more|and above|or above) (?:is )?healthy/, /(?:低于|Below) 200 ?分?有风险/i, /(?:仍高于|still above) 200/, /treats 200 or more/],
	'amazon-ahr-deactivation': [/(?:低于|below) 100 ?分?有(?:被)?停用风险/, /below 100 at risk of deactivation/i],
	'visa-vamp-min-count': [/1,500 ?(?:笔|in (?:the|a) month|a month|fraud|-case)/, /(?:欺诈加争议超过|exceed|above) ?1,500/],
	'mastercard-ecm-min-count': [/(?:每月 ?|with )100 ?(?:笔以上|or more|\+)/, /100\+ a month/, /100 or more chargebacks/],
	'tiktok-points-alert-line': [/(?:在|到|累计|低于) ?12 ?分(?:时|就|及以上|以内)?/, /(?:step in|alert) at 12 (?:violation )?points/, /\| Below 12 \|/, /12 (?:points )?or more(?: in the current cycle|, or any)/, /under 12 can be/],
	'ebay-defect-rate-max': [/(?:缺陷率超过|最低标准为|minimum standard is|defect rate above|保持在|defects under) ?2 ?%(?!\d|\.\d)/],
	'ebay-top-rated-defect-max': [/(?:顶级卖家(?:要求不超过|为)|Top Rated requires) ?0\.5 ?%/],
	'tiktok-sea-points-limit': [/48 ?分/, /48[- ]points?/],
	'tiktok-us-ahr-first-step': [/150[、,] ?100[、,] ?50/, /(?:降到|在|from|at) ?150(?: ?分|\.| points| down)/, /below 150 a week/],
	'tiktok-us-ahr-new-shop': [/新店从 ?200/, /new shops (?:start )?at 200/, /starts new shops at 200/],
	'ftc-civil-penalty': [/53,088/, /53088/],
	'reach-svhc-entries': [/250 项/, /250 entries/],
	'eu-duty-per-heading': [/(?<![\d.,×] ?)3 欧元/, /(?<!× )€3(?!\d|[.,]\d)/],
	'uk-low-value-threshold': [/(?<![\d.,])135 英镑/, /£135(?!\d|[.,]\d)/],
};

const pages = allFiles(CONTENT).filter((f) => /\.mdx?$/.test(f));
/** Text that pages show from YAML: glossary definitions and regulation texts. */
const shownYaml = [join(CONTENT, 'glossary/terms.yaml'), ...allFiles(join(CONTENT, 'regulations')).filter((f) => f.endsWith('.yaml'))];
const figures = load(readFileSync(join(CONTENT, 'figures/figures.yaml'), 'utf8')) as { id: string }[];

/** A page's lines, with the lines of its `regulations:` block blanked (kept so line numbers hold). */
function checkedLines(file: string): string[] {
	const lines = readFileSync(file, 'utf8').split('\n');
	let inRegulations = false;
	return lines.map((line) => {
		if (/^regulations:/.test(line)) inRegulations = true;
		else if (inRegulations && /^(?:[a-z]\w*:|---)/.test(line)) inRegulations = false;
		return inRegulations ? '' : line;
	});
}

describe('figures', () => {
	test('every figure has its literal forms listed here, and every listed figure exists', () => {
		expect(Object.keys(LITERAL_FORMS).sort()).toEqual(figures.map((f) => f.id).sort());
	});

	test('no page writes out a figure by hand', () => {
		const found: string[] = [];
		for (const file of [...pages, ...shownYaml]) {
			checkedLines(file).forEach((line, i) => {
				for (const [id, forms] of Object.entries(LITERAL_FORMS)) {
					for (const form of forms) {
						const match = form.exec(line);
						if (match) found.push(`${relative(PROJECT_ROOT, file)}:${i + 1}: "${match[0]}" is figure {{${id}}}`);
					}
				}
			});
		}
		expect(found).toEqual([]);
	});

	test('every figure is used on a page', () => {
		const used = new Set([...pages, ...shownYaml].flatMap((file) => figureIds(readFileSync(file, 'utf8'))));
		expect(figures.map((f) => f.id).filter((id) => !used.has(id))).toEqual([]);
	});

	test('both languages of a page use the same figures', () => {
		const differ: string[] = [];
		for (const file of pages.filter((f) => f.includes('/zh-cn/') || (f.includes('/docs/') && !f.includes('/docs/en/')))) {
			const other = file.includes('/zh-cn/') ? file.replace('/zh-cn/', '/en/') : file.replace('/docs/', '/docs/en/');
			const ids = (f: string) => figureIds(readFileSync(f, 'utf8')).sort();
			if (JSON.stringify(ids(file)) !== JSON.stringify(ids(other))) differ.push(`${relative(PROJECT_ROOT, file)}: ${ids(file).join(', ')} | ${relative(PROJECT_ROOT, other)}: ${ids(other).join(', ')}`);
		}
		expect(differ).toEqual([]);
	});
});
