/**
 * One official, one page: the people that articles discovered apart, joined
 * across the dossier.
 *
 * Discovery decides who a name is article by article (`resolvePeople`), and
 * each outlet writes an official its own way: `شهباز شريف` in one article,
 * `محمد شهباز شريف` in the next, `سيد عاصم منير` in an ISPR statement,
 * `محمد بن سلمان بن عبد العزيز آل سعود` in a Saudi agency's report. Each
 * spelling minted an id of its own, and so a page of its own that gathered
 * only part of the official's articles. Once every article is annotated
 * (freshly or from the cache), people whose names share a core
 * (`nameCore`: without official styles in front, without ancestors after a
 * father) become one entity:
 *
 * - the curated person with that core, when there is exactly one: the
 *   discovered spellings point to the registry's page;
 * - otherwise the discovered person whose name is the shortest, in name
 *   units (the bare name press and readers use), written with `عبد` apart
 *   (`عبد المجيد صقر`, not `عبدالمجيد صقر`), then in letters (`حسن` before
 *   `الحسن`, which the join's keys do not tell apart), then the first id:
 *   the same dossier always gives the same ids, whatever order the
 *   articles come in.
 *
 * Countries guard the join: two people with the same core but different
 * countries stay apart, and a person of no known country joins only when
 * the others agree on one. One-word names never join anyone.
 *
 * This is the dossier's reading, not an article's: the annotation cache
 * keeps each article as annotated alone, and the join runs on every build,
 * so an article whose spelling a later article's bare name makes a
 * variant points to the shared page from then on.
 */
import { nameCore, unitsOfName, writesAbdGlued } from '../entities/discover.ts';
import { mergeEntities } from './annotate.ts';
import type { AnnotatedArticle, Entity } from './types.ts';

/** Who a discovered person's id now stands for, by that id; people who keep their own id are absent. */
export type PersonIdentities = ReadonlyMap<string, Entity>;

/**
 * Joins the dossier's discovered people that are one person.
 *
 * @param registry the curated entities (people among them are the first choice)
 * @param discovered the discovered entities of every article (any type; same ids may repeat)
 * @returns the entity each joined id now stands for
 */
export function unifyPeople(registry: readonly Entity[], discovered: readonly Entity[]): PersonIdentities {
  const curatedByCore = new Map<string, Entity[]>();
  for (const entity of registry) {
    if (entity.type !== 'person') continue;
    for (const name of new Set([entity.name, ...entity.aliases])) {
      const core = nameCore(name);
      if (core === undefined) continue;
      const list = curatedByCore.get(core) ?? [];
      if (!list.includes(entity)) list.push(entity);
      curatedByCore.set(core, list);
    }
  }

  const byCore = new Map<string, Entity[]>();
  const seen = new Set<string>();
  for (const entity of discovered) {
    if (entity.type !== 'person' || seen.has(entity.id)) continue;
    seen.add(entity.id);
    const core = nameCore(entity.name);
    if (core === undefined) continue;
    byCore.set(core, [...(byCore.get(core) ?? []), entity]);
  }

  const identities = new Map<string, Entity>();
  for (const [core, people] of byCore) {
    const curated = curatedByCore.get(core);
    const candidates = curated?.length === 1 ? [...(curated as Entity[]), ...people] : people;
    for (const group of byCountry(candidates)) {
      const canonical = group.find((entity) => entity.reviewed) ?? group.toSorted(byShortestName)[0];
      if (!canonical || group.length < 2) continue;
      for (const entity of group) if (entity.id !== canonical.id) identities.set(entity.id, canonical);
    }
  }
  return identities;
}

/**
 * The people of one core as groups that may be one person: one group per
 * country when they name several (people of no known country then stay
 * alone), else one group of all.
 */
function byCountry(people: readonly Entity[]): Entity[][] {
  const countries = new Set(people.flatMap((entity) => (entity.country ? [entity.country] : [])));
  if (countries.size <= 1) return [[...people]];
  return [...countries].map((country) => people.filter((entity) => entity.country === country));
}

/** The order in which a group's spellings are preferred for its page (see the module's comment). */
function byShortestName(a: Entity, b: Entity): number {
  return (
    unitsOfName(a.name).length - unitsOfName(b.name).length ||
    Number(writesAbdGlued(a.name)) - Number(writesAbdGlued(b.name)) ||
    a.name.length - b.name.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The ids each entity took over, by the entity's id, sorted: the pages
 * that the join made into addresses of another (`/officials/sid-asim-mounir/`
 * of `/officials/asim-mounir/`), which the site keeps as pages that send
 * the reader on.
 */
export function formerIdsOf(identities: PersonIdentities): Map<string, string[]> {
  const former = new Map<string, string[]>();
  for (const [id, identity] of identities) former.set(identity.id, [...(former.get(identity.id) ?? []), id]);
  for (const ids of former.values()) ids.sort();
  return former;
}

/**
 * The article with its mentions and discovered people under their dossier
 * identities. A discovered person who is now a curated one is no longer
 * among the article's discoveries; any other keeps what the article learnt
 * of them (titles, country) under the shared id and name, with the
 * article's spelling as an alias.
 *
 * @returns the article (the same object when nothing in it changed) and
 *   what changed as text (`old>new` pairs, sorted; empty when nothing did),
 *   which the emitter's cache compares to know whether its MDX is current
 */
export function reidentify(article: AnnotatedArticle, identities: PersonIdentities): { article: AnnotatedArticle; renamed: string } {
  if (identities.size === 0 || !article.discovered.some((entity) => identities.has(entity.id))) return { article, renamed: '' };
  const renamed = new Set<string>();
  const mentions = article.mentions.map((mention) => {
    const identity = identities.get(mention.entityId);
    if (!identity) return mention;
    renamed.add(`${mention.entityId}>${identity.id}`);
    return { ...mention, entityId: identity.id };
  });
  const discovered: Entity[] = [];
  for (const entity of article.discovered) {
    const identity = identities.get(entity.id);
    if (!identity) discovered.push(entity);
    else if (!identity.reviewed) {
      const aliases = [entity.name, ...entity.aliases].filter((alias) => alias !== identity.name);
      discovered.push({ ...entity, id: identity.id, name: identity.name, nameEn: identity.nameEn, aliases });
    }
  }
  return { article: { ...article, mentions, discovered: mergeEntities(discovered) }, renamed: [...renamed].sort().join(',') };
}
