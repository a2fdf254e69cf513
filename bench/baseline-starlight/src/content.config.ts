/**
 * Starlight's `docs` collection (one page, Starlight requires it) and the
 * articles: the MDX the dossier's pipeline emitted, read with a permissive
 * schema as in the bare baseline.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: glob({ base: './content/docs', pattern: '**/*.{md,mdx}' }), schema: docsSchema() }),
  articles: defineCollection({
    loader: glob({ base: './content/articles', pattern: '*.mdx' }),
    schema: z.looseObject({ title: z.string().optional(), description: z.string().optional() }),
  }),
};
