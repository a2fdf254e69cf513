/**
 * Fixed-size pages, so that no page grows with the dossier.
 *
 * An entity named in 2,000 articles, a timeline of 10,000 dates, an index of
 * 5,000 officials: each is cut into pages of a bounded size. Two schemes:
 *
 * - ranked lists (an entity index, most mentioned first), which reorder as
 *   a whole when counts change, are counted from the front: page 1 lives at
 *   the list's own URL, pages 2… at `<base>page/<n>/`;
 * - lists that grow at their newest end are archive pages (below), counted
 *   from the oldest end so that an old page keeps its items and its URL.
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

/**
 * Archive pages: the paging of a list that grows at its newest end and is
 * shown newest first (the article index, the timelines, an entity's
 * mentions).
 *
 * Counted from the front, as above, every new item would push one item onto
 * each later page: every page of the list would change, and a link to
 * "page 7" would show other articles tomorrow. Archive pages are counted
 * from the oldest end instead. Page 1 holds the `size` oldest items, page 2
 * the next `size`, and so on; the newest page, at the list's own URL, holds
 * what is left: between half a page and one and a half pages, so the
 * list's front is never nearly empty and never twice as long as a page.
 * A new item changes the front page only, until the front has grown by a
 * page and a new archive page splits off it. An item dated in the past
 * still changes the pages from its place to the front, as it must.
 *
 * Page numbers therefore run from the oldest (`…/page/1/`) to the newest
 * (the list itself, numbered `last`); a page is described to readers by the
 * dates it covers rather than by "page n of N", which would change with N.
 */

/** Number of archive pages of `total` items, the front included: at least 1. */
export function archivePageCount(total: number, size: number): number {
  return Math.max(1, Math.round(total / size));
}

/**
 * The items of one archive page, newest first.
 *
 * @param newestFirst the whole list, newest first
 * @param page 1 for the oldest page, `archivePageCount(…)` for the front
 */
export function archivePageItems<T>(newestFirst: readonly T[], page: number, size: number): T[] {
  const last = archivePageCount(newestFirst.length, size);
  if (page < 1 || page > last) return [];
  const end = newestFirst.length - (page - 1) * size;
  return newestFirst.slice(page === last ? 0 : end - size, end);
}

/** The archive pages with a route of their own: all but the front, oldest first. */
export function archivePages(total: number, size: number): number[] {
  return Array.from({ length: archivePageCount(total, size) - 1 }, (_, i) => i + 1);
}

/**
 * The site path of archive page `page` of a list whose front is at `first`.
 *
 * @param first path of the list itself, ending in `/` (`/timeline/`)
 * @param last the front's number (`archivePageCount(…)`)
 * @returns `first` for the front, `${first}page/${page}/` for the others
 */
export function archivePath(first: string, page: number, last: number): string {
  return page >= last ? first : `${first}page/${page}/`;
}

/** What a pager shows: the previous and next pages in reading order, and where this page stands. */
export interface PagerLinks {
  prev?: { href: string; text: string } | undefined;
  next?: { href: string; text: string } | undefined;
  position: string;
}

/**
 * The pager of page `page` of a ranked list: previous and next by number,
 * "page n of N" between them.
 *
 * @param hrefOf full href (base included) of page `n`
 */
export function rankedPager(page: number, last: number, hrefOf: (n: number) => string): PagerLinks {
  return {
    prev: page > 1 ? { href: hrefOf(page - 1), text: 'السابق' } : undefined,
    next: page < last ? { href: hrefOf(page + 1), text: 'التالي' } : undefined,
    position: `الصفحة ${page} من ${last}`,
  };
}

/**
 * The pager of archive page `page`: the list reads newest first, so the
 * previous page is the newer one and the next the older one. Between them,
 * the dates the page covers (`dateSpan`), which stay true as the list grows.
 *
 * @param hrefOf full href (base included) of archive page `n` (`archivePath`)
 * @param span the page's dates; without any, the page is named by its number from the oldest
 */
export function archivePager(page: number, last: number, hrefOf: (n: number) => string, span: string | undefined): PagerLinks {
  return {
    prev: page < last ? { href: hrefOf(page + 1), text: 'الأحدث' } : undefined,
    next: page > 1 ? { href: hrefOf(page - 1), text: 'الأقدم' } : undefined,
    position: span ?? `الصفحة ${page} من الأقدم`,
  };
}
