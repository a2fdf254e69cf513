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
