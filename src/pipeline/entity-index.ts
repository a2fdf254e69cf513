/**
 * The entity index: every entity the dossier has a page for.
 *
 * An entity gets a page when at least one article mentions it. Curated
 * entries that no article mentions yet are left out (they would be empty
 * pages), and so are the ~250 ISO countries nobody wrote about. The index is
 * what the site renders entity pages from and what `dist/data/entities.json`
 * exports, so it carries, per entity, the slugs of the articles that mention
 * it, newest first.
 */
import type { AnnotatedArticle, Entity } from './types.ts';

/**
 * `localeCompare` without its cost: by the ECMA-402 definition,
 * `a.localeCompare(b)` compares as `new Intl.Collator().compare(a, b)`
 * does, but builds that collator on every call, which the sorts below make
 * tens of thousands of times.
 */
const compareText = new Intl.Collator().compare;

/** An entity together with where the dossier mentions it. */
export interface IndexedEntity extends Entity {
  /** Slugs of the articles that mention it, newest first (undated last). */
  articles: string[];
  /** Total number of mentions across the dossier. */
  mentions: number;
  /**
   * Ids whose pages now lead to this one: the spellings of an official the
   * dossier joined into this entity (`identities.ts`), sorted; absent when
   * there is none.
   */
  formerIds?: string[];
}

/**
 * Builds the index from every entity an annotation may point to and the
 * annotated articles.
 *
 * @param known entities mentions can point to (registry, countries, capitals, discovered)
 * @param articles annotated articles
 * @param formerIds ids joined into each entity, by the entity's id (`formerIdsOf`)
 * @returns mentioned entities, sorted by type then by mention count (descending) then id
 * @throws Error when a mention points to an entity `known` does not contain: a pipeline bug
 */
export function buildEntityIndex(known: readonly Entity[], articles: readonly AnnotatedArticle[], formerIds: ReadonlyMap<string, string[]> = new Map()): IndexedEntity[] {
  const byId = new Map(known.map((entity) => [entity.id, entity]));
  const order = articles.toSorted(byDateDescending);
  const found = new Map<string, IndexedEntity>();
  for (const article of order) {
    for (const mention of article.mentions) {
      let entry = found.get(mention.entityId);
      if (!entry) {
        const entity = byId.get(mention.entityId);
        if (!entity) throw new Error(`${article.sourceFile}: mention of unknown entity "${mention.entityId}"`);
        entry = { ...entity, articles: [], mentions: 0 };
        found.set(entity.id, entry);
      }
      entry.mentions++;
      if (entry.articles.at(-1) !== article.meta.slug) entry.articles.push(article.meta.slug);
    }
  }
  // A former id never shadows a page of its own.
  for (const entry of found.values()) {
    const former = formerIds.get(entry.id)?.filter((id) => !found.has(id));
    if (former?.length) entry.formerIds = former;
  }
  const typeOrder = ['country', 'person', 'organization', 'place', 'event'];
  return [...found.values()].sort(
    (a, b) => typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) || b.mentions - a.mentions || compareText(a.id, b.id),
  );
}

/**
 * Newest publication date first; undated articles last. Articles of the
 * same date, and undated ones, go by slug, later first: slugs come from file
 * names, which editors mostly number or date as seeds arrive, so a new seed
 * lands at the top of its group and the lists' older pages stay as they are
 * (`src/lib/paginate.ts`). The site's own order (`src/data/dossier.ts`) is
 * the same.
 */
export function byDateDescending(a: AnnotatedArticle, b: AnnotatedArticle): number {
  const da = a.meta.date ?? '';
  const db = b.meta.date ?? '';
  if (da !== db) return compareText(db, da);
  return compareText(b.meta.slug, a.meta.slug);
}
