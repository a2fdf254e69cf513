/**
 * What a search result says about its page, shared by the header search and
 * the search page so that both show the same thing: the title, the kind of
 * page (article, official, country …), its date and source, and an excerpt
 * cleaned of search keys.
 *
 * Pages carry this as Pagefind metadata (`SearchMeta.astro`): `kind`, `date`
 * (ISO, any precision) and `source`; the title is the page's `<h1>`.
 */
import { formatDate } from '../lib/format.ts';
import { cleanExcerpt } from './excerpt.ts';
import type { PagefindData } from './pagefind.ts';

/** One result as the interface shows it. */
export interface PresentedResult {
  url: string;
  title: string;
  /** The kind of page in Arabic: `مقال`, `مسؤول`, `دولة` …; `صفحة` for other pages. */
  kind: string;
  /** ISO date of the article (or latest article of an entity), or null. */
  date: string | null;
  /** The date for display (`20 يناير 2025`), or null. */
  dateLabel: string | null;
  source: string | null;
  /** Excerpt HTML: escaped text with `<mark>` around matched words. */
  excerpt: string;
}

/** Turns a Pagefind page's data into what the interface shows. */
export function presentResult(data: PagefindData): PresentedResult {
  const date = data.meta.date || null;
  return {
    url: data.url,
    title: data.meta.title || data.url,
    kind: data.meta.kind || 'صفحة',
    date,
    dateLabel: date ? formatDate(date) : null,
    source: data.meta.source || null,
    excerpt: cleanExcerpt(data.excerpt),
  };
}
