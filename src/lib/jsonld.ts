/**
 * schema.org JSON-LD for article and entity pages.
 *
 * Search engines and citation tools read a page's `application/ld+json`
 * block: a `NewsArticle` for an article (headline, date, publisher, the
 * entities it mentions) and a `Person` / `Country` / `Organization` / `Place`
 * / `Event` for an entity page (names, country, titles, Wikidata).
 *
 * The data comes from seed text, which is untrusted: a headline containing
 * `</script>` would end the script element early and inject markup. So the
 * JSON is serialised with `JSON.stringify` and every `<`, `>` and `&` is then
 * written as a `\u003c`-style escape, which is the same string to a JSON
 * parser and never markup to an HTML parser.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { IndexedEntityData } from '../schemas/entity.ts';
import type { EntityType } from '../pipeline/types.ts';

/** A JSON-LD node: plain JSON with `@`-keys. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The schema.org type of each entity type. */
export const SCHEMA_TYPE: Readonly<Record<EntityType, string>> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  place: 'Place',
  event: 'Event',
};

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element.
 *
 * @returns JSON in which no `<`, `>` or `&` appears literally
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A Starlight `head` entry that carries the serialised JSON-LD. */
export function jsonLdHead(data: JsonLd): { tag: 'script'; attrs: Record<string, string>; content: string } {
  return { tag: 'script', attrs: { type: 'application/ld+json' }, content: serializeJsonLd(data) };
}

/**
 * A `NewsArticle` node.
 *
 * @param article front matter of the article
 * @param url absolute URL of the article page
 * @param entityUrl absolute URL of an entity page, by type and id
 */
export function articleJsonLd(
  article: ArticleData,
  url: string,
  entityUrl: (type: EntityType, id: string) => string,
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    inLanguage: 'ar',
    url,
    mainEntityOfPage: url,
    ...(article.date ? { datePublished: article.date } : {}),
    ...(article.source ? { publisher: { '@type': 'Organization', name: article.source } } : {}),
    ...(article.url ? { isBasedOn: article.url } : {}),
    ...(article.dateline ? { contentLocation: { '@type': 'Place', name: article.dateline } } : {}),
    mentions: article.entities.map((entity) => ({
      '@type': SCHEMA_TYPE[entity.type],
      name: entity.name,
      url: entityUrl(entity.type, entity.id),
    })),
  };
}

/**
 * The node of an entity page.
 *
 * @param entity the indexed entity
 * @param url absolute URL of its page
 * @param country the entity's country (name and absolute URL), when known
 */
export function entityJsonLd(entity: IndexedEntityData, url: string, country?: { name: string; url: string }): JsonLd {
  const alternateName = [entity.nameEn, ...entity.aliases].filter((name): name is string => Boolean(name) && name !== entity.name);
  const countryNode = country ? { '@type': 'Country', name: country.name, url: country.url } : null;
  const node: JsonLd = {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPE[entity.type],
    name: entity.name,
    url,
    ...(alternateName.length > 0 ? { alternateName: [...new Set(alternateName)] } : {}),
    ...(entity.description ? { description: entity.description } : {}),
    ...(entity.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${entity.wikidata}` } : {}),
  };
  if (entity.type === 'country') node.identifier = entity.id;
  if (entity.type === 'person') {
    if (entity.titles.length > 0) node.jobTitle = entity.titles.map((title) => title.title);
    if (countryNode) node.nationality = countryNode;
  } else if (entity.type === 'place') {
    if (countryNode) node.containedInPlace = countryNode;
  } else if (entity.type === 'organization') {
    if (countryNode) node.location = countryNode;
  } else if (entity.type === 'event') {
    if (countryNode) node.location = countryNode;
  }
  return node;
}
