/**
 * The dossier's public data: what `dist/data/*.json|csv` contain.
 *
 * Analysts script against these shapes, so they are fixed here, field by
 * field, in snake_case, and documented in DESIGN.md's contracts:
 *
 * - articles.json: `{ slug, url, source_file, title, date|null, source|null,
 *   entities: [{ id, type, name }] }`
 * - entities.json: `{ id, type, name, name_en|null, aliases[], country|null,
 *   reviewed, url, articles: [slug] }`
 * - mentions.json: `{ article, entity, sentence, offset, text, role|null }`
 *   where `offset` is the UTF-16 offset of the mention in `sentence`, `text`
 *   the words as written there and `role` the title the text gives a person
 *   at that mention. One entity's mentions are the rows of its `entity` id
 *   (entity pages link there rather than to a file of their own each).
 *
 * URLs are site paths that include the base path (`/malaff/articles/x/`), so
 * they work whether the site is served from a domain root or a project page.
 * Lists keep the dossier's order: articles newest first, entities as indexed.
 */
import type { IndexedEntityData } from '../schemas/entity.ts';
import type { ArticleLike } from './profile.ts';
import { csvRecords, type CsvValue } from './csv.ts';
import { articlePath, entityPath, href } from './urls.ts';

export interface ArticleExport {
  slug: string;
  url: string;
  source_file: string;
  title: string;
  date: string | null;
  source: string | null;
  entities: { id: string; type: string; name: string }[];
}

export interface EntityExport {
  id: string;
  type: string;
  name: string;
  name_en: string | null;
  aliases: string[];
  country: string | null;
  reviewed: boolean;
  url: string;
  articles: string[];
}

export interface MentionExport {
  article: string;
  entity: string;
  sentence: string;
  offset: number;
  text: string;
  role: string | null;
}

/** Rows of `articles.json`. */
export function articleExports(articles: readonly ArticleLike[], base: string): ArticleExport[] {
  return articles.map(({ id, data }) => ({
    slug: id,
    url: href(articlePath(id), base),
    source_file: data.sourceFile,
    title: data.title,
    date: data.date,
    source: data.source,
    entities: data.entities.map((entity) => ({ id: entity.id, type: entity.type, name: entity.name })),
  }));
}

/** Rows of `entities.json`. */
export function entityExports(entities: readonly IndexedEntityData[], base: string): EntityExport[] {
  return entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    name_en: entity.nameEn,
    aliases: entity.aliases,
    country: entity.country,
    reviewed: entity.reviewed,
    url: href(entityPath(entity.type, entity.id), base),
    articles: entity.articles,
  }));
}

/**
 * Rows of `mentions.json`: every mention, articles newest first, then in
 * text order. Made one at a time as the export is written: at 10,000
 * articles there are hundreds of thousands.
 */
export function* mentionExports(articles: readonly ArticleLike[]): Generator<MentionExport> {
  for (const { id, data } of articles) {
    for (const mention of data.mentions) {
      yield { article: id, entity: mention.entity, sentence: mention.sentence, offset: mention.at, text: mention.text, role: mention.role ?? null };
    }
  }
}

/** Column order of each CSV; the JSON key of each column is its name. */
export const ENTITY_COLUMNS = ['id', 'type', 'name', 'name_en', 'aliases', 'country', 'reviewed', 'url', 'articles'] as const;
export const MENTION_COLUMNS = ['article', 'entity', 'sentence', 'offset', 'text', 'role'] as const;

/**
 * The records of a CSV of export rows (`csvRecords`), made as they are
 * written. List values (aliases, article slugs) are joined with `|`, which
 * neither an Arabic name nor a slug contains.
 */
export function* exportCsv<T extends object>(columns: readonly (keyof T & string)[], rows: Iterable<T>): Generator<string> {
  function* values(): Generator<CsvValue[]> {
    for (const row of rows) {
      yield columns.map((column): CsvValue => {
        const value = row[column] as unknown;
        return Array.isArray(value) ? value.join('|') : (value as CsvValue);
      });
    }
  }
  yield* csvRecords(columns, values());
}
