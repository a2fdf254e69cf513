/**
 * Content collections.
 *
 * - `docs`: Starlight's own pages (about, how to search), hand-written MDX in
 *   `content/docs/`.
 * - `articles`: the generated, annotated MDX in `content/articles/` (one per
 *   seed, never edited by hand), validated with the same schema the emitter
 *   writes against.
 * - `entities`: the generated entity index, `content/generated/entities.json`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { articleFrontMatterSchema } from './schemas/article.ts';
import { indexedEntitySchema } from './schemas/entity.ts';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  articles: defineCollection({
    loader: glob({ base: './content/articles', pattern: '*.mdx' }),
    schema: articleFrontMatterSchema,
  }),
  entities: defineCollection({
    loader: file('./content/generated/entities.json'),
    schema: indexedEntitySchema,
  }),
};
