/**
 * Reading built pages in tests: parse HTML into a hast tree and query it with
 * CSS selectors, without a browser.
 */
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export interface Page {
  tree: Root;
  /** First element matching `selector`, or undefined. */
  one(selector: string): Element | undefined;
  all(selector: string): Element[];
  /** Text content of the first match (whitespace as rendered). */
  text(selector: string): string;
}

export function parsePage(html: string): Page {
  const tree = htmlToHast(html) as unknown as Root;
  return {
    tree,
    one: (selector) => select(selector, tree),
    all: (selector) => selectAll(selector, tree),
    text: (selector) => {
      const element = select(selector, tree);
      return element ? toText(element) : '';
    },
  };
}

export function readPage(file: string): Page {
  return parsePage(readFileSync(file, 'utf8'));
}

/**
 * Elements a browser lays out as blocks by default (the rendering section of
 * the HTML standard), and `br`: a reader never sees one word run across
 * their edges, whatever the markup holds there.
 */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

/**
 * The text of `node` with its words separated as a reader sees them: a
 * space at the edges of every block element, none at inline ones (a link
 * inside a word stays part of it). Scripts and styles are left out, and
 * so are `hidden` elements unless `hidden` is set (the search keys are
 * hidden from readers but indexed).
 */
export function textAsRead(node: Element | Root, { hidden = false }: { hidden?: boolean } = {}): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') {
      if (child.tagName === 'script' || child.tagName === 'style' || child.tagName === 'template') continue;
      if (!hidden && child.properties.hidden !== undefined && child.properties.hidden !== false) continue;
      text += BLOCK_ELEMENTS.has(child.tagName) ? ` ${textAsRead(child, { hidden })} ` : textAsRead(child, { hidden });
    }
  }
  return text;
}
