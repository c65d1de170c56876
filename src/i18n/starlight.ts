/**
 * Strings of Starlight's own interface that its zh-CN dictionary lacks or words in English: the search
 * dialog (Pagefind UI, which Starlight feeds every `pagefind.*` key) and the heading anchors' hidden
 * label. Injected by the `playbookStrings` Starlight plugin (src/integrations/starlight-strings.ts),
 * keyed by each locale's `lang`. English keeps Starlight's own wording.
 */
import type { Lang } from './locales';

export const STARLIGHT_STRINGS: Partial<Record<Lang, Record<string, string>>> = {
	'zh-CN': {
		'heading.anchorLabel': '“{{title}}”一节的链接',
		'pagefind.clear_search': '清除',
		'pagefind.load_more': '加载更多结果',
		'pagefind.search_label': '搜索本站',
		'pagefind.filters_label': '筛选',
		'pagefind.zero_results': '没有找到“[SEARCH_TERM]”的结果',
		'pagefind.many_results': '“[SEARCH_TERM]”共有 [COUNT] 条结果',
		'pagefind.one_result': '“[SEARCH_TERM]”共有 [COUNT] 条结果',
		'pagefind.alt_search': '没有找到“[SEARCH_TERM]”的结果，下面是“[DIFFERENT_TERM]”的结果',
		'pagefind.search_suggestion': '没有找到“[SEARCH_TERM]”的结果，可以试试下面的搜索：',
		'pagefind.searching': '正在搜索“[SEARCH_TERM]”……',
		'pagefind.results_label': '搜索结果',
		'pagefind.total_zero_results': '没有结果',
		'pagefind.total_one_result': '[COUNT] 条结果',
		'pagefind.total_many_results': '[COUNT] 条结果',
		'pagefind.error_search': '搜索出错',
		'pagefind.filter_selected_one': '已选 [COUNT] 项',
		'pagefind.filter_selected_many': '已选 [COUNT] 项',
		'pagefind.input_hint': '输入后即显示结果',
		'pagefind.loading': '正在加载',
		'pagefind.keyboard_navigate': '切换结果',
		'pagefind.keyboard_select': '打开',
		'pagefind.keyboard_clear': '清除',
		'pagefind.keyboard_close': '关闭',
		'pagefind.keyboard_search': '搜索',
	},
};
