/**
 * Who and what an entity is connected to, as entity pages show it.
 *
 * Built on the data layer (`getDossier()`): co-mentions (`neighbours`), the
 * entities that belong to a country (`country` field), the bounded graph
 * drawings, the dossier's timeline and the series of recurring events.
 * Whole-dossier results are memoised per dossier object, so a build
 * computes them once however many pages ask.
 * Every list handed to a page is bounded: a page never grows with the
 * dossier, only with the limits set here.
 */
import type { Dossier, EntityRecord, ArticleEntry } from '../data/dossier.ts';
import type { EntityType } from '../pipeline/types.ts';
import { buildGraph, layoutGraph, radialLayout, type GraphEntity, type Layout } from './graph.ts';
import { relatedArticles, timelineOf, type Related, type TimelineEntry } from './profile.ts';
import { RELATED_ARTICLES } from './limits.ts';
import { byArticle, passagesOf, type ArticlePassages } from './passages.ts';
import { eventSeries, type EventSeries } from './editions.ts';

/** An entity next to another: how many articles they share, and whether it belongs to the page's country. */
export interface RelatedEntity {
  entity: EntityRecord;
  /** Articles that name both; 0 for a member of the country never named with it. */
  shared: number;
  /** True when the entity's `country` is the country whose page this is. */
  member: boolean;
}

/** Related entities of one type, bounded, with how many there are in all. */
export interface RelatedGroup {
  type: EntityType;
  items: RelatedEntity[];
  total: number;
}

const memo = new WeakMap<Dossier, Map<string, unknown>>();

/** Computes `make()` once per dossier and key. */
function once<T>(dossier: Dossier, key: string, make: () => T): T {
  let cache = memo.get(dossier);
  if (!cache) {
    cache = new Map();
    memo.set(dossier, cache);
  }
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** Entities whose `country` is `iso`, by type, most mentioned first. */
export function membersOf(dossier: Dossier, iso: string): EntityRecord[] {
  const byCountry = once(dossier, 'members', () =>
    Map.groupBy(
      dossier.entities.filter((entity) => entity.country !== null && entity.type !== 'country'),
      (entity) => entity.country as string,
    ),
  );
  return byCountry.get(iso) ?? [];
}

/**
 * The entities related to `entity`, grouped by type.
 *
 * For a country, an entity is related when it belongs to the country or is
 * named with it; members come first, then by shared articles. For any other
 * entity, related means named in the same articles, most shared first. Ties
 * go by id, never by the other entity's own totals, so that the page depends
 * only on this entity's articles.
 *
 * @param types which groups, in display order
 * @param limit the most entities listed per group
 */
export function relatedGroups(dossier: Dossier, entity: EntityRecord, types: readonly EntityType[], limit = 12): RelatedGroup[] {
  const neighbours = dossier.neighbours(entity.id);
  const members = entity.type === 'country' ? membersOf(dossier, entity.id) : [];
  return types
    .map((type) => {
      const byId = new Map<string, RelatedEntity>();
      for (const member of members) {
        if (member.type === type) byId.set(member.id, { entity: member, shared: 0, member: true });
      }
      for (const { entity: other, shared } of neighbours) {
        if (other.type !== type) continue;
        const known = byId.get(other.id);
        if (known) known.shared = shared;
        else byId.set(other.id, { entity: other, shared, member: false });
      }
      const items = [...byId.values()].sort(
        (a, b) =>
          Number(b.member) - Number(a.member) ||
          b.shared - a.shared ||
          a.entity.id.localeCompare(b.entity.id),
      );
      return { type, items: items.slice(0, limit), total: items.length };
    })
    .filter((group) => group.total > 0);
}

/**
 * The countries named with a country (bilateral relations), most frequent first.
 *
 * @returns at most `limit` partners with their number of shared articles, and the total
 */
export function partnersOf(dossier: Dossier, id: string, limit = 20): { items: { entity: EntityRecord; shared: number }[]; total: number } {
  const partners = dossier.neighbours(id).filter(({ entity }) => entity.type === 'country');
  return { items: partners.slice(0, limit), total: partners.length };
}

/** The graph's view of every entity. */
function graphEntities(dossier: Dossier): Map<string, GraphEntity> {
  return once(
    dossier,
    'graph-entities',
    () => new Map(dossier.entities.map((e) => [e.id, { id: e.id, type: e.type, name: e.name, articles: e.articles.length }])),
  );
}

/** The laid-out graph of the most mentioned officials and countries. */
export function dossierGraph(dossier: Dossier, maxNodes: number): Layout {
  return once(dossier, `graph-${maxNodes}`, () =>
    layoutGraph(buildGraph(dossier.articles, graphEntities(dossier), { maxNodes, maxEdges: maxNodes * 3 })),
  );
}

/** The laid-out neighbourhood of one entity: it and the officials and countries named with it most. */
export function neighbourhoodGraph(dossier: Dossier, entity: EntityRecord, maxNodes = 25): Layout {
  const entities = graphEntities(dossier);
  const centre = entities.get(entity.id);
  const articles = entity.articles.flatMap((slug) => dossier.articleBySlug.get(slug) ?? []);
  if (!centre) return radialLayout({ nodes: [], edges: [] });
  return radialLayout(buildGraph(articles, entities, { maxNodes, maxEdges: maxNodes * 3, centre }));
}

/** Every dated event of the dossier, newest first (memoised). */
export function dossierTimeline(dossier: Dossier): TimelineEntry<ArticleEntry>[] {
  return once(dossier, 'timeline', () => timelineOf(dossier.articles));
}

/** The dated events of one country's articles, newest first (memoised). */
export function countryTimeline(dossier: Dossier, iso: string): TimelineEntry<ArticleEntry>[] {
  const byCountry = once(dossier, 'timeline-by-country', () => {
    const map = new Map<string, TimelineEntry<ArticleEntry>[]>();
    for (const entry of dossierTimeline(dossier)) {
      for (const country of entry.countries) {
        const list = map.get(country) ?? [];
        list.push(entry);
        map.set(country, list);
      }
    }
    return map;
  });
  return byCountry.get(iso) ?? [];
}

/** The dated events of any entity's articles, newest first. */
export function entityTimeline(dossier: Dossier, entity: EntityRecord): TimelineEntry<ArticleEntry>[] {
  if (entity.type === 'country') return countryTimeline(dossier, entity.id);
  return timelineOf(entity.articles.flatMap((slug) => dossier.articleBySlug.get(slug) ?? []));
}

/**
 * The articles related to an article (`relatedArticles`), memoised: the
 * page's cache key (`page-keys.ts`) and the page itself ask for the same list.
 */
export function relatedOf(dossier: Dossier, article: ArticleEntry): Related<ArticleEntry>[] {
  const byArticle = once(dossier, 'related', () => new Map<string, Related<ArticleEntry>[]>());
  let related = byArticle.get(article.id);
  if (!related) {
    related = relatedArticles(article, (id) => dossier.entityById.get(id)?.articles ?? [], dossier.articleBySlug, RELATED_ARTICLES);
    byArticle.set(article.id, related);
  }
  return related;
}

/**
 * The passages of an entity grouped by article, newest article first
 * (memoised: the entity page, each of its later pages, their cache keys and
 * `getStaticPaths` all ask for the same list).
 */
export function entityPassages(dossier: Dossier, entity: EntityRecord): ArticlePassages<ArticleEntry>[] {
  const byEntity = once(dossier, 'passages', () => new Map<string, ArticlePassages<ArticleEntry>[]>());
  let groups = byEntity.get(entity.id);
  if (!groups) {
    groups = byArticle(passagesOf(dossier.mentionsOf(entity.id)));
    byEntity.set(entity.id, groups);
  }
  return groups;
}

/**
 * The countries with a timeline of their own (at least one dated event), as
 * every timeline page lists them. Names only, no counts: a count on every
 * page would change every page whenever any article adds a date.
 */
export function timelineCountries(dossier: Dossier): EntityRecord[] {
  return (dossier.byType.get('country') ?? []).filter((country) => countryTimeline(dossier, country.id).length > 0);
}

/**
 * The series an event belongs to, with its other editions (`editions.ts`),
 * or undefined for an event that is no edition and has none.
 */
export function seriesOf(dossier: Dossier, entity: EntityRecord): EventSeries<EntityRecord> | undefined {
  if (entity.type !== 'event') return undefined;
  const series = once(dossier, 'series', () =>
    eventSeries(dossier.byType.get('event') ?? [], (event) => [event.name, event.nameEn ?? '', ...event.aliases].filter(Boolean)),
  );
  return series.get(entity.id);
}
