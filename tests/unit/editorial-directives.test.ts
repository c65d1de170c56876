/**
 * The editorial pages' directives (src/lib/content/editorial-directives.ts), through Sätteri as the
 * build runs them: each block's markup, the page language for the answer scale, escaping, and
 * directives that are not ours left alone.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { editorialDirectivesPlugin } from '../../src/lib/content/editorial-directives';
import { answerScaleHtml } from '../../src/i18n/answer-scale';

const CONTENT = 'file:///site/content/';
const toHtml = async (markdown: string, fileURL: URL) =>
	(await markdownToHtml(markdown, { mdastPlugins: [editorialDirectivesPlugin(() => CONTENT)], features: { directive: true }, fileURL })).html.replace(/\n/g, '');
const render = (markdown: string, file = 'docs/en/page.md') => toHtml(markdown, new URL(file, CONTENT));

describe('editorial directives', async () => {
	test(':::steps draws its ordered list as numbered steps', async () => {
		expect(await render(':::steps\n1. **Read.** First.\n2. Then.\n:::')).toBe('<ol class="sl-steps" role="list"><li><strong>Read.</strong> First.</li><li>Then.</li></ol>');
	});

	test('::::cards holds titled cards with an icon; a card body stays Markdown', async () => {
		const html = await render('::::cards\n:::card[Operator]{icon=rocket}\nRead [the rules](/en/x/) first.\n:::\n:::card[Finance]\nNo icon.\n:::\n::::');
		expect(html).toMatch(/^<div class="pb-card-grid"><article class="pb-card"><p class="pb-card-title"><svg aria-hidden="true" class="pb-card-icon"[^>]*>(<path [^>]*\/>)+<\/svg><span>Operator<\/span><\/p><div class="pb-card-body"><p>Read <a href="\/en\/x\/">the rules<\/a> first.<\/p><\/div><\/article>/);
		expect(html).toContain('<article class="pb-card"><p class="pb-card-title"><span>Finance</span></p><div class="pb-card-body"><p>No icon.</p></div></article></div>');
	});

	test(':::link-cards turns each "[title](href): description" item into a link card, escaped', async () => {
		const html = await render(':::link-cards\n- [1. Tax & customs](/en/risks/tax-customs/): Duty <thresholds>.\n- [二、平台](/strategies/p/)：中文冒号。\n:::');
		expect(html).toContain('<a href="/en/risks/tax-customs/"><span class="pb-link-card-title">1. Tax &amp; customs</span></a><span class="pb-link-card-description">Duty &lt;thresholds&gt;.</span>');
		expect(html).toContain('<span class="pb-link-card-title">二、平台</span></a><span class="pb-link-card-description">中文冒号。</span>');
		expect(html.match(/class="pb-link-card"/g)).toHaveLength(2);
	});

	test(':::answer-scale writes the scale in the language of the file', async () => {
		expect(await render(':::answer-scale\n:::', 'docs/en/guides/a.md')).toBe(answerScaleHtml('en'));
		expect(await render(':::answer-scale\n:::', 'docs/guides/a.md')).toBe(answerScaleHtml('zh-cn'));
		expect(answerScaleHtml('en')).toContain('<strong>0 Not started</strong>');
	});

	test('other directives (Starlight asides) and files outside the content folder are left alone', async () => {
		expect(await render(':::note[Kept]\nText.\n:::')).not.toContain('pb-');
		expect(await toHtml(':::steps\n1. A\n:::', new URL('file:///elsewhere/a.md'))).not.toContain('sl-steps');
	});
});
