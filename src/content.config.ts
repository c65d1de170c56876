/**
 * Content collections. The schemas come from `src/schemas` (the same ones `npm run validate` and
 * the build's content guard use); here they get Astro's `reference()` for cross-collection links.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import type { CollectionName, RefFactory } from './schemas';
import { checklistSchema } from './schemas/checklist';
import { riskSchema } from './schemas/risk';
import { strategySchema } from './schemas/strategy';
import { glossaryTermSchema } from './schemas/glossary';
import { profileSchema } from './schemas/profile';
import { entryIdFromPath } from './lib/content/entry-id';
import { CONTENT_DIR } from './lib/content/content-dir';

const ref: RefFactory = (collection) => reference(collection);

/** `content/<collection>/<locale>/<id>.mdx`; see `entryIdFromPath` for the ids. */
function entryLoader(name: CollectionName) {
	return glob({
		pattern: `*/[^_]*.{md,mdx}`,
		base: `${CONTENT_DIR}/${name}`,
		generateId: ({ entry }) => entryIdFromPath(entry),
	});
}

export const collections = {
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: `${CONTENT_DIR}/docs` }),
		schema: docsSchema(),
	}),
	strategies: defineCollection({ loader: entryLoader('strategies'), schema: strategySchema(ref) }),
	risks: defineCollection({ loader: entryLoader('risks'), schema: riskSchema(ref) }),
	checklists: defineCollection({ loader: entryLoader('checklists'), schema: checklistSchema(ref) }),
	glossary: defineCollection({
		loader: file(`${CONTENT_DIR}/glossary/terms.yaml`),
		schema: glossaryTermSchema,
	}),
	profiles: defineCollection({
		loader: file(`${CONTENT_DIR}/profiles/profiles.yaml`),
		schema: profileSchema,
	}),
};

