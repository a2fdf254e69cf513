/**
 * Cleans Pagefind excerpts of the search keys written into pages.
 *
 * Pagefind builds an excerpt from the indexed text, so the hidden key runs
 * (` ⟦ قوات ⟧` after `للقوات`, see `annotate-html.ts`) appear in it, their
 * keys sometimes highlighted: when a reader typed `القوات`, it is the key
 * that matched.
 * This removes every run, including one cut by the excerpt's start or end,
 * and moves a highlight that fell on a run onto the word the run belongs to,
 * the word right before it. The reader sees the sentence as the press wrote
 * it, with the matching words marked.
 *
 * Input and output are Pagefind's excerpt HTML: text with `<` `>` `&` escaped
 * and `<mark>` around matches; nothing else is produced or kept.
 */
import { KEY_CLOSE, KEY_OPEN } from './keys.ts';

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640]/u;

/** Splits excerpt HTML into its plain text and, per UTF-16 unit, whether it was marked. */
function parse(html: string): { text: string; marked: boolean[] } {
  let text = '';
  const marked: boolean[] = [];
  let inMark = false;
  for (const part of html.split(/(<\/?mark>)/u)) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else {
      text += part;
      for (let i = 0; i < part.length; i++) marked.push(inMark);
    }
  }
  return { text, marked };
}

function render(text: string, marked: readonly boolean[]): string {
  let html = '';
  let inMark = false;
  for (let i = 0; i < text.length; i++) {
    const mark = marked[i] ?? false;
    if (mark !== inMark) html += mark ? '<mark>' : '</mark>';
    inMark = mark;
    html += text[i];
  }
  return inMark ? `${html}</mark>` : html;
}

/** Marks the word that ends `text` (if it ends in a word), in place. */
function markLastWord(text: string, marked: boolean[]): void {
  let i = text.length;
  while (i > 0 && WORD_CHAR.test(text[i - 1] ?? '')) i--;
  for (let j = i; j < text.length; j++) marked[j] = true;
}

/**
 * Removes the search-key runs from a Pagefind excerpt and carries their
 * highlights over to the words they belong to.
 *
 * @param excerpt Pagefind excerpt HTML (`result.excerpt`)
 * @returns the excerpt as the page reads, with `<mark>` around matched words
 */
export function cleanExcerpt(excerpt: string): string {
  const { text, marked } = parse(excerpt);
  let outText = '';
  const outMarked: boolean[] = [];
  const append = (from: number, to: number): void => {
    outText += text.slice(from, to);
    outMarked.push(...marked.slice(from, to));
  };

  let at = 0;
  // An excerpt that starts inside a run: drop up to its end.
  const firstClose = text.indexOf(KEY_CLOSE);
  const firstOpen = text.indexOf(KEY_OPEN);
  if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) at = firstClose + 1;

  while (at < text.length) {
    const open = text.indexOf(KEY_OPEN, at);
    if (open < 0) {
      append(at, text.length);
      break;
    }
    let start = open;
    while (start > at && /\s/u.test(text[start - 1] ?? '')) start--;
    append(at, start);
    const close = text.indexOf(KEY_CLOSE, open);
    const end = close < 0 ? text.length : close + 1;
    if (marked.slice(open, end).some(Boolean)) markLastWord(outText, outMarked);
    at = end;
  }

  // Runs removed at the start can leave leading spaces; collapse what removal doubled.
  const lead = outText.length - outText.trimStart().length;
  return render(outText.slice(lead), outMarked.slice(lead)).replace(/ {2,}/gu, ' ');
}

/**
 * Plain page text (Pagefind's `content`) without the search-key runs.
 *
 * @param text text as Pagefind indexed it
 * @returns the text as the page reads
 */
export function stripKeyRuns(text: string): string {
  return text.replace(KEY_RUN, '');
}

const KEY_RUN = new RegExp(`\\s*${KEY_OPEN}[^${KEY_CLOSE}]*${KEY_CLOSE}`, 'gu');
