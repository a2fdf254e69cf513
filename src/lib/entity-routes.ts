/**
 * Routes shared by the five entity sections (officials, countries,
 * organizations, places, events): which pages each section has beyond the
 * entity page itself, and where they live.
 *
 * - `/<section>/<slug>/mentions/<n>/`: passages 21… of an entity (page 1 is
 *   the entity page);
 * - `/<section>/<slug>/mentions.json|csv`: all its mentions, for scripts;
 * - `/<section>/page/<n>/`: later pages of a section's index table.
 */
import type { Dossier, EntityRecord } from '../data/dossier.ts';
import type { EntityType } from '../pipeline/types.ts';
import { ENTITY_SECTION, entityPath, entitySlug } from './urls.ts';
import { INDEX_ROWS, PASSAGES_PER_PAGE } from './limits.ts';
import { laterPages } from './paginate.ts';
import { passagesOf } from './passages.ts';
import { ENTITY_TYPES } from '../pipeline/types.ts';

/** The entity type of a section folder (`officials` → `person`). */
export function sectionType(section: string): EntityType | undefined {
  return ENTITY_TYPES.find((type) => ENTITY_SECTION[type] === section);
}

/** Site path of page `page` of an entity's passages; page 1 is the entity page. */
export function mentionsPagePath(type: EntityType, id: string, page: number): string {
  return page <= 1 ? entityPath(type, id) : `${entityPath(type, id)}mentions/${page}/`;
}

/** Site path of an entity's mention export (`json` or `csv`). */
export function mentionsExportPath(type: EntityType, id: string, format: 'json' | 'csv'): string {
  return `${entityPath(type, id)}mentions.${format}`;
}

/** The passages of an entity, newest article first. */
export function entityPassages(dossier: Dossier, entity: EntityRecord) {
  return passagesOf(dossier.mentionsOf(entity.id));
}

/** Static paths of every entity of every section: `{ section, id }` with the entity as prop. */
export function allEntityPaths(dossier: Dossier) {
  return dossier.entities.map((entity) => ({
    params: { section: ENTITY_SECTION[entity.type], id: entitySlug(entity.type, entity.id) },
    props: { entity },
  }));
}

/** Static paths of the later passage pages of every entity. */
export function mentionPagePaths(dossier: Dossier) {
  return dossier.entities.flatMap((entity) => {
    const total = entityPassages(dossier, entity).length;
    return laterPages(total, PASSAGES_PER_PAGE).map((page) => ({
      params: { section: ENTITY_SECTION[entity.type], id: entitySlug(entity.type, entity.id), page: String(page) },
      props: { entity, page },
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
