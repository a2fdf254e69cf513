/**
 * Cache keys of the dossier's pages, for Astro's incremental build
 * (`experimental.incrementalBuild`): a page whose key and code are the same
 * as in the last build is not rendered again: it stays in `dist/`, or is
 * copied from Astro's cache when `dist/` is new (a fresh CI runner).
 *
 * A key must change whenever anything the page shows changes, and only
 * then; it is a hash of the page's inputs, listed here next to the page
 * that reads them:
 *
 * - an article page: the article (front matter and body), the linked
 *   entities' names and review state (links, tooltips, search keys, panel),
 *   which of its officials the search filter offers (`facets.ts`), and its
 *   related articles with what they share;
 * - an entity page: the entity's record, whether the search filter offers
 *   it (an official), every article that names it
 *   (passages, roles, dates, timeline, graph and relations all come from
 *   those articles), the co-mentioned entities as the page shows them (name,
 *   type, country, review state, shared articles), its country's name and,
 *   for a country, the entities that belong to it, for a recurring event,
 *   its series and editions (`editions.ts`);
 * - a former address of an official (`MovedPage.astro`): the type, id and
 *   name of the page it leads to;
 * - an older page of an entity's mentions or of the article index: the
 *   entity's name and type (mentions), the page number, the articles on the
 *   page, and whether its newer neighbour is the list's front. These pages
 *   are archive pages (`paginate.ts`), counted from the oldest end, so a new
 *   article leaves them as they are;
 * - a timeline page: its country, the page number, the events on the page
 *   with their articles, the list of countries that have a timeline and,
 *   on the front, the number of events (on an older page, whether its newer
 *   neighbour is the front).
 *
 * What a page shows of *other* entities is kept local on purpose: related
 * lists and graphs rank and size by articles shared with this entity, never
 * by the other entity's own totals (`relations.ts`, `graph.ts`), so adding
 * an article re-renders the pages of the entities it names, not every page
 * that lists one of them.
 *
 * Keys cover data only. Astro adds the page's code (its module graph) and
 * the site configuration (base path, site URL) to the comparison itself.
 */
import { createHash } from 'node:crypto';
import type { ArticleEntry, Dossier, EntityRecord } from '../data/dossier.ts';
import { ARTICLES_PER_INDEX_PAGE, ARTICLES_PER_PAGE, TIMELINE_PER_PAGE } from './limits.ts';
import { archivePageCount, archivePageItems } from './paginate.ts';
import { officialFilterNames } from '../search/facets.ts';
import { countryTimeline, dossierTimeline, entityPassages, membersOf, relatedOf, seriesOf, timelineCountries } from './relations.ts';

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/**
 * Everything an article holds, for keys: its slug and the digest the content
 * loader took of its two files (`src/render/article-loader.ts`), which cover
 * its front matter, text and annotations. Its data is derived from those
 * files, so hashing the data again would only repeat the work.
 */
export function articleDigest(article: ArticleEntry): string {
  return `${article.id}:${article.digest}`;
}

/** What a page shows of an entity it links to or lists. */
function entityFace(entity: EntityRecord | undefined): unknown {
  return entity ? [entity.id, entity.type, entity.name, entity.nameEn, entity.reviewed, entity.country] : null;
}

/** The cache key of an article's page. */
export function articlePageKey(dossier: Dossier, article: ArticleEntry): string {
  return hash([
    articleDigest(article),
    article.data.entities.map((entity) => entityFace(dossier.entityById.get(entity.id))),
    article.data.entities.filter((entity) => entity.type === 'person').map((entity) => officialFilterNames(dossier).has(dossier.entityById.get(entity.id)?.name ?? entity.name)),
    relatedOf(dossier, article).map(({ article: other, shared }) => [articleDigest(other), shared]),
  ]);
}

/** The cache key of a former address of an entity, which leads to its page. */
export function movedPageKey(entity: EntityRecord): string {
  return hash(['moved', entity.type, entity.id, entity.name]);
}

/** The cache key of an entity's own page. */
export function entityPageKey(dossier: Dossier, entity: EntityRecord): string {
  const series = seriesOf(dossier, entity);
  return hash([
    entity,
    entity.type === 'person' && officialFilterNames(dossier).has(entity.name),
    entity.articles.map((slug) => {
      const article = dossier.articleBySlug.get(slug);
      return article ? articleDigest(article) : slug;
    }),
    dossier.neighbours(entity.id).map(({ entity: other, shared }) => [entityFace(other), shared]),
    entityFace(entity.country ? dossier.entityById.get(entity.country) : undefined),
    entity.type === 'country' ? membersOf(dossier, entity.id).map(entityFace) : [],
    series?.events.map(entityFace) ?? [],
    series?.editions.map(({ event, year }) => [entityFace(event), year]) ?? [],
  ]);
}

/**
 * Whether the newer neighbour of archive page `page` is the list's front:
 * the page links to it, and that link changes when a new page splits off
 * the front.
 */
function newerIsFront(page: number, last: number): boolean {
  return page + 1 === last;
}

/** The cache key of an older page of an entity's mentions (archive page `page`, below the entity page). */
export function mentionsPageKey(dossier: Dossier, entity: EntityRecord, page: number): string {
  const groups = entityPassages(dossier, entity);
  return hash([
    entityFace(entity),
    page,
    newerIsFront(page, archivePageCount(groups.length, ARTICLES_PER_PAGE)),
    archivePageItems(groups, page, ARTICLES_PER_PAGE).map(({ article }) => articleDigest(article)),
  ]);
}

/** The cache key of an older page of the article index (archive page `page`). */
export function articleIndexPageKey(dossier: Dossier, page: number): string {
  return hash([
    page,
    newerIsFront(page, archivePageCount(dossier.articles.length, ARTICLES_PER_INDEX_PAGE)),
    archivePageItems(dossier.articles, page, ARTICLES_PER_INDEX_PAGE).map(articleDigest),
  ]);
}

/**
 * The cache key of archive page `page` of the timeline, of one country when
 * given. The front (`page` = the last) also shows the number of events.
 */
export function timelinePageKey(dossier: Dossier, country: EntityRecord | undefined, page: number): string {
  const all = country ? countryTimeline(dossier, country.id) : dossierTimeline(dossier);
  const last = archivePageCount(all.length, TIMELINE_PER_PAGE);
  return hash([
    entityFace(country),
    page,
    page === last ? all.length : newerIsFront(page, last),
    archivePageItems(all, page, TIMELINE_PER_PAGE).map((entry) => [entry.value, entry.text, entry.sentence, entry.countries, articleDigest(entry.article)]),
    timelineCountries(dossier).map(entityFace),
  ]);
}
