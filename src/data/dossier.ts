/**
 * The dossier as the site sees it: articles, entities, and what connects them.
 *
 * Built once per build from the `articles` and `entities` collections and
 * each article's annotations file (`article-files.ts`), and shared by every
 * page (the promise is memoised), so a page never scans the corpus itself.
 * Everything here is derived from front matter and annotations; no article
 * body is rendered to compute it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { root } from 'astro:config/server';
import { readArticleAnnotations } from './article-files.ts';
import type { ArticleData, ArticleMention } from '../schemas/article.ts';
import type { IndexedEntityData } from '../schemas/entity.ts';
import type { EntityType } from '../pipeline/types.ts';

/** An article: its MDX entry joined with its annotations. */
export interface ArticleEntry {
  /** The article's slug. */
  id: string;
  /** Front matter and annotations, sentences resolved. */
  data: ArticleData;
  /** Digest of the article's MDX and annotations files (`src/render/article-loader.ts`), for cache keys. */
  digest: string;
  /** The collection entry: its `filePath` is the MDX the page renders. */
  entry: CollectionEntry<'articles'>;
}
export type EntityRecord = IndexedEntityData;

/** A mention of an entity with the article it occurs in. */
export interface MentionInArticle extends ArticleMention {
  article: ArticleEntry;
}

export interface Dossier {
  /** Articles newest first; undated articles last; ties by slug, later first. */
  articles: ArticleEntry[];
  articleBySlug: Map<string, ArticleEntry>;
  entities: EntityRecord[];
  entityById: Map<string, EntityRecord>;
  byType: Map<EntityType, EntityRecord[]>;
  /** All mentions of an entity, in article order (newest first). */
  mentionsOf(id: string): MentionInArticle[];
  /** Entities co-mentioned with `id` (same article), with the number of shared articles, most first, then by id. */
  neighbours(id: string): { entity: EntityRecord; shared: number }[];
}

let dossier: Promise<Dossier> | undefined;

/** The dossier of this build; computed on first use. */
export function getDossier(): Promise<Dossier> {
  dossier ??= load();
  return dossier;
}

/**
 * Newest first, undated last; the same date (or none) by slug, later first,
 * as the pipeline orders an entity's articles (`byDateDescending` in
 * `src/pipeline/entity-index.ts`, which says why).
 */
function byDate(a: ArticleEntry, b: ArticleEntry): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  return da === db ? b.id.localeCompare(a.id) : db.localeCompare(da);
}

/** An article joined with its annotations, read from the article's annotations file. */
function joinAnnotations(entry: CollectionEntry<'articles'>): ArticleEntry {
  // The digest stands for the article in every page's cache key (`page-keys.ts`): without it a page could go stale.
  if (!entry.digest) throw new Error(`${entry.filePath ?? entry.id}: the content store holds no digest for this article; run \`npm run build\` again`);
  const data = { ...entry.data, ...readArticleAnnotations(root, entry.id) };
  return { id: entry.id, data, digest: String(entry.digest), entry };
}

async function load(): Promise<Dossier> {
  const [articleEntries, entityEntries] = await Promise.all([getCollection('articles'), getCollection('entities')]);
  const articles = articleEntries.map(joinAnnotations).toSorted(byDate);
  const articleBySlug = new Map(articles.map((article) => [article.id, article]));
  const entities = entityEntries.map((entry) => entry.data);
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const byType = Map.groupBy(entities, (entity) => entity.type);

  const mentionIndex = new Map<string, MentionInArticle[]>();
  for (const article of articles) {
    for (const mention of article.data.mentions) {
      const list = mentionIndex.get(mention.entity) ?? [];
      list.push({ ...mention, article });
      mentionIndex.set(mention.entity, list);
    }
  }

  // Co-mentions are counted by entity position, not in a Map keyed by id:
  // every entity page asks for its neighbours, and a country named in
  // thousands of articles has thousands (0.9 s of Astro's thread at 10,000
  // articles, keyed by strings).
  const entityPosition = new Map(entities.map((entity, index) => [entity.id, index]));
  const namedIn = new Map<ArticleEntry, Int32Array>();
  const positionsIn = (article: ArticleEntry): Int32Array => {
    let positions = namedIn.get(article);
    if (!positions) {
      positions = Int32Array.from(article.data.entities, (other) => entityPosition.get(other.id) ?? -1);
      namedIn.set(article, positions);
    }
    return positions;
  };
  const sharedWith = new Int32Array(entities.length);
  const neighbourCache = new Map<string, { entity: EntityRecord; shared: number }[]>();
  function neighbours(id: string): { entity: EntityRecord; shared: number }[] {
    const cached = neighbourCache.get(id);
    if (cached) return cached;
    const self = entityPosition.get(id) ?? -1;
    const touched: number[] = [];
    for (const slug of entityById.get(id)?.articles ?? []) {
      const article = articleBySlug.get(slug);
      if (!article) continue;
      for (const other of positionsIn(article)) {
        // An id with no entity record is never a neighbour.
        if (other === -1 || other === self) continue;
        sharedWith[other] = sharedWith[other]! + 1;
        if (sharedWith[other] === 1) touched.push(other);
      }
    }
    const result = touched
      .map((other) => {
        const shared = sharedWith[other]!;
        sharedWith[other] = 0;
        return { entity: entities[other]!, shared };
      })
      // Ties by id, not by the neighbours' own totals: a page then changes only
      // when its own entity's articles do (see `src/lib/page-keys.ts`).
      .sort((a, b) => b.shared - a.shared || a.entity.id.localeCompare(b.entity.id));
    neighbourCache.set(id, result);
    return result;
  }

  return {
    articles,
    articleBySlug,
    entities,
    entityById,
    byType,
    mentionsOf: (id) => mentionIndex.get(id) ?? [],
    neighbours,
  };
}
