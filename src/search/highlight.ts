/**
 * Highlights, on the page a reader opened from a search result, the words
 * that matched.
 *
 * Result links carry the searched terms as `?pagefind-highlight=…` (one
 * parameter per term; Pagefind adds them, `pagefind.ts`). Pagefind's own
 * `pagefind-highlight.js` marks only the literal terms, and these are search
 * keys (`قوات` for `القوات`): it would mark nothing in `للقوات`. This marks
 * every word of the page's indexed region whose search key starts with a
 * term, using the same keys as the index (`keys.ts`), so `للقوات` and
 * `القوات` light up for `القوات`, and a term that only an entity's hidden
 * names matched (`hammouchi`) marks the mention it names. The first mark is
 * scrolled into view. It costs nothing on pages opened without the parameter.
 */
import { HIGHLIGHT_PARAM } from './pagefind.ts';
import { indexKeys, pagefindForm, searchKey, WORD } from './keys.ts';
import { KEY_CLASS } from './annotate-html.ts';

const SKIP = 'script, style, noscript, textarea, [hidden], [data-pagefind-ignore], mark';

/** True when one of a word's keys starts with one of the terms. */
function matches(word: string, terms: readonly string[]): boolean {
  const keys = [searchKey(word), pagefindForm(word), ...indexKeys(word)];
  return terms.some((term) => keys.some((key) => key.startsWith(term)));
}

/** Wraps the matching words of one text node in `<mark>`; returns the marks made. */
function markText(node: Text, terms: readonly string[]): HTMLElement[] {
  const text = node.data;
  const found = [...text.matchAll(WORD)].filter(([word]) => matches(word, terms));
  if (found.length === 0) return [];
  const fragment = document.createDocumentFragment();
  const marks: HTMLElement[] = [];
  let at = 0;
  for (const match of found) {
    const start = match.index ?? 0;
    fragment.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.className = 'search-highlight';
    mark.textContent = match[0];
    fragment.append(mark);
    marks.push(mark);
    at = start + match[0].length;
  }
  fragment.append(text.slice(at));
  node.replaceWith(fragment);
  return marks;
}

/** Marks the element a hidden key run follows (an entity link) when the run matches. */
function markKeyOwners(root: Element, terms: readonly string[]): HTMLElement[] {
  const marked: HTMLElement[] = [];
  for (const span of root.querySelectorAll<HTMLElement>(`.${KEY_CLASS}`)) {
    const keys = [...(span.textContent ?? '').matchAll(WORD)].map(([word]) => word);
    if (!terms.some((term) => keys.some((key) => key.startsWith(term)))) continue;
    // The run of an entity's names directly follows its link (after the link's own word keys, if any).
    let owner = span.previousSibling;
    while (owner instanceof HTMLElement && owner.classList.contains(KEY_CLASS)) owner = owner.previousSibling;
    if (owner instanceof HTMLElement && owner.matches('a.entity') && !owner.querySelector('mark')) {
      owner.classList.add('search-highlight');
      marked.push(owner);
    }
  }
  return marked;
}

/**
 * Highlights the terms of `location.search` in the page's indexed region.
 *
 * @returns the number of words marked
 */
export function highlightSearchTerms(search: string = location.search): number {
  const terms = new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .flatMap((term) => [...term.matchAll(WORD)].map(([word]) => searchKey(word)))
    .filter((term) => term.length > 0);
  if (terms.length === 0) return 0;
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!root) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const marks = [...markKeyOwners(root, terms), ...nodes.flatMap((node) => markText(node, terms))];
  const first = marks.toSorted((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
  first?.scrollIntoView({ block: 'center' });
  return marks.length;
}
