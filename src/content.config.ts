/**
 * Content collections. The schemas come from `src/schemas` (the same ones `npm run validate` and
 * the build's content guard use); here they get Astro's `reference()` for cross-collection links.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { schemaFactories, type CollectionName, type RefFactory } from './schemas';
import { glossaryTermSchema } from './schemas/glossary';
import { entryIdFromPath } from './lib/content/entry-id';
import { CONTENT_DIR } from './lib/content/content-dir';

const ref: RefFactory = (collection) => reference(collection);

function entryCollection(name: CollectionName) {
	return defineCollection({
		loader: glob({
			pattern: `*/[^_]*.{md,mdx}`,
			base: `${CONTENT_DIR}/${name}`,
			generateId: ({ entry }) => entryIdFromPath(entry),
		}),
		schema: schemaFactories[name](ref) as ReturnType<typeof schemaFactories.strategies>,
	});
}

export const collections = {
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: `${CONTENT_DIR}/docs` }),
		schema: docsSchema(),
	}),
	strategies: entryCollection('strategies'),
	risks: entryCollection('risks'),
	checklists: entryCollection('checklists'),
	glossary: defineCollection({
		loader: file(`${CONTENT_DIR}/glossary/terms.yaml`),
		schema: glossaryTermSchema,
	}),
};

