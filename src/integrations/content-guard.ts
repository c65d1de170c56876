/**
 * Fails the build when the content check finds a problem, before Astro renders anything, so the
 * author sees every `file: field: message` at once. In `astro dev` the problems are logged instead,
 * so a half-written entry does not stop the preview.
 */
import type { AstroIntegration } from 'astro';
import { formatContentError, type ContentError } from '../lib/content/errors';

export function formatReport(errors: ContentError[]): string {
	return [`Content check failed with ${errors.length} problem(s):`, ...errors.map((e) => `  ${formatContentError(e)}`)].join('\n');
}

export function contentGuard(errors: ContentError[]): AstroIntegration {
	return {
		name: 'playbook:content-guard',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (errors.length === 0) return;
				if (command === 'dev') logger.error(formatReport(errors));
				else throw new Error(formatReport(errors));
			},
		},
	};
}
