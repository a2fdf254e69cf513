/**
 * The front matter of a generated article (`content/articles/<slug>.mdx`).
 *
 * One schema serves both sides of the file: the pipeline's emitter builds
 * objects of this type, and the Astro collection validates them on load, so a
 * change to one side that the other does not know fails the build instead of
 * rendering an empty field.
 */
import { z } from 'zod';

const entityTypeSchema = z.enum(['person', 'country', 'organization', 'place', 'event']);

/** One entity the article mentions, with how often. */
export const articleEntitySchema = z.object({
  /** Entity id: ISO alpha-2 for countries, a Latin slug otherwise. */
  id: z.string().min(1),
  type: entityTypeSchema,
  /** Canonical Arabic name at the time of annotation. */
  name: z.string().min(1),
  /** Number of mentions in this article, ≥ 1. */
  count: z.number().int().positive(),
});

/** One mention, with the sentence that quotes it (for entity pages and exports). */
export const articleMentionSchema = z.object({
  entity: z.string().min(1),
  /** 0-based paragraph index in the body. */
  paragraph: z.number().int().nonnegative(),
  /** The surface text exactly as written. */
  text: z.string().min(1),
  /** The sentence containing the mention, original text. */
  sentence: z.string().min(1),
  /** UTF-16 offset of `text` inside `sentence`. */
  at: z.number().int().nonnegative(),
  /** Title or role the text gives a person at this mention. */
  role: z.string().optional(),
});

/** A date the text states, resolved (`value`) or relative (`value: null`). */
export const articleDateSchema = z.object({
  text: z.string(),
  paragraph: z.number().int().nonnegative(),
  value: z.string().nullable(),
  precision: z.enum(['day', 'month', 'year']).nullable(),
  relative: z.boolean(),
  /** The sentence the date appears in, for the timeline. */
  sentence: z.string(),
});

export const articleFrontMatterSchema = z.object({
  title: z.string().min(1),
  /** True when the seed had no headline and the title was derived from its lead. */
  titleDerived: z.boolean(),
  /** Publication date (ISO, any precision) or null. */
  date: z.string().nullable(),
  source: z.string().nullable(),
  dateline: z.string().nullable(),
  url: z.string().nullable(),
  /** Seed path relative to `seeds/`. */
  sourceFile: z.string().min(1),
  encoding: z.string(),
  /** A short lead for listings and search results. */
  description: z.string(),
  entities: z.array(articleEntitySchema),
  mentions: z.array(articleMentionSchema),
  dates: z.array(articleDateSchema),
  /** Page furniture the cleaner removed, kept for the reader out of view. */
  removed: z.array(z.object({ line: z.number().int().positive(), text: z.string(), rule: z.string() })),
  warnings: z.array(z.string()),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type ArticleEntity = z.infer<typeof articleEntitySchema>;
export type ArticleMention = z.infer<typeof articleMentionSchema>;
export type ArticleDate = z.infer<typeof articleDateSchema>;
