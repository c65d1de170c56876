/** A Starlight plugin that adds the playbook's wording of Starlight's own strings (src/i18n/starlight.ts). */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { starlightStrings } from '../i18n/starlight';

export function playbookStrings(): StarlightPlugin {
	return {
		name: 'playbook-strings',
		hooks: {
			'i18n:setup'({ injectTranslations }) {
				injectTranslations(starlightStrings());
			},
			// Starlight requires this hook of every plugin; there is nothing to configure.
			'config:setup'() {},
		},
	};
}
