/**
 * Emit: an annotated article becomes an MDX file (the text, with entity
 * links, and what its page shows about it as front matter) and a JSON file
 * of annotations (entities, mentions and dates with their sentences; see
 * `src/schemas/article.ts` for why they are kept apart).
 *
 * Seed text is untrusted. In MDX, `{…}` is a JavaScript expression, `<x` is
 * JSX, a line starting with `import`/`export` is an ES module statement, and
 * Markdown syntax (`# `, `> `, `*x*`, `[x](javascript:…)`) changes what the
 * reader sees. None of that may happen to an article. So the file is never
 * assembled from strings: the article becomes an mdast tree whose only
 * element nodes are ours (`<Entity>` links) and whose seed text lives in
 * `text` nodes, and `mdast-util-to-markdown` with the MDX extensions
 * serialises it, escaping every character that would otherwise start a
 * construct. Its options, and the two patterns the MDX extensions leave to
 * the parser, are in `serialiser.ts`.
 */
import type { Root, RootContent, PhrasingContent, Yaml } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { ArticleAnnotations, ArticleFrontMatter } from '../schemas/article.ts';
import { sentenceAt, sentenceSpans, type SentenceSpan } from '../arabic/sentences.ts';
import { MDX_OPTIONS } from './serialiser.ts';
import type { AnnotatedArticle, Entity, Mention } from './types.ts';

/** The name of the MDX component every entity link renders through. */
export const ENTITY_COMPONENT = 'Entity';

/**
 * Builds the paragraph's phrasing content: plain text with `<Entity>` elements
 * around each mention. Mentions must be sorted and non-overlapping.
 */
function paragraphChildren(text: string, mentions: readonly Mention[]): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  let cursor = 0;
  for (const mention of mentions) {
    if (mention.start < cursor) continue; // defensive: overlapping mention, keep the first
    if (mention.start > cursor) children.push({ type: 'text', value: text.slice(cursor, mention.start) });
    const link: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: ENTITY_COMPONENT,
      attributes: [
        { type: 'mdxJsxAttribute', name: 'id', value: mention.entityId },
        { type: 'mdxJsxAttribute', name: 'type', value: mention.type },
      ],
      children: [{ type: 'text', value: text.slice(mention.start, mention.end) }],
    };
    children.push(link);
    cursor = mention.end;
  }
  if (cursor < text.length) children.push({ type: 'text', value: text.slice(cursor) });
  return children;
}

/**
 * Quotes an article's paragraphs: the sentence around offset `start` of
 * paragraph `index`, as an index into the table of sentences quoted so far
 * (each sentence stored once), and where `start` falls in it. Each
 * paragraph is split into sentences once, however many mentions and dates
 * it holds.
 */
function quoter(paragraphs: readonly string[]): {
  quote(index: number, start: number): { sentence: number; at: number };
  sentences: string[];
} {
  const spans = new Map<number, SentenceSpan[]>();
  const sentences: string[] = [];
  const numbers = new Map<string, number>();
  return {
    sentences,
    quote(index, start) {
      const paragraph = paragraphs[index] ?? '';
      let split = spans.get(index);
      if (split === undefined) {
        split = sentenceSpans(paragraph);
        spans.set(index, split);
      }
      const span = sentenceAt(paragraph, start, split);
      const key = `${index}:${span.start}`;
      let sentence = numbers.get(key);
      if (sentence === undefined) {
        sentence = sentences.push(paragraph.slice(span.start, span.end)) - 1;
        numbers.set(key, sentence);
      }
      return { sentence, at: start - span.start };
    },
  };
}

/** The first sentence of the body, for listings and search excerpts; at most ~40 words. */
function describe(paragraphs: readonly string[]): string {
  const first = paragraphs[0] ?? '';
  const span = sentenceAt(first, 0);
  const words = first.slice(span.start, span.end).split(/\s+/u);
  return words.length > 40 ? `${words.slice(0, 40).join(' ')} …` : words.join(' ');
}

/** The front matter of an article: what its page shows about it. */
export function frontMatterOf(article: AnnotatedArticle): ArticleFrontMatter {
  return {
    title: article.meta.title,
    titleDerived: article.meta.titleDerived,
    date: article.meta.date,
    source: article.meta.source,
    dateline: article.meta.dateline,
    url: article.meta.url,
    sourceFile: article.sourceFile,
    encoding: article.encoding,
    description: describe(article.paragraphs),
    removed: article.removed,
    warnings: article.meta.warnings,
  };
}

/**
 * The annotations of an article: the entities it mentions with counts,
 * every mention and date with the sentence that quotes it.
 *
 * @param article the annotated article
 * @param entityById lookup of every entity a mention can point to
 * @throws Error naming the seed when a mention points to an unknown entity
 */
export function annotationsOf(article: AnnotatedArticle, entityById: ReadonlyMap<string, Entity>): ArticleAnnotations {
  const counts = new Map<string, number>();
  for (const mention of article.mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  const entities = [...counts].map(([id, count]) => {
    const entity = entityById.get(id);
    if (!entity) throw new Error(`${article.sourceFile}: mention of unknown entity "${id}"`);
    return { id, type: entity.type, name: entity.name, count };
  });
  const { quote, sentences } = quoter(article.paragraphs);
  const mentions = article.mentions.map((mention) => {
    const { sentence, at } = quote(mention.paragraph, mention.start);
    return {
      entity: mention.entityId,
      paragraph: mention.paragraph,
      text: mention.text,
      sentence,
      at,
      ...(mention.role ? { role: mention.role } : {}),
    };
  });
  const dates = article.meta.dates.map((date) => ({
    text: date.text,
    paragraph: date.paragraph,
    value: date.value,
    precision: date.precision,
    relative: date.relative,
    sentence: quote(date.paragraph, date.start).sentence,
  }));
  return { entities, sentences, mentions, dates };
}

/**
 * Builds the MDX syntax tree of an article: YAML front matter, then one
 * paragraph node per body paragraph with entity links.
 */
export function articleTree(article: AnnotatedArticle): Root {
  const frontMatter: Yaml = {
    type: 'yaml',
    // JSON is YAML: every string is quoted, so no reader takes `2025-01-20`
    // for a date or `yes` for a boolean, and it is several times faster to
    // write and to read than block YAML, which matters at ten thousand articles.
    value: JSON.stringify(frontMatterOf(article), null, 1),
  };
  const byParagraph = new Map<number, Mention[]>();
  for (const mention of article.mentions) {
    const list = byParagraph.get(mention.paragraph) ?? [];
    list.push(mention);
    byParagraph.set(mention.paragraph, list);
  }
  const body: RootContent[] = article.paragraphs.map((text, index) => ({
    type: 'paragraph',
    children: paragraphChildren(
      text,
      (byParagraph.get(index) ?? []).toSorted((a, b) => a.start - b.start),
    ),
  }));
  return { type: 'root', children: [frontMatter, ...body] };
}

/**
 * Serialises an annotated article to MDX.
 *
 * @param article the annotated article
 * @returns MDX source whose only JSX is `<Entity id type>` and whose text,
 *   whatever it contains, renders literally
 */
export function emitMdx(article: AnnotatedArticle): string {
  return toMarkdown(articleTree(article), MDX_OPTIONS);
}

/**
 * Serialises an article's annotations to JSON, on one line: the file is
 * read by the build, not by people (`npm run annotate` reports what it holds).
 *
 * @param article the annotated article
 * @param entityById every entity a mention can point to (for canonical names)
 */
export function emitAnnotations(article: AnnotatedArticle, entityById: ReadonlyMap<string, Entity>): string {
  return `${JSON.stringify(annotationsOf(article, entityById))}\n`;
}
