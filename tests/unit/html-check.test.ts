import { describe, expect, test } from 'vitest';
import { KNOWN_STARLIGHT_ERRORS, ourErrors, type VnuMessage } from '../../scripts/lib/html-check';

const error = (message: string, url = 'file:/dist/index.html'): VnuMessage => ({ type: 'error', message, url });

describe('the HTML check', () => {
	test('Starlight\'s known errors are left out by message; everything else is ours', () => {
		const messages = [
			error('The “aria-hidden” attribute must not be specified on the “script” element.'),
			error('Stray start tag “script”.', 'file:/dist/assessment/index.html'),
			{ type: 'info', subType: 'warning', message: 'Consider adding a “lang” attribute.' },
			{ type: 'non-document-error', message: 'File not found.' },
		];
		expect(ourErrors(messages).map((m) => m.message)).toEqual(['Stray start tag “script”.', 'File not found.']);
	});

	test('every known error says where it comes from', () => {
		for (const known of KNOWN_STARLIGHT_ERRORS) expect(known.why).toMatch(/Starlight/);
	});
});
