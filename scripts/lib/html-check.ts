/**
 * The Nu Html Checker's findings, sorted into ours and Starlight's. Starlight's own markup has a few
 * errors every page repeats and that we cannot change from this project; they are listed here, each
 * excluded by its message (never by page, so the same error in our markup still fails) with why.
 */

export interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error' | string;
	subType?: string;
	url?: string;
	message: string;
	extract?: string;
	firstLine?: number;
	lastLine?: number;
}

/** Errors in Starlight's markup, by message. Each entry says where it comes from. */
export const KNOWN_STARLIGHT_ERRORS: { message: RegExp; why: string }[] = [
	{
		message: /^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
		why: 'Starlight 0.42 SidebarPersister.astro: two inline <script aria-hidden="true"> that restore the sidebar state (harmless: scripts are not rendered).',
	},
];

export function isKnownStarlightError(message: VnuMessage): boolean {
	return KNOWN_STARLIGHT_ERRORS.some((known) => known.message.test(message.message));
}

/** The errors that are ours: every error and non-document error, minus Starlight's known ones. */
export function ourErrors(messages: readonly VnuMessage[]): VnuMessage[] {
	return messages.filter((m) => (m.type === 'error' || m.type === 'non-document-error') && !isKnownStarlightError(m));
}

/** "dist/en/assessment/index.html:12: Stray start tag “script”." */
export function describe(message: VnuMessage, root: string): string {
	const file = message.url?.replace(/^file:/, '').replace(root, '').replace(/^\/+/, '') ?? '?';
	return `${file}:${message.lastLine ?? message.firstLine ?? '?'}: ${message.message}`;
}
