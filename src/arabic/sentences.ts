/**
 * Sentence spans in Arabic paragraphs.
 *
 * An entity page quotes the sentence a name appears in, not the whole
 * paragraph: press paragraphs run to several sentences. Arabic text ends
 * sentences with `.` `!` `؟` `?` and `…`; `؛` joins clauses and is not a
 * boundary. A full stop between digits (`2.5`) or inside a run of dots
 * (`..لقاء`) is not a boundary either.
 */

/** A sentence as offsets into its paragraph. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const TERMINATOR = /[.!?؟…]+/gu;

/**
 * Splits a paragraph into sentence spans. Offsets are UTF-16 and cover the
 * sentence without surrounding whitespace; concatenated with the gaps they
 * reproduce the paragraph.
 *
 * @param paragraph one paragraph of original text
 * @returns spans in order; a paragraph without terminators is one span
 */
export function sentenceSpans(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    const before = paragraph[match.index - 1];
    const after = paragraph[end];
    const isDecimal = match[0] === '.' && /\d/u.test(before ?? '') && /\d/u.test(after ?? '');
    // A boundary needs whitespace (or the end) after it: `..لقاء` is punctuation inside a headline.
    if (isDecimal || (after !== undefined && !/\s/u.test(after))) continue;
    pushTrimmed(spans, paragraph, start, end);
    start = end;
  }
  pushTrimmed(spans, paragraph, start, paragraph.length);
  return spans;
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end > start) spans.push({ start, end });
}

/**
 * The sentence of `paragraph` that contains offset `at`.
 *
 * @param spans `sentenceSpans(paragraph)`, when the caller already has them
 * @returns the span, or the whole paragraph when `at` falls between sentences
 */
export function sentenceAt(paragraph: string, at: number, spans: readonly SentenceSpan[] = sentenceSpans(paragraph)): SentenceSpan {
  for (const span of spans) {
    if (at >= span.start && at < span.end) return span;
  }
  return { start: 0, end: paragraph.length };
}
