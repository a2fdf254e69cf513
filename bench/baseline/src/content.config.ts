/**
 * One collection: the MDX the dossier's pipeline emitted, copied verbatim.
 *
 * The schema is permissive on purpose. The baseline must not pay for the
 * dossier's validation (mentions, dates, removed lines…) nor fail when the
 * front matter's shape changes; it only reads `title`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ base: './content/articles', pattern: '*.mdx' }),
    schema: z.looseObject({ title: z.string().optional() }),
  }),
};
