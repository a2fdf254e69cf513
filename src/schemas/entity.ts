/**
 * An entity of the generated index (`content/generated/entities.json`), as
 * the site reads it. Mirrors `IndexedEntity` in `src/pipeline/entity-index.ts`.
 */
import { z } from 'zod';

export const entityTypeSchema = z.enum(['person', 'country', 'organization', 'place', 'event']);

export const indexedEntitySchema = z.object({
  id: z.string().min(1),
  type: entityTypeSchema,
  /** Canonical Arabic name. */
  name: z.string().min(1),
  nameEn: z.string().nullable(),
  aliases: z.array(z.string()),
  /** ISO alpha-2 of the entity's country. */
  country: z.string().nullable(),
  titles: z.array(z.object({ title: z.string(), from: z.string().optional(), to: z.string().optional() })),
  wikidata: z.string().nullable(),
  /** False for entities discovered in text and not yet curated. */
  reviewed: z.boolean(),
  description: z.string().optional(),
  /** Slugs of the articles that mention it, newest first. */
  articles: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  /** Ids whose pages now send the reader to this one (an official's other spellings, joined). */
  formerIds: z.array(z.string()).optional(),
});

export type IndexedEntityData = z.infer<typeof indexedEntitySchema>;
