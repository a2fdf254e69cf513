/**
 * A search as a URL: `/search/?q=حموشي&country=المغرب&sort=newest`.
 *
 * The search page keeps its state in the address so a reader can bookmark
 * or share a search and the back button works: it reads the state on load
 * and writes it back (with `history.replaceState`) on every change. The
 * parameters are the filter names the pages carry (`type`, `country`,
 * `official`, `source`, repeatable), `q` as the reader typed it (never the
 * normalised key) and `sort` (`newest`, `oldest`; relevance when absent).
 * Several values of one filter narrow the results (Pagefind's default: a page
 * must carry all of them), as the filters on the page do.
 */

/** Filters the pages carry, in the order the search page shows them. */
export const FILTER_NAMES = ['type', 'country', 'official', 'source'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchState {
  /** The query as typed. */
  q: string;
  /** Selected values per filter; a filter with no values is absent. */
  filters: Partial<Record<FilterName, string[]>>;
  sort: SortOrder;
}

/** Reads a search from URL parameters; unknown parameters are ignored. */
export function readState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterName, string[]>> = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).map((value) => value.trim()).filter(Boolean))];
    if (values.length > 0) filters[name] = values;
  }
  const sort = params.get('sort');
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance' };
}

/** Writes a search as URL parameters: only what is set, in a stable order. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/**
 * Pagefind's `sort` option for an order, or none for relevance. Pages carry
 * two date keys (`SearchMeta.astro`) so that undated pages come last in both
 * directions: `date` descending, `date_asc` ascending.
 */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date_asc: 'asc' };
  return undefined;
}

/** True when the state asks for anything: a query or at least one filter. */
export function isActive(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0;
}
