/**
 * Passages: the sentences that mention an entity, with the name marked.
 *
 * An entity page quotes where it was named, like a backlink: the sentence
 * from the article with the words that name it in `<mark>`. Front matter
 * gives each mention its sentence and the UTF-16 offset (`at`) of its text in
 * that sentence. Several mentions in one sentence (`المغرب … المغربية`) make
 * one passage with several marks, never the same sentence quoted twice.
 *
 * Offsets come from another stage; when `at` does not point at `text` (an
 * upstream bug or a hand-edited file) the mark falls back to the first
 * occurrence of `text`, and is dropped when there is none: a wrong highlight
 * would misquote the source.
 */
import type { ArticleMention } from '../schemas/article.ts';

/** A marked span: where the mention's text starts in the sentence. */
export interface Mark {
  at: number;
  text: string;
}

/** A run of a sentence, marked or not. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** A sentence quoted from one article, with every mention of the entity in it. */
export interface Passage<A> {
  article: A;
  paragraph: number;
  sentence: string;
  marks: Mark[];
}

/**
 * Splits a sentence into marked and unmarked runs.
 *
 * @param sentence the original sentence
 * @param marks spans to mark, in any order; overlapping spans are merged
 * @returns runs whose texts concatenate to `sentence`
 */
export function highlight(sentence: string, marks: readonly Mark[]): Segment[] {
  const spans = marks
    .map((mark) => {
      const at = mark.at >= 0 && sentence.startsWith(mark.text, mark.at) ? mark.at : sentence.indexOf(mark.text);
      return at < 0 || mark.text.length === 0 ? undefined : { start: at, end: at + mark.text.length };
    })
    .filter((span) => span !== undefined)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    if (start > cursor) segments.push({ text: sentence.slice(cursor, start), marked: false });
    const last = segments.at(-1);
    if (last?.marked && start === cursor) last.text += sentence.slice(start, span.end);
    else segments.push({ text: sentence.slice(start, span.end), marked: true });
    cursor = span.end;
  }
  if (cursor < sentence.length) segments.push({ text: sentence.slice(cursor), marked: false });
  return segments;
}

/**
 * Groups mentions into passages: one per sentence of one article, in the
 * order the mentions come (articles newest first, then text order).
 */
export function passagesOf<A extends { id: string }>(mentions: readonly (ArticleMention & { article: A })[]): Passage<A>[] {
  const passages = new Map<string, Passage<A>>();
  for (const mention of mentions) {
    const key = `${mention.article.id}\u0000${mention.paragraph}\u0000${mention.sentence}`;
    const passage = passages.get(key);
    if (passage) passage.marks.push({ at: mention.at, text: mention.text });
    else {
      passages.set(key, {
        article: mention.article,
        paragraph: mention.paragraph,
        sentence: mention.sentence,
        marks: [{ at: mention.at, text: mention.text }],
      });
    }
  }
  return [...passages.values()];
}

/** One article's passages, in text order. */
export interface ArticlePassages<A> {
  article: A;
  passages: Passage<A>[];
}

/**
 * Groups passages by article, keeping the order in which articles first
 * appear (newest first when the passages come from `passagesOf`).
 */
export function byArticle<A>(passages: readonly Passage<A>[]): ArticlePassages<A>[] {
  return [...Map.groupBy(passages, (passage) => passage.article)].map(([article, list]) => ({ article, passages: list }));
}

/** A run of text, Latin-script or not. */
export interface ScriptRun {
  text: string;
  latin: boolean;
}

const LATIN_RUN = /\p{Script=Latin}(?:[\p{Script=Latin}\p{Nd}'’.\-_/ ]*[\p{Script=Latin}\p{Nd}])?/gu;

/**
 * The blocks that hold every Latin-script character, and every surrogate
 * (for the Latin letters beyond the first 65,536 code points): a text with
 * none of these has no Latin run. Most passages are Arabic alone, and this
 * test of UTF-16 units took a fifth of the time `LATIN_RUN`'s search took
 * over the sentences of a 1,000-article dossier, where it ran on every
 * passage of every entity page. A test checks it against `\p{Script=Latin}`
 * over all of Unicode.
 */
export const MAY_HOLD_LATIN = /[A-Za-z\u00AA\u00BA\u00C0-\u02FF\u1D00-\u1EFF\u2071-\u2188\u2C60-\u2C7F\uA720-\uA7FF\uAB30-\uAB6F\uFB00-\uFB06\uFF21-\uFF5A\uD800-\uDFFF]/;

/**
 * Splits text into Latin-script runs and the rest, so that a Latin name
 * inside Arabic (`Indus Shield-2023`) can be isolated in `<bdi dir="ltr">`
 * and keep its own order instead of being reordered by the bidi algorithm.
 */
export function latinRuns(text: string): ScriptRun[] {
  if (!MAY_HOLD_LATIN.test(text)) return text === '' ? [] : [{ text, latin: false }];
  const runs: ScriptRun[] = [];
  let cursor = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    if (match.index > cursor) runs.push({ text: text.slice(cursor, match.index), latin: false });
    runs.push({ text: match[0], latin: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), latin: false });
  return runs;
}
