/**
 * The two files the pipeline writes per article, and the article the site
 * reads from them.
 *
 * - `content/articles/<slug>.mdx`: the annotated text, and as front matter
 *   what the article page shows about it (`articleFrontMatterSchema`).
 * - `content/generated/annotations/<slug>.json`: what the entity pages,
 *   timelines and exports need (`articleAnnotationsSchema`): the entities
 *   the article mentions, every mention and date with the sentence that
 *   quotes it. Each sentence is stored once (`sentences`) and referred to by
 *   index: an article quotes the same sentence for every name in it.
 *
 * The annotations are not front matter because MDX compiles front matter
 * into each article's JavaScript module: at four times the size of the
 * text, they made every article module four times heavier to bundle and to
 * hold in memory, for pages that never read them.
 *
 * One schema serves both sides of each file: the pipeline's emitter builds
 * objects of these types, and the Astro collections validate them on load,
 * so a change to one side that the other does not know fails the build
 * instead of rendering an empty field. `resolveAnnotations` turns sentence
 * indexes back into sentences, the shape the site works with (`ArticleData`).
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
const storedMentionSchema = z.object({
  entity: z.string().min(1),
  /** 0-based paragraph index in the body. */
  paragraph: z.number().int().nonnegative(),
  /** The surface text exactly as written. */
  text: z.string().min(1),
  /** Index in `sentences` of the sentence containing the mention. */
  sentence: z.number().int().nonnegative(),
  /** UTF-16 offset of `text` inside `sentence`. */
  at: z.number().int().nonnegative(),
  /** Title or role the text gives a person at this mention. */
  role: z.string().optional(),
});

/** A date the text states, resolved (`value`) or relative (`value: null`). */
const storedDateSchema = z.object({
  text: z.string(),
  paragraph: z.number().int().nonnegative(),
  value: z.string().nullable(),
  precision: z.enum(['day', 'month', 'year']).nullable(),
  relative: z.boolean(),
  /** Index in `sentences` of the sentence the date appears in, for the timeline. */
  sentence: z.number().int().nonnegative(),
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
  /** Page furniture the cleaner removed, kept for the reader out of view. */
  removed: z.array(z.object({ line: z.number().int().positive(), text: z.string(), rule: z.string() })),
  warnings: z.array(z.string()),
});

export const articleAnnotationsSchema = z
  .object({
    entities: z.array(articleEntitySchema),
    /** Every sentence a mention or date quotes, original text, each once. */
    sentences: z.array(z.string().min(1)),
    mentions: z.array(storedMentionSchema),
    dates: z.array(storedDateSchema),
  })
  .superRefine((annotations, context) => {
    const check = (list: 'mentions' | 'dates') =>
      annotations[list].forEach((item, index) => {
        if (item.sentence >= annotations.sentences.length) {
          context.addIssue({
            code: 'custom',
            path: [list, index, 'sentence'],
            message: `sentence ${item.sentence} does not exist (the file has ${annotations.sentences.length})`,
          });
        }
      });
    check('mentions');
    check('dates');
  });

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type ArticleAnnotations = z.infer<typeof articleAnnotationsSchema>;
export type ArticleEntity = z.infer<typeof articleEntitySchema>;

type Quoted<T extends { sentence: number }> = Omit<T, 'sentence'> & { sentence: string };

/** A mention as the site reads it: with its sentence, original text. */
export type ArticleMention = Quoted<z.infer<typeof storedMentionSchema>>;
/** A date as the site reads it: with its sentence, original text. */
export type ArticleDate = Quoted<z.infer<typeof storedDateSchema>>;

/** What the site knows of an article: its front matter and its annotations, sentences resolved. */
export type ArticleData = ArticleFrontMatter & {
  entities: ArticleEntity[];
  mentions: ArticleMention[];
  dates: ArticleDate[];
};

/**
 * The annotations with each sentence index replaced by its sentence. The
 * mentions of one sentence share one string: resolving costs no copies.
 */
export function resolveAnnotations(annotations: ArticleAnnotations): Pick<ArticleData, 'entities' | 'mentions' | 'dates'> {
  const quote = (index: number): string => {
    const sentence = annotations.sentences[index];
    if (sentence === undefined) throw new Error(`sentence ${index} does not exist (the annotations have ${annotations.sentences.length})`);
    return sentence;
  };
  return {
    entities: annotations.entities,
    mentions: annotations.mentions.map((mention) => ({ ...mention, sentence: quote(mention.sentence) })),
    dates: annotations.dates.map((date) => ({ ...date, sentence: quote(date.sentence) })),
  };
}
