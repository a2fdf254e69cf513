/**
 * How Pagefind ranks results, for both the header search and the search
 * page: the weights Starlight gives Pagefind by default (term frequency and
 * page length count little, so a short entity page does not outrank the
 * articles that discuss it), which the dossier's search was tuned and tested
 * with (`tests/fixtures/search/queries.json`). Kept here because the site
 * builds its own index (`src/search/index-site.ts`) with Starlight's
 * Pagefind step turned off, which also empties Starlight's search config.
 */
export const RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
} as const;
