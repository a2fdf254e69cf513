/**
 * Search regions: the parts of a page that Pagefind reads.
 *
 * Pagefind's cost on a page is the number of elements inside its root, the
 * ones it is told to ignore included: it builds a node for each before it
 * knows to drop it. Rooted at `<main>`, the 885 entity pages of a
 * 1,000-article dossier took 0.88–0.99 s to add, nearly all of it for the
 * passages, relation lists, graph and timeline that are kept out of the
 * index; rooted at their title alone, 0.11 s. So Pagefind's root is not the
 * page but every element marked `data-search-region` (`ROOT_SELECTOR`), and
 * what lies outside the regions costs nothing:
 *
 * - the page title (`overrides/PageTitle.astro`);
 * - on a page of Starlight's `docs` collection (`/about/`), the whole
 *   Markdown content (`overrides/MarkdownContent.astro`);
 * - on a page whose frontmatter says `searchRegions: true`, the regions it
 *   marks itself instead: an article's text, an entity's facts and roles,
 *   and the filters, sort keys and search keys of `SearchMeta.astro`.
 *
 * The regions hold exactly what Pagefind indexed of the whole `<main>`: a
 * site test compares the records. A page is searchable by Starlight's own
 * rule for `<main data-pagefind-body>` (`isSearchable`); a page that is not
 * has no region, so no words, and Pagefind leaves it out.
 */

/** The attribute that marks a search region. */
export const SEARCH_REGION = 'data-search-region';

/** Pagefind's root: every search region of a page, and what is inside. */
export const ROOT_SELECTOR = `[${SEARCH_REGION}]`;

/** What the regions need to know of a page: Starlight's route entry. */
export interface SearchablePage {
  id: string;
  data: { pagefind?: boolean; searchRegions?: boolean };
}

/**
 * Whether the page is searched at all, as Starlight decides whether its
 * `<main>` is `data-pagefind-body`: not the 404 page, not a page whose
 * frontmatter says `pagefind: false`.
 */
export function isSearchable(page: SearchablePage): boolean {
  return page.id !== '404' && !page.id.endsWith('/404') && page.data.pagefind !== false;
}

/** Whether the page's whole Markdown content is one region: a searchable page that marks none of its own. */
export function contentIsRegion(page: SearchablePage): boolean {
  return isSearchable(page) && page.data.searchRegions !== true;
}

/** The frontmatter of a page that marks its own search regions. */
export const OWN_SEARCH_REGIONS = { searchRegions: true } as const;
