/**
 * Content collections: Astro's content layer is the only loader and parser. Each loader is wrapped
 * by the content check (`src/lib/content/checked-loader.ts`), which validates every file against
 * the schema below and, once all collections are loaded, runs the playbook's cross-file rules.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { starlightStrings } from './i18n/starlight';
import type { CollectionName } from './schemas';
import { DESCRIPTORS, figures } from './lib/content/collections';
import { glossaryTermSchema } from './schemas/glossary';
import { profileSchema } from './schemas/profile';
import { regulationSchema } from './schemas/regulation';
import { entryIdFromPath } from './lib/content/entry-id';
import { createContentCheck } from './lib/content/checked-loader';
import { CONTENT_DIR } from './lib/content/content-dir';


const CONTENT = CONTENT_DIR;
const check = createContentCheck(CONTENT);

/** `content/<collection>/<locale>/<id>.md`; see `entryIdFromPath` for the ids. */
function entryLoader(name: CollectionName) {
	const loader = glob({ pattern: '**/[^_]*.{md,mdx}', base: `${CONTENT}/${name}`, generateId: ({ entry }) => entryIdFromPath(entry) });
	return check.collection(name, { entries: name }, loader, DESCRIPTORS[name].schema);
}

/**
 * Starlight's docs schema. `<StarlightPage>` (every entry page) rebuilds it for each page it renders,
 * which costs milliseconds a page at scale; when rendering (no loader has run in this module
 * instance) the first one built is reused. While loading, each file gets its own, as Astro passes
 * each its own `image()` helper.
 */
const starlightDocs = docsSchema();
let renderDocsSchema: ReturnType<typeof starlightDocs> | undefined;
const docs: typeof starlightDocs = (context) => (check.loading ? starlightDocs(context) : (renderDocsSchema ??= starlightDocs(context)));

export const collections = {
	docs: defineCollection({
		loader: check.collection('docs', 'docs', glob({ pattern: '**/[^_]*.{md,mdx}', base: `${CONTENT}/docs` })),
		schema: docs,
	}),
	strategies: defineCollection({ loader: entryLoader('strategies'), schema: DESCRIPTORS.strategies.schema }),
	risks: defineCollection({ loader: entryLoader('risks'), schema: DESCRIPTORS.risks.schema }),
	checklists: defineCollection({ loader: entryLoader('checklists'), schema: DESCRIPTORS.checklists.schema }),
	glossary: defineCollection({
		loader: check.collection('glossary', 'glossary', file(`${CONTENT}/glossary/terms.yaml`), glossaryTermSchema),
		schema: glossaryTermSchema,
	}),
	// One YAML file per regulation, both languages inside; the id is the file name.
	regulations: defineCollection({
		loader: check.collection(
			'regulations',
			'regulations',
			glob({ pattern: '[^_]*.yaml', base: `${CONTENT}/regulations`, generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
			regulationSchema
		),
		schema: regulationSchema,
	}),
	figures: defineCollection({
		loader: check.collection('figures', 'figures', file(`${CONTENT}/${figures.file}`), figures.schema),
		schema: figures.schema,
	}),
	profiles: defineCollection({
		loader: check.collection('profiles', 'profiles', file(`${CONTENT}/profiles/profiles.yaml`), profileSchema),
		schema: profileSchema,
	}),
	// Starlight's own strings, reworded per locale: the `starlight` section of each locale's table
	// (content/i18n/<folder>.json), one entry per locale `lang`, which is how Starlight looks them up.
	i18n: defineCollection({
		loader: () => Object.entries(starlightStrings()).map(([lang, strings]) => ({ id: lang, ...strings })),
		schema: i18nSchema(),
	}),
};
