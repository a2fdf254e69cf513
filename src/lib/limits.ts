/**
 * How much of anything one page shows.
 *
 * These bounds are what keep every page the same size whether the dossier
 * holds five articles or fifty thousand: beyond them, lists continue on
 * numbered pages (passages, index tables, the timeline) or in the data
 * exports (an entity's full list of mentions), and graphs keep their most
 * connected nodes. The front page of a list that grows at its newest end
 * (an entity's passages, the article index, the timeline) holds between
 * half and one and a half times its list's page size (`paginate.ts`).
 */

/** Distinct roles quoted on a person's page, and quotes under each. */
export const ROLES = 10;
export const QUOTES_PER_ROLE = 3;
/**
 * Articles per page of an entity's mentions, each with every sentence of it
 * that names the entity. Paging by article rather than by sentence keeps an
 * article's passages together and the number of pages small: an entity
 * named in 2,000 articles gets 80 pages, however often each names it.
 */
export const ARTICLES_PER_PAGE = 25;
/** Articles per page of the article index, newest first. */
export const ARTICLES_PER_INDEX_PAGE = 50;
/** Entities per group (officials, organizations…) in an entity's relations. */
export const RELATED_PER_GROUP = 12;
/** Partner countries listed on a country's page. */
export const PARTNERS = 20;
/** Dated events on an entity's page; a country links to its full timeline. */
export const ENTITY_TIMELINE = 30;
/** Nodes of an entity's neighbourhood graph, itself included. */
export const NEIGHBOURHOOD_NODES = 25;
/**
 * Editions listed on the page of a recurring event or of one of its
 * editions (`editions.ts`), the newest: forty years of a yearly exercise.
 */
export const EDITIONS = 40;
/** Nodes of the home page's graph. */
export const HOME_GRAPH_NODES = 30;
/** Nodes of the graph page. */
export const GRAPH_PAGE_NODES = 60;
/** Rows per page of an entity index table. */
export const INDEX_ROWS = 200;
/** Events per page of the timeline. */
export const TIMELINE_PER_PAGE = 100;
/** Related articles under an article. */
export const RELATED_ARTICLES = 5;
/** Articles in the Atom feed. */
export const FEED_ENTRIES = 50;
/**
 * Officials offered by the search page's official filter (reviewed first,
 * then the most named): the filter's value list, which the search page
 * downloads for its counts, and its checkboxes stay this size however many
 * people the dossier names (`src/search/facets.ts`).
 */
export const OFFICIAL_FILTERS = 100;
