/**
 * Stage 4: every person, country, organization, place and event an article
 * mentions, as links into its paragraphs.
 *
 * The annotator is built once from all known entities (ISO countries,
 * cities, the curated registry); its gazetteer is reused for every article.
 * Per article it:
 *
 * 1. matches the gazetteer in each paragraph (longest match, clitics
 *    stripped, nisbas as country mentions);
 * 2. settles homographs by context: `عمان` is Amman in an article about
 *    Jordan, Oman otherwise (the candidate whose country the article
 *    mentions unambiguously wins);
 * 3. discovers uncurated people (title chains, appositions, first names),
 *    organizations, events and places (`discover.ts`), and resolves short
 *    references (`الجنرال منير`) to full names of the same article;
 * 4. matches the article's own back-reference forms (`السيسي` after
 *    `عبد الفتاح السيسي`, `القصرين` after `بولاية القصرين`) in what is
 *    left;
 * 5. keeps the best non-overlapping spans: named facilities (`قاعدة محمد
 *    نجيب العسكرية`, whose namesake is no mention), curated matches, then
 *    people, then back-references, then discovered organizations, events
 *    and places, then countries, places and nisbas.
 *
 * Annotating is pure and deterministic: same entities and article, same
 * result; text is only read, never executed. Headlines (`meta.title`) are
 * not linked: only `paragraphs` are.
 */

import type { AnnotatedArticle, Article, Entity, EntityTitle, EntityType, Mention } from './types.ts';
import { nameKeys, tokenize, type TokenizedText } from '../entities/tokens.ts';
import { buildGazetteer, matchText, type FormInput, type Gazetteer, type Match } from '../entities/match.ts';
import { layeredIds } from '../entities/ids.ts';
import {
  findEvents,
  findOrganizations,
  findPeople,
  findPlaces,
  opensVesselName,
  paragraphView,
  resolvePeople,
  roleAround,
  shortForms,
  spanEntities,
  indexPeople,
  type PeopleIndex,
  type PersonSighting,
  type SpanFinding,
  type ParagraphView,
} from '../entities/discover.ts';

/**
 * Merges entities that share an id: union of aliases and titles; the
 * canonical fields (name, English name, country, Wikidata, description)
 * come from curated entries before discovered ones, and among curated
 * entries the later one overrides what it sets (so a registry entry can
 * correct ISO data). This is how the same official discovered in two
 * articles becomes one entity, and how a registry `country` entry adds
 * aliases to an ISO country.
 *
 * @param entities entities in priority order (ISO/cities, registry, then discovered)
 * @returns one entity per id, in order of first appearance; inputs are not mutated
 */
export function mergeEntities(entities: readonly Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const entity of entities) {
    const existing = byId.get(entity.id);
    if (!existing) {
      byId.set(entity.id, { ...entity, aliases: [...entity.aliases], titles: entity.titles.map((t) => ({ ...t })) });
      continue;
    }
    // Curated beats discovered; among curated entries the later one overrides.
    const preferIncoming = entity.reviewed;
    const pick = <T>(current: T, incoming: T, empty: (value: T) => boolean): T => {
      if (empty(current)) return incoming;
      if (empty(incoming)) return current;
      return preferIncoming ? incoming : current;
    };
    const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '';
    const merged: Entity = {
      ...existing,
      type: existing.type,
      name: pick(existing.name, entity.name, isEmpty),
      nameEn: pick(existing.nameEn, entity.nameEn, isEmpty),
      country: pick(existing.country, entity.country, isEmpty),
      wikidata: pick(existing.wikidata, entity.wikidata, isEmpty),
      reviewed: existing.reviewed || entity.reviewed,
      aliases: [...existing.aliases],
      titles: [...existing.titles],
    };
    const description = pick(existing.description, entity.description, isEmpty);
    if (description !== undefined) merged.description = description;
    for (const alias of [entity.name, ...entity.aliases]) {
      if (alias && alias !== merged.name && !merged.aliases.includes(alias)) merged.aliases.push(alias);
    }
    merged.aliases = merged.aliases.filter((alias) => alias !== merged.name);
    for (const title of entity.titles) {
      if (!merged.titles.some((t: EntityTitle) => t.title === title.title && t.from === title.from && t.to === title.to)) merged.titles.push({ ...title });
    }
    byId.set(entity.id, merged);
  }
  return [...byId.values()];
}

/** A candidate link before overlaps are settled. */
interface Span {
  paragraph: number;
  first: number;
  last: number;
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  role?: string;
  /** Lower wins. */
  priority: number;
}

const GEO: ReadonlySet<EntityType> = new Set(['country', 'place']);

/**
 * Builds an annotator over a fixed set of entities.
 *
 * @param entities every known entity (typically `builtInEntities()` and the registry); same-id entries are merged
 * @returns a function annotating one article; it may be called for any number of articles
 */
export function createAnnotator(entities: readonly Entity[]): (article: Article) => AnnotatedArticle {
  const known = mergeEntities(entities).map(inOneLayout);
  const gazetteer = buildGazetteer(known);
  const registryPeople = indexPeople(known);
  const takenIds = new Set(known.map((e) => e.id));
  return (article) => annotate(article, gazetteer, registryPeople, takenIds);
}

/**
 * The entity with its fields in one fixed order. ISO countries, places,
 * registry entries and merged entries arrive with different sets and orders
 * of properties, which V8 gives different hidden classes; discovery reads
 * `type`, `id` and `country` of the entity under nearly every word, and
 * each class first met mid-run made V8 discard and recompile the code that
 * reads them. The copies are the annotator's own and never leave it.
 */
function inOneLayout(entity: Entity): Entity {
  const { id, type, name, nameEn, aliases, country, titles, wikidata, reviewed, description } = entity;
  return { id, type, name, nameEn, aliases, country, titles, wikidata, reviewed, description };
}

function annotate(article: Article, gazetteer: Gazetteer, registryPeople: PeopleIndex, takenIds: ReadonlySet<string>): AnnotatedArticle {
  // Plain loops over the paragraphs rather than `map`: with `map` here, V8
  // threw the optimised `annotate`, a large function, away several times in
  // a run (the arrays did not keep one hidden class from article to
  // article) and compiled it again each time.
  const texts: TokenizedText[] = [];
  const rawMatches: Match[][] = [];
  for (let p = 0; p < article.paragraphs.length; p++) {
    const text = tokenize(article.paragraphs[p] as string);
    texts.push(text);
    rawMatches.push(matchText(text, p, [gazetteer]));
  }
  const matches = settleHomographs(rawMatches, gazetteer);
  const views: ParagraphView[] = [];
  for (let p = 0; p < texts.length; p++) views.push(paragraphView(p, texts[p] as TokenizedText, matches[p] ?? [], gazetteer.entities));

  // People: sightings in text order, words of names already seen helping later ones.
  const knownUnits = new Set<string>();
  for (const list of matches) for (const match of list) {
    const entity = gazetteer.entities.get(match.candidates[0]?.entityId ?? '');
    if (entity?.type === 'person') for (const t of texts[match.paragraph]?.tokens.slice(match.first, match.last) ?? []) knownUnits.add(t.key);
  }
  const sightings: PersonSighting[] = [];
  for (const view of views) {
    const found = findPeople(view, knownUnits);
    for (const sighting of found) if (sighting.units.length >= 2) for (const unit of sighting.units) for (const key of unit.split(' ')) knownUnits.add(key);
    sightings.push(...found);
  }
  const people = resolvePeople(sightings, registryPeople, takenIds);

  // Organizations, events and places by shape.
  const findings: SpanFinding[] = views.flatMap((view) => [...findOrganizations(view), ...findEvents(view), ...findPlaces(view)]);
  const usedIds = layeredIds(takenIds);
  for (const entity of people.discovered) usedIds.add(entity.id);
  const spans = spanEntities(findings, usedIds);

  const candidates: Span[] = [];
  for (const list of matches) {
    for (const match of list) {
      const entry = match.candidates[0];
      if (!entry || entry.type === 'person') continue;
      // `الفرقاطة المصرية “بورسعيد”`: a ship named after a town, not the town.
      if (opensVesselName(views[match.paragraph] as ParagraphView, match.first)) continue;
      candidates.push({ ...spanOf(match), entityId: entry.entityId, type: entry.type, priority: GEO.has(entry.type) ? 5 : 1 });
    }
  }
  sightings.forEach((sighting, k) => {
    const id = people.ids[k];
    if (!id) return;
    candidates.push({ ...spanOf(sighting), entityId: id, type: 'person', priority: sighting.entityId ? 1 : 2, ...roleField(sighting.role.parts) });
  });
  findings.forEach((finding, k) => {
    const id = spans.ids[k];
    if (!id) return;
    candidates.push({ ...spanOf(finding), entityId: id, type: finding.type, priority: finding.namesake ? 0 : 4 });
    if (finding.abbreviation) candidates.push({ paragraph: finding.paragraph, ...finding.abbreviation, entityId: id, type: finding.type, priority: 4 });
  });

  // Back-references: the article's own short forms, in what is still free.
  const accepted = settle(candidates);
  // The article's people: those it discovered, then the registry's (read in place, not copied per article).
  const discoveredPeople = new Map(people.discovered.map((entity) => [entity.id, entity]));
  const personById = (id: string): Entity | undefined => discoveredPeople.get(id) ?? registryPeople.byId.get(id);
  const local = backReferenceGazetteer(people.units, personById, gazetteer);
  if (local) {
    for (const { view, match, entityId } of freeMatches(views, local, accepted.filter((span) => span.priority < 5))) {
      const role = roleAround(view, match.first, match.last, match.prefix);
      candidates.push({ ...spanOf(match), entityId, type: 'person', priority: 3, ...roleField(role.parts) });
    }
  }
  // A place named after an area word (`بولاية القصرين`) is that name alone later on (`في القصرين`).
  const places = areaPlaceGazetteer(findings, spans, gazetteer);
  if (places) {
    for (const { match, entityId } of freeMatches(views, places, settle(candidates))) {
      candidates.push({ ...spanOf(match), entityId, type: 'place', priority: 4 });
    }
  }
  const final = settle(candidates);

  const mentions: Mention[] = final
    .map((span) => {
      const paragraph = article.paragraphs[span.paragraph] ?? '';
      const mention: Mention = {
        entityId: span.entityId,
        type: span.type,
        paragraph: span.paragraph,
        start: span.start,
        end: span.end,
        text: paragraph.slice(span.start, span.end),
      };
      if (span.role) mention.role = span.role;
      return mention;
    })
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);

  const mentioned = new Set(mentions.map((m) => m.entityId));
  const discovered = [...people.discovered, ...spans.entities].filter((entity) => mentioned.has(entity.id));
  return { ...article, mentions, discovered };
}

function roleField(parts: readonly string[]): { role?: string } {
  return parts.length ? { role: parts.join('، ') } : {};
}

function spanOf(item: { paragraph: number; first: number; last: number; start: number; end: number }): Pick<Span, 'paragraph' | 'first' | 'last' | 'start' | 'end'> {
  return { paragraph: item.paragraph, first: item.first, last: item.last, start: item.start, end: item.end };
}

/**
 * Chooses among entities claiming the same words by the article's context:
 * the candidate whose country the article mentions unambiguously elsewhere
 * wins (`عمّان` next to `الأردن` is Amman); otherwise the gazetteer's order.
 */
function settleHomographs(matches: Match[][], gazetteer: Gazetteer): Match[][] {
  const anchors = new Set<string>();
  const countryOf = (id: string): string | null => {
    const entity = gazetteer.entities.get(id);
    if (!entity) return null;
    return entity.type === 'country' ? entity.id : entity.country;
  };
  for (const list of matches) {
    for (const match of list) {
      if (match.candidates.length !== 1) continue;
      const country = countryOf(match.candidates[0]?.entityId ?? '');
      if (country) anchors.add(country);
    }
  }
  return matches.map((list) =>
    list.map((match) => {
      if (match.candidates.length < 2) return match;
      const chosen = match.candidates.find((c) => {
        const country = countryOf(c.entityId);
        return country !== null && anchors.has(country);
      });
      if (!chosen) return match;
      return { ...match, candidates: [chosen, ...match.candidates.filter((c) => c !== chosen)] };
    }),
  );
}

/** Keeps the best spans without overlap: lower priority number first, then longer. */
function settle(candidates: readonly Span[]): Span[] {
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority || b.last - b.first - (a.last - a.first) || a.paragraph - b.paragraph || a.first - b.first);
  const taken = new Map<number, Set<number>>();
  const kept: Span[] = [];
  for (const span of ordered) {
    const set = taken.get(span.paragraph) ?? new Set<number>();
    let free = true;
    for (let i = span.first; i < span.last; i++) if (set.has(i)) free = false;
    if (!free || span.end <= span.start) continue;
    for (let i = span.first; i < span.last; i++) set.add(i);
    taken.set(span.paragraph, set);
    kept.push(span);
  }
  return kept;
}

function takenTokens(spans: readonly Span[]): Map<number, Set<number>> {
  const taken = new Map<number, Set<number>>();
  for (const span of spans) {
    const set = taken.get(span.paragraph) ?? new Set<number>();
    for (let i = span.first; i < span.last; i++) set.add(i);
    taken.set(span.paragraph, set);
  }
  return taken;
}

/** The matches of an article's own gazetteer in each paragraph, in the tokens none of the `kept` spans holds. */
function freeMatches(views: readonly ParagraphView[], local: Gazetteer, kept: readonly Span[]): { view: ParagraphView; match: Match; entityId: string }[] {
  const taken = takenTokens(kept);
  const found: { view: ParagraphView; match: Match; entityId: string }[] = [];
  for (const view of views) {
    const blocked = taken.get(view.index) ?? new Set<number>();
    for (const match of matchText(view.text, view.index, [local], { blocked: (i) => blocked.has(i) })) {
      const entry = match.candidates[0];
      if (entry) found.push({ view, match, entityId: entry.entityId });
    }
  }
  return found;
}

/** True when the global gazetteer has a form of exactly these word keys, for an entity other than `except`. */
function knownForm(global: Gazetteer, keys: readonly string[], except?: string): boolean {
  const form = keys.join(' ');
  return (global.byFirst.get(keys[0] as string) ?? []).some((entry) => entry.entityId !== except && entry.keys.join(' ') === form);
}

/**
 * The names of the places an article found after an area word, as a small
 * gazetteer for the rest of the article; a name the global gazetteer
 * knows is left out. Facilities are not: their names are whole only with
 * their head (`قاعدة العديد الجوية`), and the head alone is a common noun.
 */
function areaPlaceGazetteer(findings: readonly SpanFinding[], spans: { entities: Entity[]; ids: string[] }, gazetteer: Gazetteer): Gazetteer | undefined {
  const areaIds = new Set(findings.flatMap((finding, k) => (finding.type === 'place' && !finding.namesake && spans.ids[k] ? [spans.ids[k] as string] : [])));
  if (areaIds.size === 0) return undefined;
  const forms: FormInput[] = spans.entities
    .filter((entity) => areaIds.has(entity.id))
    .map((entity) => ({ entity, form: entity.name, kind: 'name' as const, keys: nameKeys(entity.name) }))
    .filter(({ keys }) => keys.length > 0 && !knownForm(gazetteer, keys));
  return forms.length > 0 ? buildGazetteer([], forms) : undefined;
}

/**
 * The article's back-reference forms (full names seen, surnames, …) as a
 * small gazetteer; forms two people share, and forms that name a country or
 * anything else the global gazetteer knows, are left out.
 */
function backReferenceGazetteer(units: ReadonlyMap<string, string[][]>, personById: (id: string) => Entity | undefined, global: Gazetteer): Gazetteer | undefined {
  const owners = new Map<string, Set<string>>();
  for (const [id, names] of units) {
    for (const form of shortForms(names)) {
      const set = owners.get(form) ?? new Set<string>();
      set.add(id);
      owners.set(form, set);
    }
  }
  const forms: FormInput[] = [];
  for (const [form, ids] of owners) {
    if (ids.size !== 1) continue;
    const [id] = [...ids];
    const entity = personById(id as string);
    if (!entity) continue;
    const keys = form.split(' ');
    if (knownForm(global, keys, entity.id)) continue;
    forms.push({ entity, form, kind: 'short', keys });
  }
  if (!forms.length) return undefined;
  return buildGazetteer([], forms);
}

