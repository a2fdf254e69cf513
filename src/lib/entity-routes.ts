/**
 * Routes shared by the five entity sections (officials, countries,
 * organizations, places, events): which pages each section has beyond the
 * entity page itself, and where they live.
 *
 * - `/<section>/<former id>/`: the address of an official's spelling the
 *   dossier joined into another's page, which sends the reader there
 *   (`MovedPage.astro`);
 * - `/<section>/<slug>/mentions/<n>/`: the entity's older articles with their
 *   passages, as archive pages numbered from the oldest (`paginate.ts`); the
 *   entity page is the front, with the newest;
 * - `/<section>/page/<n>/`: later pages of a section's index table.
 */
import type { Dossier, EntityRecord } from '../data/dossier.ts';
import type { EntityType } from '../pipeline/types.ts';
import { ENTITY_SECTION, entityPath, entitySlug } from './urls.ts';
import { ARTICLES_PER_PAGE, INDEX_ROWS } from './limits.ts';
import { archivePages, laterPages } from './paginate.ts';
import { entityPassages } from './relations.ts';
import { ENTITY_TYPES } from '../pipeline/types.ts';
import { entityPageKey, mentionsPageKey, movedPageKey } from './page-keys.ts';

/** The entity type of a section folder (`officials` → `person`). */
export function sectionType(section: string): EntityType | undefined {
  return ENTITY_TYPES.find((type) => ENTITY_SECTION[type] === section);
}

/**
 * Site path of archive page `page` of an entity's passages; the front,
 * page `last`, is the entity page.
 */
export function mentionsPagePath(type: EntityType, id: string, page: number, last: number): string {
  return page >= last ? entityPath(type, id) : `${entityPath(type, id)}mentions/${page}/`;
}

/** Static paths of every entity of every section: `{ section, id }` with the entity as prop, and the page's cache key. */
export function allEntityPaths(dossier: Dossier) {
  return dossier.entities.map((entity) => ({
    params: { section: ENTITY_SECTION[entity.type], id: entitySlug(entity.type, entity.id) },
    props: { entity },
    cacheKey: entityPageKey(dossier, entity),
  }));
}

/** Static paths of the former addresses of every entity (`formerIds`), with the entity they lead to as prop. */
export function movedEntityPaths(dossier: Dossier) {
  return dossier.entities.flatMap((entity) =>
    (entity.formerIds ?? []).map((id) => ({
      params: { section: ENTITY_SECTION[entity.type], id: entitySlug(entity.type, id) },
      props: { entity, moved: true },
      cacheKey: movedPageKey(entity),
    })),
  );
}

/** Static paths of the older mention pages of every entity. */
export function mentionPagePaths(dossier: Dossier) {
  return dossier.entities.flatMap((entity) => {
    const total = entityPassages(dossier, entity).length;
    return archivePages(total, ARTICLES_PER_PAGE).map((page) => ({
      params: { section: ENTITY_SECTION[entity.type], id: entitySlug(entity.type, entity.id), page: String(page) },
      props: { entity, page },
      cacheKey: mentionsPageKey(dossier, entity, page),
    }));
  });
}

/** Static paths of the later pages of every section's index. */
export function indexPagePaths(dossier: Dossier) {
  return ENTITY_TYPES.flatMap((type) =>
    laterPages(dossier.byType.get(type)?.length ?? 0, INDEX_ROWS).map((page) => ({
      params: { section: ENTITY_SECTION[type], page: String(page) },
      props: { type, page },
    })),
  );
}
