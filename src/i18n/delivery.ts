/**
 * Strings of the offline edition: the web app manifests and the new-edition notice, in both
 * languages (keyed by the page's `lang`). Site title and description come from `ui.ts`.
 */
export const DELIVERY_STRINGS = {
	'zh-CN': {
		shortName: '跨境手册',
		updateReady: '手册有新版本可用。',
		updateAction: '重新加载',
		updateLater: '稍后',
	},
	en: {
		shortName: 'Playbook',
		updateReady: 'A new edition of the playbook is available.',
		updateAction: 'Reload',
		updateLater: 'Later',
	},
} as const;

export type DeliveryLang = keyof typeof DELIVERY_STRINGS;

export function deliveryStrings(lang: string) {
	return DELIVERY_STRINGS[lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN'];
}
