/**
 * Content is Markdown. One MDX file anywhere in the content layer makes Astro run its
 * head-propagation pass on every page it builds: with two MDX home pages, a stock Starlight site of
 * 2,000 pages built in 1.21× the time of the same site without them. Editorial blocks are
 * directives instead (src/lib/content/editorial-directives.ts).
 */
import { relative } from 'node:path';
import { expect, test } from 'vitest';
import { allFiles, CONTENT, PROJECT_ROOT } from './content-files';

test('no content file is MDX', () => {
	expect(allFiles(CONTENT).filter((f) => f.endsWith('.mdx')).map((f) => relative(PROJECT_ROOT, f))).toEqual([]);
});
