/**
 * The dossier's door to Pagefind's JavaScript API (`/pagefind/pagefind.js`,
 * written by the build), used by the search page and the tests.
 *
 * Pagefind ships no types for its browser bundle; the interfaces below cover
 * the part of the 1.5 API the dossier uses. Options are set once, before the
 * first search (Pagefind reads them when it starts):
 *
 * - `baseUrl`: result URLs carry the site's base path (`/<repo>/`).
 * - `highlightParam`: result URLs carry the searched keys, which the target
 *   page highlights (`highlight.ts`).
 * - `noWorker`: Pagefind 1.5 searches in a web worker by default, which costs
 *   a second 41 KB copy of its code on the first search; a dossier index is
 *   small enough to search on the main thread, and the first search stays
 *   within its byte budget.
 *
 * `search` is where the query normalisation (`keys.ts`) meets Pagefind:
 * the query is turned into search keys; when nothing matches and a word
 * starts with a clitic that only the index side strips (`لباكستان`), the
 * search is run once more without it.
 */
import { looseQuery, normalizeQuery } from './keys.ts';
import { pagefindSort, type SearchState } from './query-state.ts';

/** The URL parameter carrying highlight terms to a result page (Pagefind's default name). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** Words of context in an excerpt, before the key runs are removed from it. */
export const EXCERPT_LENGTH = 40;

/** Per filter, per value: how many pages match. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A page's data, loaded on demand for the results shown. */
export interface PagefindData {
  url: string;
  raw_url?: string;
  excerpt: string;
  content: string;
  word_count: number;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts of the filter values among the results. */
  filters: FilterCounts;
  /** Counts of the filter values over the whole index. */
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads the Pagefind bundle of this site once and sets its options.
 *
 * @param base the site's base path with a trailing slash (`import.meta.env.BASE_URL`)
 */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const root = base.endsWith('/') ? base : `${base}/`;
    const pagefind = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.options({ baseUrl: root, excerptLength: EXCERPT_LENGTH, highlightParam: HIGHLIGHT_PARAM, noWorker: true });
    return pagefind;
  })();
  return loading;
}

/**
 * Runs a search for a search-page state: the query normalised to search
 * keys, the filters and the order. A state with filters and no query lists
 * every page that carries the filters.
 *
 * @returns Pagefind's response, and the term that produced it
 */
export async function runSearch(pagefind: PagefindApi, state: SearchState): Promise<{ response: PagefindResponse; term: string | null }> {
  const options: PagefindSearchOptions = { filters: state.filters as Record<string, string[]> };
  const sort = pagefindSort(state.sort);
  if (sort) options.sort = sort;
  const term = normalizeQuery(state.q) || null;
  if (term === null && Object.keys(state.filters).length === 0) {
    return { response: { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} }, term };
  }
  const response = await pagefind.search(term, options);
  if (term !== null && response.results.length === 0) {
    const loose = looseQuery(state.q);
    if (loose !== term) return { response: await pagefind.search(loose, options), term: loose };
  }
  return { response, term };
}
