/** `npm run validate`: checks every content file and prints each problem as `file: field: message`. */
import { resolve } from 'node:path';
import { formatContentError } from '../src/lib/content/errors';
import { validateContent } from '../src/lib/content/validate';

const root = resolve(import.meta.dirname, '..');
const { errors, valid } = validateContent(resolve(root, 'content'), root);
for (const error of errors) console.error(formatContentError(error));
console.log(errors.length ? `\n${errors.length} problem(s) in content.` : `Content OK: ${valid.length} entries checked.`);
process.exit(errors.length ? 1 : 0);
