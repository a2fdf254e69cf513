/**
 * A list of search results in the page, shared by the header search and the
 * search page so that a result looks and behaves the same in both: a card
 * with the kind of page, the title as a link, date and source, and the
 * excerpt (`presentResult`).
 *
 * Results come in batches: Pagefind returns every match at once but loads a
 * page's data (one fragment download each) only when asked, so only the
 * first batch is fetched and "load more" fetches the next. A list belongs to
 * one search at a time: when a newer search starts, batches still loading
 * for the older one are dropped instead of being appended to the new list.
 */
import type { PagefindResult } from './pagefind.ts';
import { presentResult, type PresentedResult } from './results.ts';

/** Renders one result as a list item; the excerpt is Pagefind's escaped text with `<mark>`, nothing else. */
export function renderResult(shown: PresentedResult): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  item.dataset.kind = shown.kind;
  const kind = document.createElement('span');
  kind.className = 'result-kind';
  kind.textContent = shown.kind;
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = shown.url;
  link.textContent = shown.title;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  if (shown.dateLabel && shown.date) {
    const time = document.createElement('time');
    time.dateTime = shown.date;
    time.textContent = shown.dateLabel;
    meta.append(time);
  }
  if (shown.source) {
    const source = document.createElement('span');
    source.textContent = shown.source;
    meta.append(source);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  excerpt.innerHTML = shown.excerpt;
  item.append(kind, heading);
  if (meta.childElementCount > 0) item.append(meta);
  item.append(excerpt);
  return item;
}

export class ResultList {
  readonly #list: HTMLOListElement;
  readonly #more: HTMLButtonElement;
  readonly #pageSize: number;
  #pending: PagefindResult[] = [];
  #generation = 0;

  /**
   * @param list the `<ol>` the results go into
   * @param more the "load more" button, hidden while nothing is left to show
   * @param pageSize results fetched and shown per batch
   */
  constructor(list: HTMLOListElement, more: HTMLButtonElement, pageSize: number) {
    this.#list = list;
    this.#more = more;
    this.#pageSize = pageSize;
    more.addEventListener('click', () => void this.#showNext(this.#generation));
  }

  /** Replaces the list with the first batch of `results`; resolves once it is shown (or superseded). */
  async show(results: readonly PagefindResult[]): Promise<void> {
    const generation = ++this.#generation;
    this.#pending = [...results];
    const batch = await this.#fetchNext(generation);
    if (batch === undefined) return;
    this.#list.replaceChildren(...batch);
    this.#more.hidden = this.#pending.length === 0;
  }

  /** Empties the list and drops any batch still loading. */
  clear(): void {
    this.#generation++;
    this.#pending = [];
    this.#list.replaceChildren();
    this.#more.hidden = true;
  }

  async #showNext(generation: number): Promise<void> {
    const batch = await this.#fetchNext(generation);
    if (batch === undefined) return;
    this.#list.append(...batch);
    this.#more.hidden = this.#pending.length === 0;
  }

  /** The next batch rendered, or undefined when a newer search began meanwhile. */
  async #fetchNext(generation: number): Promise<HTMLLIElement[] | undefined> {
    const batch = this.#pending.slice(0, this.#pageSize);
    this.#pending = this.#pending.slice(this.#pageSize);
    const pages = await Promise.all(batch.map((result) => result.data()));
    if (generation !== this.#generation) return undefined;
    return pages.map((page) => renderResult(presentResult(page)));
  }
}
