/**
 * Where each page of the dossier lives.
 *
 * Every internal link goes through `href()` so that a site served under a
 * base path (`/<repo>/` on a project page) has working links; nothing in the
 * site writes a root-relative URL by hand.
 */
import type { EntityType } from '../pipeline/types.ts';

/** The folder of each entity type's pages; officials are the dossier's word for people. */
export const ENTITY_SECTION: Readonly<Record<EntityType, string>> = {
  person: 'officials',
  country: 'countries',
  organization: 'organizations',
  place: 'places',
  event: 'events',
};

/** Arabic labels of the entity types, singular and plural. */
export const ENTITY_LABEL: Readonly<Record<EntityType, { one: string; many: string }>> = {
  person: { one: 'مسؤول', many: 'المسؤولون' },
  country: { one: 'دولة', many: 'الدول' },
  organization: { one: 'منظمة', many: 'المنظمات' },
  place: { one: 'مكان', many: 'الأماكن' },
  event: { one: 'حدث', many: 'الأحداث' },
};

/** The path segment of an entity page: countries by lower-case ISO code, others by id. */
export function entitySlug(type: EntityType, id: string): string {
  return type === 'country' ? id.toLowerCase() : id;
}

/** Site path (without base) of an entity page, e.g. `/countries/ma/`. */
export function entityPath(type: EntityType, id: string): string {
  return `/${ENTITY_SECTION[type]}/${entitySlug(type, id)}/`;
}

/** Site path (without base) of an article page. */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/**
 * Prefixes a site path with the configured base.
 *
 * @param path a path starting with `/`
 * @param base the base path, `import.meta.env.BASE_URL` by default
 */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/$/u, '')}${path}`;
}
