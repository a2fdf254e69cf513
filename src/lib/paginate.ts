/**
 * Fixed-size pages, so that no page grows with the dossier.
 *
 * An entity named in 2,000 articles, a timeline of 10,000 dates, an index of
 * 5,000 officials: each is cut into pages of a fixed size. Page 1 lives at
 * the list's own URL; pages 2… at `<base>page/<n>/`.
 */

/** Number of pages for `total` items, at least 1 (an empty list still has its page). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The items of one page.
 *
 * @param page 1-based page number
 */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The page numbers from 2 to the last: the ones that need a route of their own. */
export function laterPages(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/**
 * The site path of page `page` of a list whose first page is at `first`.
 *
 * @param first path of page 1, ending in `/` (`/timeline/`)
 * @returns `first` for page 1, `${first}page/${page}/` after
 */
export function pagePath(first: string, page: number): string {
  return page <= 1 ? first : `${first}page/${page}/`;
}
