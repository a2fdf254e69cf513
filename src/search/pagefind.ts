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
 * `runSearch` is where the query normalisation (`keys.ts`) meets Pagefind:
 * the query is turned into search keys; when nothing matches and a word
 * starts with a clitic that only the index side strips (`لباكستان`), the
 * search is run once more without it; a phrase in double quotes keeps only
 * the pages whose text holds it; the pages the query names come first
 * (`names.ts`).
 */
import { containsPhrase, exactPhrase, looseQuery, normalizeQuery } from './keys.ts';
import { NAMES_FOLDER, namedFirst, shardOf, termForm, type NameShard } from './names.ts';
import { stripKeyRuns } from './excerpt.ts';
import { pagefindSort, type SearchState } from './query-state.ts';

/** The URL parameter carrying highlight terms to a result page (Pagefind's default name). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * Words of context in an excerpt, before the key runs are removed from it.
 * Pagefind counts a run's keys and its two markers as words: in the five
 * seed articles, 35 % of the counted words are text (54 % when the markers
 * were glued to the keys), so 60 show about the 21–22 words of text that
 * 40 showed then.
 */
export const EXCERPT_LENGTH = 60;

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
/** The bundle's folder URL (`<base>pagefind/`), known once Pagefind is loading. */
let bundleUrl: string | undefined;
let loadingFilters: Promise<PagefindApi> | undefined;

/** Options of `loadPagefind`. */
export interface LoadOptions {
  /**
   * Pagefind's ranking weights. The search page passes `RANKING`
   * (`ranking.ts`), which the header search uses too, so both rank alike;
   * its low page-length weight keeps short entity pages from crowding
   * articles out of the first results.
   */
  ranking?: Record<string, unknown>;
  /**
   * Load every filter's value list, so that responses count results per
   * filter value (the search page's facets). On a large dossier the lists
   * weigh as much as the rest of a first search, so the header search,
   * which shows no filters, never loads them, and the search page loads
   * them only after showing its first results.
   */
  filterCounts?: boolean;
}

/**
 * Loads the Pagefind bundle of this site once and sets its options (those
 * of the first caller: a page's searches share one instance).
 *
 * @param base the site's base path with a trailing slash (`import.meta.env.BASE_URL`)
 */
export function loadPagefind(base: string, options: LoadOptions = {}): Promise<PagefindApi> {
  const pagefind = startPagefind(base, options);
  if (!options.filterCounts) return pagefind;
  // A search response counts only the filters whose chunks are loaded; load them all.
  loadingFilters ??= pagefind.then(async (api) => {
    await api.filters();
    return api;
  });
  return loadingFilters;
}

function startPagefind(base: string, options: LoadOptions): Promise<PagefindApi> {
  loading ??= (async () => {
    const root = base.endsWith('/') ? base : `${base}/`;
    bundleUrl = `${root}pagefind/`;
    const pagefind = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.options({
      baseUrl: root,
      excerptLength: EXCERPT_LENGTH,
      highlightParam: HIGHLIGHT_PARAM,
      noWorker: true,
      ...(options.ranking ? { ranking: options.ranking } : {}),
    });
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
  const phrase = exactPhrase(state.q);
  const nameFirst = term !== null && phrase === null && state.sort === 'relevance';
  // Fetched while Pagefind searches.
  let named = nameFirst ? namedPages(term) : Promise.resolve([]);
  let response = await pagefind.search(term, options);
  let searched = term;
  if (term !== null && response.results.length === 0) {
    const loose = looseQuery(state.q);
    if (loose !== term) {
      response = await pagefind.search(loose, options);
      searched = loose;
      if (nameFirst) named = namedPages(loose);
    }
  }
  if (phrase) return { response: await keepPhrase(response, phrase), term: searched };
  return { response: { ...response, results: namedFirst(response.results, await named) }, term: searched };
}

/** Files of the names table already asked for, by name. */
const nameShards = new Map<string, Promise<NameShard>>();

/**
 * Pagefind ids of the pages a normalised query names (`names.ts`): one
 * small file of the table, fetched once per page. A file that cannot be
 * read names nothing; the search goes on in Pagefind's order.
 */
async function namedPages(term: string): Promise<string[]> {
  const form = termForm(term);
  if (!form || !bundleUrl) return [];
  const file = `${shardOf(form)}.json`;
  let shard = nameShards.get(file);
  if (!shard) {
    shard = fetch(`${bundleUrl}${NAMES_FOLDER}/${file}`)
      .then((response) => (response.ok ? (response.json() as Promise<NameShard>) : {}))
      .catch(() => ({}));
    nameShards.set(file, shard);
  }
  return (await shard)[form] ?? [];
}

/** How many results of a phrase search are read to check for the phrase. */
const PHRASE_CHECK_LIMIT = 50;

/**
 * Keeps the results whose text holds `phrase` (`containsPhrase`: spelling
 * folded, so `"الامن السيبراني"` matches `والأمن السيبراني`), and recounts the filters over them. Only the first `PHRASE_CHECK_LIMIT`
 * results are read: each costs a fragment download.
 */
async function keepPhrase(response: PagefindResponse, phrase: string): Promise<PagefindResponse> {
  const candidates = response.results.slice(0, PHRASE_CHECK_LIMIT);
  const pages = await Promise.all(candidates.map((result) => result.data()));
  const kept: PagefindResult[] = [];
  const counts: FilterCounts = {};
  pages.forEach((page, index) => {
    if (!containsPhrase(`${page.meta.title ?? ''} ${stripKeyRuns(page.content)}`, phrase)) return;
    kept.push(candidates[index]!);
    for (const [name, values] of Object.entries(page.filters)) {
      const bucket = (counts[name] ??= {});
      for (const value of values) bucket[value] = (bucket[value] ?? 0) + 1;
    }
  });
  const filters: FilterCounts = {};
  for (const [name, values] of Object.entries(response.filters)) {
    filters[name] = Object.fromEntries(Object.keys(values).map((value) => [value, counts[name]?.[value] ?? 0]));
  }
  return { ...response, results: kept, filters };
}
