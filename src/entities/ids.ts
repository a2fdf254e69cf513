/**
 * Entity ids already in use, as discovery needs them when it mints new ones.
 *
 * Every discovered person, organization and event gets an id that no known
 * entity and no other discovery of the article has. The known ids (ISO
 * countries, places, the registry: hundreds) are the same for every
 * article, so they are shared and read, never copied: an article only adds
 * the few ids it mints, in a layer of its own.
 */

/** What minting an id needs to know about the ids in use. */
export interface TakenIds {
  has(id: string): boolean;
}

/** Ids in use during one article: a shared base, plus the ids the article adds. */
export interface UsedIds extends TakenIds {
  add(id: string): void;
}

/**
 * A set of ids layered over `base`: `has` sees both, `add` only writes the layer.
 *
 * @param base the ids taken before the article (not modified)
 */
export function layeredIds(base: TakenIds): UsedIds {
  const added = new Set<string>();
  return {
    has: (id) => added.has(id) || base.has(id),
    add: (id) => {
      added.add(id);
    },
  };
}
