/**
 * The risk-score bands live in code (`BAND_LIMITS`) and the risk register states them under its
 * table (`#risk-bands`). A page that writes the band limits out by hand would drift when they change.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { allFiles, CONTENT, PROJECT_ROOT } from './content-files';
import { expect, test } from 'vitest';
import { BAND_LIMITS } from '../../src/lib/risk/score';



const { lowMax, mediumMax } = BAND_LIMITS;
/** The ways a page would write the bands: "6 分及以下为低", "6 or below is low", "7–12 分为中", "13 or above high". */
const BAND_FORMS = [
	new RegExp(`(?<![\\d.])${lowMax} ?(?:分)?(?:及以下|以下)为低`),
	new RegExp(`(?<![\\d.])${lowMax} or (?:below|less) (?:is )?low`, 'i'),
	new RegExp(`(?<![\\d.])${lowMax + 1} ?[–-] ?${mediumMax}(?![\\d.])(?: ?分)? ?(?:为中|medium)`, 'i'),
	new RegExp(`(?<![\\d.])${mediumMax + 1} ?(?:分)?(?:及以上|以上)为高`),
	new RegExp(`(?<![\\d.])${mediumMax + 1} or (?:above|more) (?:is )?high`, 'i'),
];

test('no page restates the risk-score bands (the register shows them from BAND_LIMITS)', () => {
	const found: string[] = [];
	for (const file of allFiles(CONTENT).filter((f) => /\.(mdx?|yaml)$/.test(f))) {
		readFileSync(file, 'utf8')
			.split('\n')
			.forEach((line, i) => {
				for (const form of BAND_FORMS) {
					const match = form.exec(line);
					if (match) found.push(`${relative(PROJECT_ROOT, file)}:${i + 1}: "${match[0]}"`);
				}
			});
	}
	expect(found).toEqual([]);
});
