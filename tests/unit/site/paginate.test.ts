import { describe, expect, it } from 'vitest';
import {
  archivePageCount,
  archivePageItems,
  archivePager,
  archivePages,
  archivePath,
  laterPages,
  pageCount,
  pageItems,
  pagePath,
  rankedPager,
} from '../../../src/lib/paginate.ts';

/** A list of `n` items, newest first: item `n` is the newest, item 1 the oldest. */
const newestFirst = (n: number): number[] => Array.from({ length: n }, (_, i) => n - i);

/** Every archive page of a list, front last, each as its items. */
function archive(list: readonly number[], size: number): number[][] {
  const last = archivePageCount(list.length, size);
  return Array.from({ length: last }, (_, i) => archivePageItems(list, i + 1, size));
}

describe('ranked lists (an entity index)', () => {
  it('cuts the list into fixed pages whose first page is the list itself', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
    expect(pageItems([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(laterPages(41, 20)).toEqual([2, 3]);
    expect(pagePath('/officials/', 1)).toBe('/officials/');
    expect(pagePath('/officials/', 3)).toBe('/officials/page/3/');
  });

  it('links each page to its neighbours by number and says "page n of N"', () => {
    const pager = rankedPager(2, 3, (n) => `/officials/page/${n}/`);
    expect(pager.prev).toEqual({ href: '/officials/page/1/', text: 'السابق' });
    expect(pager.next).toEqual({ href: '/officials/page/3/', text: 'التالي' });
    expect(pager.position).toBe('الصفحة 2 من 3');
    expect(rankedPager(1, 1, String)).toMatchObject({ prev: undefined, next: undefined });
  });
});

describe('archive pages (lists that grow at their newest end)', () => {
  it('shows every item exactly once, newest first, across the pages from the front back', () => {
    for (const n of [0, 1, 12, 13, 37, 38, 50, 74, 75, 76, 124, 125, 1001]) {
      const pages = archive(newestFirst(n), 25);
      expect(pages.toReversed().flat(), `${n} items`).toEqual(newestFirst(n));
    }
  });

  it('fills every older page exactly and keeps the front between half a page and one and a half', () => {
    for (let n = 13; n <= 500; n++) {
      const pages = archive(newestFirst(n), 25);
      const front = pages.at(-1) ?? [];
      for (const page of pages.slice(0, -1)) expect(page, `${n} items`).toHaveLength(25);
      expect(front.length, `${n} items`).toBeGreaterThanOrEqual(13);
      expect(front.length, `${n} items`).toBeLessThan(38);
    }
    expect(archive(newestFirst(5), 25)).toEqual([[5, 4, 3, 2, 1]]);
  });

  it('changes no older page when a new item arrives at the newest end', () => {
    for (let n = 13; n <= 300; n++) {
      const before = archive(newestFirst(n), 25);
      const after = archive(newestFirst(n + 1), 25);
      // Every older page stays: either all of them, or all but the one split off the front.
      expect(after.slice(0, before.length - 1), `${n} → ${n + 1}`).toEqual(before.slice(0, -1));
      expect(after.length - before.length, `${n} → ${n + 1}`).toBeLessThanOrEqual(1);
    }
  });

  it('numbers the older pages from the oldest and serves the front at the list itself', () => {
    expect(archivePageCount(130, 25)).toBe(5);
    expect(archivePages(130, 25)).toEqual([1, 2, 3, 4]);
    expect(archivePageItems(newestFirst(130), 1, 25)).toEqual(newestFirst(25));
    expect(archivePath('/timeline/ma/', 5, 5)).toBe('/timeline/ma/');
    expect(archivePath('/timeline/ma/', 2, 5)).toBe('/timeline/ma/page/2/');
    expect(archivePages(10, 25)).toEqual([]);
    expect(archivePageItems(newestFirst(10), 2, 25)).toEqual([]);
  });

  it('links newer before older, as the list reads, and names a page by its dates', () => {
    const hrefOf = (n: number): string => archivePath('/articles/', n, 4);
    const middle = archivePager(2, 4, hrefOf, 'من مارس 2023 إلى مايو 2023');
    expect(middle.prev).toEqual({ href: '/articles/page/3/', text: 'الأحدث' });
    expect(middle.next).toEqual({ href: '/articles/page/1/', text: 'الأقدم' });
    expect(middle.position).toBe('من مارس 2023 إلى مايو 2023');
    expect(archivePager(3, 4, hrefOf, undefined).prev?.href).toBe('/articles/');
    expect(archivePager(4, 4, hrefOf, undefined)).toMatchObject({ prev: undefined, next: { href: '/articles/page/3/' } });
    expect(archivePager(1, 4, hrefOf, undefined)).toMatchObject({ next: undefined, position: 'الصفحة 1 من الأقدم' });
  });
});
