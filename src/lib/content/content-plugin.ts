/**
 * What the playbook's Markdown-pipeline (Sätteri mdast) plugins share: they act only on files below
 * the content folder that contain their markup, and they work in the file's language.
 */
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { LOCALES, ROOT_LOCALE, type LocaleFolder } from '../../i18n/locales';

/**
 * The language of a content file from its path below the content folder: `risks/en/x.md` and
 * `docs/en/…` are in the `en` locale; files in no other locale's folder are in the root locale.
 */
export function localeOfContentFile(pathInContent: string): LocaleFolder {
	const [first, second] = pathInContent.split('/');
	const other = LOCALES.find((l) => l !== ROOT_LOCALE && (l.folder === second || l.folder === first));
	return other?.folder ?? ROOT_LOCALE.folder;
}

/**
 * A plugin for the files below the content folder (`contentDir()`: a file URL ending in `/`, known
 * once Astro has read its config) whose source contains `marker`; `visitors` gets the file's language.
 */
export function contentPlugin(
	contentDir: () => string | undefined,
	marker: string,
	name: string,
	visitors: (locale: LocaleFolder) => Record<string, (node: any, visit: any) => void>
): MdastPluginEntry {
	return (ctx: PluginFactoryContext) => {
		const file = ctx.fileURL?.href;
		const dir = contentDir();
		if (!dir || !file?.startsWith(dir) || !ctx.source.includes(marker)) return null;
		return { name, ...visitors(localeOfContentFile(decodeURI(file.slice(dir.length)))) };
	};
}
