import { describe, expect, it } from 'vitest';
import type { Dossier, EntityRecord } from '../../../src/data/dossier.ts';
import { entityPageKey, movedPageKey } from '../../../src/lib/page-keys.ts';
import { movedEntityPaths } from '../../../src/lib/entity-routes.ts';

const event = (id: string, name: string, nameEn: string | null = null): EntityRecord => ({
  id,
  type: 'event',
  name,
  nameEn,
  aliases: [],
  country: null,
  titles: [],
  wikidata: null,
  reviewed: false,
  articles: [],
  mentions: 1,
});

/** A dossier of entities alone: no article, no co-mention. */
function dossierOf(entities: EntityRecord[]): Dossier {
  return {
    articles: [],
    articleBySlug: new Map(),
    entities,
    entityById: new Map(entities.map((entity) => [entity.id, entity])),
    byType: Map.groupBy(entities, (entity) => entity.type),
    mentionsOf: () => [],
    neighbours: () => [],
  };
}

describe("an event page's cache key", () => {
  const lion = event('african-lion', 'الأسد الإفريقي', 'African Lion');
  const edition2019 = event('african-lion-2019', 'African Lion-2019');
  const edition2021 = event('african-lion-2021', 'African Lion-2021');
  const keyOf2019 = (...others: EntityRecord[]) => entityPageKey(dossierOf([lion, edition2019, ...others]), edition2019);

  it('changes when a new edition of its series joins the dossier, so the list of editions is never stale', () => {
    expect(keyOf2019(edition2021)).not.toBe(keyOf2019());
  });

  it('stays the same when an unrelated event joins, so the page is not rendered again', () => {
    expect(keyOf2019(event('world-defense-show', 'معرض الدفاع الدولي'))).toBe(keyOf2019());
  });
});

describe("an official's former addresses", () => {
  const official: EntityRecord = { ...event('asim-mounir', 'عاصم منير'), type: 'person', formerIds: ['sid-asim-mounir'] };

  it('are pages in the officials folder, each leading to the official', () => {
    expect(movedEntityPaths(dossierOf([official, event('indus-shield', 'إندس شيلد')]))).toEqual([
      { params: { section: 'officials', id: 'sid-asim-mounir' }, props: { entity: official, moved: true }, cacheKey: movedPageKey(official) },
    ]);
  });

  it('are rendered again only when the page they lead to is renamed or moves', () => {
    expect(movedPageKey({ ...official, articles: ['another-article'], mentions: 9 })).toBe(movedPageKey(official));
    expect(movedPageKey({ ...official, name: 'المشير عاصم منير' })).not.toBe(movedPageKey(official));
  });
});
