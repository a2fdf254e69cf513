/**
 * People in an article: where each is named, and who each name is.
 *
 * `findPeople` walks a paragraph: a title chain or a first name announces a
 * name, which `names.ts` reads and `roles.ts` gives a role; the gazetteer's
 * person matches (curated people) are sightings too, with their role.
 *
 * `resolvePeople` then decides identities for the whole article. Full names
 * that contain one another are one person (`محمد آصف خواجة` and
 * `خواجة محمد آصف`); a one-unit reference after a title (`الجنرال منير`,
 * `السيد الشودري`, `الأمير خالد`) goes to the person of the article whose
 * last, then first, then any unit it is, the most recently named first, and
 * only becomes a person of its own when nobody fits. A back-reference never
 * creates a second person for someone the article already named.
 * `shortForms` lists what later mentions of a person may look like
 * (`السيسي`, `دونغ`), for the annotator's last pass.
 */

import type { Entity, EntityTitle } from '../pipeline/types.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import { layeredIds, type TakenIds } from './ids.ts';
import { commaAfter, joinedToNext, quoteOpensAt, tokenSpan, type Token } from './tokens.ts';
import {
  COMPLEMENTS,
  CONNECTORS,
  ENDINGS,
  FIRST_NAME_INDEX,
  nameLatin,
  nameSlug,
  REGNAL,
  STOP,
  TITLE_WORDS,
} from './lexicon.ts';
import { type ParagraphView, coverEntity, coverIsNisba, token, isDefinite, isLatin, opensVesselName, readingWhere, titleAt, tokenText } from './view.ts';
import { type NameMode, type NameParse, parseName } from './names.ts';
import { type Role, titleChain, titleOfAnother, roleAround } from './roles.ts';

/** One place where a person is named. */
export interface PersonSighting {
  paragraph: number;
  /** Token range `[first, last)` of the name and clitic characters before it. */
  first: number;
  last: number;
  prefix: number;
  /** Name units as keys (`عبد اللطيف`, `حموشي`); one unit is a short reference. */
  units: string[];
  start: number;
  end: number;
  text: string;
  role: Role;
  /** The registry entity when the gazetteer knew the name; null for discovered names. */
  entityId: string | null;
}

/**
 * Every place a paragraph names a person: discovered names (full or short)
 * and the gazetteer's person matches, each with its role.
 *
 * @param view the paragraph and its gazetteer matches
 * @param known name-word keys of people already seen in the article (helps tell names from words)
 * @returns sightings in text order, not overlapping each other or the gazetteer's non-person matches
 */
export function findPeople(view: ParagraphView, known: ReadonlySet<string> = new Set()): PersonSighting[] {
  const sightings: PersonSighting[] = [];
  const tokens = view.text.tokens;
  const taken = new Set<number>();
  const add = (parse: NameParse, entityId: string | null): void => {
    for (let k = parse.first; k < parse.last; k++) taken.add(k);
    const [start, end] = tokenSpan(view.text, parse.first, parse.last, parse.prefix);
    sightings.push({
      paragraph: view.index,
      first: parse.first,
      last: parse.last,
      prefix: parse.prefix,
      units: parse.units,
      start,
      end,
      text: view.text.text.slice(start, end),
      role: roleAround(view, parse.first, parse.last, parse.prefix),
      entityId,
    });
  };
  let i = 0;
  while (i < tokens.length) {
    const entity = coverEntity(view, i);
    const match = view.cover[i];
    if (entity && match && entity.type === 'person') {
      add({ first: match.first, last: match.last, prefix: match.prefix, units: unitsOf(view, match.first, match.last, match.prefix) }, entity.id);
      i = match.last;
      continue;
    }
    if (entity && match && !(entity.type === 'country' && coverIsNisba(view, i)) && match.first === i && !titleAt(view, i)) {
      i = match.last;
      continue;
    }
    // `الفرقاطة “السلطان مولاي إسماعيل”`: a ship named after someone, not a mention of them.
    if (opensVesselName(view, i)) {
      while (i < tokens.length - 1 && joinedToNext(view.text, i)) i++;
      i++;
      continue;
    }
    const chain = titleChain(view, i, known);
    if (chain) {
      const nameStart = chain.end;
      if (nameStart < tokens.length && !taken.has(nameStart)) {
        const joined = joinedToNext(view.text, nameStart - 1);
        const mode: NameMode | null = joined ? 'title' : commaAfter(view.text, nameStart - 1) && !officeOfPrevious(view, sightings.at(-1), i, nameStart) ? 'apposition' : null;
        const parse = mode && !coverEntity(view, nameStart) ? parseName(view, nameStart, mode, known) : mode && coverIsNisba(view, nameStart) ? parseName(view, nameStart, mode, known) : undefined;
        if (parse) {
          add(parse, null);
          i = parse.last;
          continue;
        }
      }
      i = Math.max(i + 1, chain.end);
      continue;
    }
    const latin = latinNameAt(view, i);
    if (latin) {
      add(latin, null);
      i = latin.last;
      continue;
    }
    const lexical = parseName(view, i, 'lexicon', known);
    if (lexical) {
      add(lexical, null);
      i = lexical.last;
      continue;
    }
    i++;
  }
  return sightings;
}

/**
 * A name written in Latin letters that an office follows after a comma
 * (`استهل حموشي لقاءاته بـ Alex PINFIELD، سفير المملكة المتحدة`): two to
 * four capitalised Latin words, the first after no other Latin word, then
 * a comma and a title that is no courtesy. Moroccan security communiqués
 * write foreign guests so. Without the office after it a Latin run is a
 * company, a ship or an exercise as often as a person, and stays unread.
 */
function latinNameAt(view: ParagraphView, i: number): NameParse | undefined {
  const capitalised = (k: number): boolean => isLatin(token(view, k)?.key ?? '') && /^\p{Lu}/u.test(tokenText(view, k, k + 1));
  if (!capitalised(i) || (i > 0 && joinedToNext(view.text, i - 1) && isLatin(token(view, i - 1)?.key ?? ''))) return undefined;
  let last = i + 1;
  while (last - i < 4 && joinedToNext(view.text, last - 1) && capitalised(last)) last++;
  if (last - i < 2 || !commaAfter(view.text, last - 1)) return undefined;
  const office = titleAt(view, last);
  if (!office || office.kind === 'courtesy' || office.prefix > 0) return undefined;
  const units: string[] = [];
  for (let k = i; k < last; k++) units.push(token(view, k)?.key ?? '');
  return { first: i, last, prefix: 0, units };
}

/**
 * True when the title phrase `[start, end)` is the office of the full name
 * sighted right before it, after a comma (`سعيد شنقريحة، رئيس الأركان،`):
 * `roleAround` gives it to that person, and what follows its closing comma
 * is the sentence going on (`… ، وفدا عسكريا`), not a name it announces.
 * A title head inside the phrase that carries a preposition starts another
 * person's title (`حسن رمضان، رئيس لجنة الدفاع بالمفتش العام …، جمال قريشي`),
 * and a one-word sighting may be no name at all, so neither counts.
 */
function officeOfPrevious(view: ParagraphView, previous: PersonSighting | undefined, start: number, end: number): boolean {
  if (!previous || previous.last !== start || previous.units.length < 2 || !commaAfter(view.text, start - 1)) return false;
  for (let k = start + 1; k < end; k++) if (titleOfAnother(view, k)) return false;
  return true;
}

/** Name units of tokens `[first, last)`, clitics of the first removed. */
function unitsOf(view: ParagraphView, first: number, last: number, prefix: number): string[] {
  const keys: string[] = [];
  for (let k = first; k < last; k++) {
    const t = token(view, k) as Token;
    keys.push(k === first ? (t.readings.find((r) => r.prefix === prefix)?.stem ?? t.key) : t.key);
  }
  const units: string[] = [];
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const previous = units[units.length - 1];
    if (previous !== undefined && (CONNECTORS.has(previous.split(' ').pop() as string) || ENDINGS.has(key))) units[units.length - 1] = `${previous} ${key}`;
    else units.push(key);
  }
  return units;
}

/** A unit compared across spellings: without the article (`الشودري` ~ `شودري`). */
const unitKey = (unit: string): string => (isDefinite(unit) && !REGNAL.has(unit) ? unit.slice(2) : unit);

/**
 * Names that official styles put before a name the press also writes
 * without them: `محمد` (`محمد شهباز شريف`) and the honorifics Pakistani
 * names carry, `سيد`, `مخدوم`, `خواجة` (`سيد عاصم منير`, `مخدوم شاه محمود
 * قريشي`, `خواجة محمد آصف`).
 */
const STYLE_NAMES: ReadonlySet<string> = new Set(['محمد', 'محمّد', 'سيد', 'مخدوم', 'خواجة'].map(normalizeArabic));
/** Words that make what follows them a parent's name (`محمد بن سلمان`). */
const PARENT_CONNECTORS: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ولد'].map(normalizeArabic));

/**
 * True when `longer` is `shorter`, a name seen before, with words in front
 * that make it someone else's: a given name (`مريم نواز شريف` is the
 * daughter of `نواز شريف`, `كلثوم نواز شريف` his wife) or a son-of
 * connector (`محمد بن سلمان بن عبد العزيز` after `سلمان بن عبد العزيز`).
 * Pakistani and Gulf names take a parent's or husband's name whole. Only
 * `STYLE_NAMES` in front are the same person's official style.
 *
 * @param longer name units of the later sighting
 * @param shorter name units of a person already seen
 */
function namedAfter(longer: readonly string[], shorter: readonly string[]): boolean {
  const words = (name: readonly string[]): string[] => name.flatMap((unit) => unit.split(' ')).map(unitKey);
  const [outer, inner] = [words(longer), words(shorter)];
  const extra = outer.length - inner.length;
  if (extra <= 0 || inner.some((word, k) => outer[extra + k] !== word)) return false;
  const front = outer.slice(0, extra);
  return PARENT_CONNECTORS.has(front.at(-1) ?? '') || front.some((word) => !STYLE_NAMES.has(word));
}

/** Whether a name unit names a parent or a house (`بن سلمان`, `آل سعود`, keys). */
const isLineage = (unit: string): boolean => {
  const word = unit.split(' ')[0] as string;
  return PARENT_CONNECTORS.has(word) || word === 'ال';
};

/**
 * The part of a person's name that every outlet keeps, as one key: the
 * name without the official styles in front of it (`محمد شهباز شريف`,
 * `سيد عاصم منير` → `شهباز شريف`, `عاصم منير`) and, in a name that is a
 * son-of chain, without the ancestors and the house after the father
 * (`محمد بن سلمان بن عبد العزيز آل سعود` → `محمد بن سلمان`), with `عبد`
 * apart from the name it joins however it is written (`عبدالمجيد صقر`,
 * `عبد المجيد صقر`). A style is
 * dropped only while two units remain and it does not open a chain
 * (`محمد بن سلمان` keeps its `محمد`); a name with anything else after its
 * father (`طارق بن زياد الحربي`) keeps it.
 *
 * @returns the core's word keys, without the article; undefined for a
 *   one-unit name, which says too little to stand for anyone
 */
export function nameCore(name: string): string | undefined {
  let units = unitsOfName(name);
  while (units.length > 2 && STYLE_NAMES.has(units[0] as string) && !isLineage(units[1] as string)) units = units.slice(1);
  if (units.length > 2 && units.slice(1).every(isLineage)) units = units.slice(0, 2);
  if (units.length < 2) return undefined;
  // `عبدالمجيد` is `عبد المجيد` written without its space.
  return units
    .flatMap((unit) => unit.split(' '))
    .flatMap((word) => (/^عبدال./u.test(word) ? ['عبد', word.slice(3)] : [word]))
    .map(unitKey)
    .join(' ');
}

/** `عبد` written onto the name it joins (`عبدالمجيد`), which a person's name prefers apart. */
export const writesAbdGlued = (name: string): boolean => /(?:^|\s)عبدال/u.test(name);

/** Whether `sighting` names its person better than `current`: more units, or as many with `عبد` apart. */
function prefersAsName(sighting: PersonSighting, current: PersonSighting): boolean {
  if (sighting.units.length !== current.units.length) return sighting.units.length > current.units.length;
  return writesAbdGlued(current.text) && !writesAbdGlued(sighting.text);
}

/** A person of one article while resolving references. */
interface ArticlePerson {
  id: string;
  entity: Entity | null;
  /** Unit sets of every full name known for the person. */
  names: string[][];
  canonical: PersonSighting | null;
  sightings: PersonSighting[];
}

/**
 * Curated people prepared once for `resolvePeople`: their name units and an
 * index by family name, so resolving an article costs nothing per registry
 * entry.
 */
export interface PeopleIndex {
  byId: ReadonlyMap<string, Entity>;
  /** Unit lists of each person's Arabic names, by id. */
  units: ReadonlyMap<string, string[][]>;
  /** Ids by the key of a name's last unit (`السيسي` → `abdel-fattah-el-sisi`). */
  bySurname: ReadonlyMap<string, string[]>;
}

/**
 * Prepares curated people for `resolvePeople`.
 *
 * @param people entities of type person (others are ignored)
 */
export function indexPeople(people: Iterable<Entity>): PeopleIndex {
  const byId = new Map<string, Entity>();
  const units = new Map<string, string[][]>();
  const bySurname = new Map<string, string[]>();
  for (const entity of people) {
    if (entity.type !== 'person') continue;
    byId.set(entity.id, entity);
    const names = [entity.name, ...entity.aliases].filter((n) => /\p{Script=Arabic}/u.test(n)).map((n) => unitsOfName(n));
    units.set(entity.id, names);
    for (const name of names) {
      if (name.length < 2) continue;
      const surname = unitKey(name[name.length - 1] as string);
      const ids = bySurname.get(surname) ?? [];
      if (!ids.includes(entity.id)) ids.push(entity.id);
      bySurname.set(surname, ids);
    }
  }
  return { byId, units, bySurname };
}

const EMPTY_INDEX: PeopleIndex = { byId: new Map(), units: new Map(), bySurname: new Map() };

/** The outcome of resolving an article's sightings. */
export interface ResolvedPeople {
  /** Entity id for each sighting, same order as the input. */
  ids: string[];
  /** People the registry does not know, one entity each. */
  discovered: Entity[];
  /** Name units of every person of the article, by entity id (for back-reference forms). */
  units: Map<string, string[][]>;
}

/**
 * Decides who each sighting names. Full names (two units or more) whose
 * words contain, or are contained in, those of a name already seen are the
 * same person (`محمد آصف خواجة` = `خواجة محمد آصف`, `صلاح الدين مصطفى` after
 * `محمد صلاح الدين مصطفى`); a one-unit reference
 * (`الجنرال منير`, `السيد الشودري`) goes to the person whose last, then
 * first, then any unit it equals, the most recently named first; only when
 * no person of the article fits does it become a person of its own.
 *
 * @param sightings every sighting of the article, in text order
 * @param registry curated persons, prepared by `indexPeople` (name units of registry matches, surnames)
 * @param takenIds ids already used by other entities (a discovered id never reuses one)
 * @returns the id of each sighting and the discovered entities
 */
export function resolvePeople(sightings: readonly PersonSighting[], registry: PeopleIndex = EMPTY_INDEX, takenIds: TakenIds = new Set()): ResolvedPeople {
  const people: ArticlePerson[] = [];
  const ids: string[] = new Array(sightings.length).fill('');
  // A copy: the article adds the names it sees, the shared index must not change.
  const unitSets = (entity: Entity): string[][] => [...(registry.units.get(entity.id) ?? [])];
  const keySets = new WeakMap<string[], Set<string>>();
  const keySet = (name: string[]): Set<string> => {
    let set = keySets.get(name);
    if (!set) {
      // Word by word: one parse joins `صلاح الدين` into a unit, another (after `أن`) reads its words apart.
      set = new Set(name.flatMap((unit) => unit.split(' ')).map(unitKey));
      keySets.set(name, set);
    }
    return set;
  };
  const sameName = (a: string[], b: string[]): boolean => {
    const setA = keySet(a);
    const setB = keySet(b);
    const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
    if (small.size < 2) return false;
    for (const unit of small) if (!large.has(unit)) return false;
    return true;
  };
  // Registry matches first: they anchor the article's people.
  sightings.forEach((sighting, index) => {
    if (!sighting.entityId) return;
    let person = people.find((p) => p.id === sighting.entityId);
    if (!person) {
      const entity = registry.byId.get(sighting.entityId) ?? null;
      person = { id: sighting.entityId, entity, names: entity ? unitSets(entity) : [], canonical: null, sightings: [] };
      people.push(person);
    }
    person.names.push(sighting.units);
    person.sightings.push(sighting);
    ids[index] = person.id;
  });
  // Full names.
  sightings.forEach((sighting, index) => {
    if (sighting.entityId || sighting.units.length < 2) return;
    let person = people.find((p) => p.names.some((name) => sameName(name, sighting.units) && !namedAfter(sighting.units, name)));
    if (!person) {
      person = { id: '', entity: null, names: [], canonical: sighting, sightings: [] };
      people.push(person);
    } else if (person.canonical && !person.entity && prefersAsName(sighting, person.canonical)) {
      person.canonical = sighting;
    }
    person.names.push(sighting.units);
    person.sightings.push(sighting);
    ids[index] = person.id || `\u0000${people.indexOf(person)}`;
  });
  // Short references.
  sightings.forEach((sighting, index) => {
    if (sighting.entityId || sighting.units.length >= 2) return;
    const unit = unitKey(sighting.units[0] ?? '');
    const fits = (position: 'last' | 'first' | 'any') => (p: ArticlePerson) =>
      p.names.some((name) => {
        if (name.length < 2) return false;
        const keys = name.map(unitKey);
        return position === 'last' ? keys[keys.length - 1] === unit : position === 'first' ? keys[0] === unit : keys.includes(unit);
      });
    let person: ArticlePerson | undefined;
    for (const position of ['last', 'first', 'any'] as const) {
      const candidates = people.filter(fits(position));
      if (candidates.length) {
        person = mostRecent(candidates, sighting);
        break;
      }
    }
    if (!person) {
      const ids = registry.bySurname.get(unit) ?? [];
      const entity = ids.length === 1 ? registry.byId.get(ids[0] as string) : undefined;
      if (entity) {
        person = people.find((p) => p.id === entity.id) ?? { id: entity.id, entity, names: unitSets(entity), canonical: null, sightings: [] };
        if (!people.includes(person)) people.push(person);
      }
    }
    if (!person) {
      person = people.find((p) => !p.entity && p.names.some((name) => name.length === 1 && unitKey(name[0] as string) === unit));
    }
    if (!person) {
      person = { id: '', entity: null, names: [], canonical: sighting, sightings: [] };
      people.push(person);
    }
    person.names.push(sighting.units);
    person.sightings.push(sighting);
    ids[index] = person.id || `\u0000${people.indexOf(person)}`;
  });
  // Ids and entities of discovered people.
  const discovered: Entity[] = [];
  const used = layeredIds(takenIds);
  for (const person of people) {
    if (person.entity || person.id) {
      used.add(person.id);
      continue;
    }
    const canonical = person.canonical ?? person.sightings[0];
    if (!canonical) continue;
    const name = canonical.text;
    let id = nameSlug(name);
    if (used.has(id)) id = `${id}-person`;
    used.add(id);
    person.id = id;
    const placeholder = `\u0000${people.indexOf(person)}`;
    for (let k = 0; k < ids.length; k++) if (ids[k] === placeholder) ids[k] = id;
    const titles: EntityTitle[] = [];
    for (const sighting of person.sightings) for (const part of sighting.role.parts) if (!titles.some((t) => t.title === part)) titles.push({ title: part });
    const aliases = [...new Set(person.sightings.map((s) => s.text.trim()).filter((text) => text && text !== name))];
    discovered.push({
      id,
      type: 'person',
      name,
      nameEn: nameLatin(name) || null,
      aliases,
      country: person.sightings.map((s) => s.role.country).find((c) => c !== null) ?? null,
      titles,
      wikidata: null,
      reviewed: false,
    });
  }
  const units = new Map<string, string[][]>();
  for (const person of people) if (person.id) units.set(person.id, person.names.filter((n) => n.length));
  return { ids, discovered, units };
}

/** The candidate named most recently before `sighting` (or first named, when none precedes). */
function mostRecent(candidates: ArticlePerson[], sighting: PersonSighting): ArticlePerson {
  let best = candidates[0] as ArticlePerson;
  let bestPosition = -1;
  for (const candidate of candidates) {
    for (const seen of candidate.sightings) {
      const before = seen.paragraph < sighting.paragraph || (seen.paragraph === sighting.paragraph && seen.first < sighting.first);
      const position = seen.paragraph * 1e6 + seen.first;
      if (before && position > bestPosition) {
        best = candidate;
        bestPosition = position;
      }
    }
  }
  return best;
}

/** Units of a written name (`عبد اللطيف حموشي` → `عبد اللطيف`, `حموشي`). */
export function unitsOfName(name: string): string[] {
  const keys = normalizeArabic(name).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  const units: string[] = [];
  for (const key of keys) {
    const previous = units[units.length - 1];
    if (previous !== undefined && (CONNECTORS.has(previous.split(' ').pop() as string) || ENDINGS.has(key))) units[units.length - 1] = `${previous} ${key}`;
    else units.push(key);
  }
  return units;
}

/**
 * The forms a later mention of a person may take in the same article:
 * the full names seen, the last unit (`السيسي`, `الشودري`), the last two
 * units, first + last, and a first unit that is not a common first name
 * (`دونغ`). Forms shared by two people of the article, common words, a
 * regnal number alone (an ordinal: `الاجتماع السادس`) and
 * country forms are left out by the caller's checks here.
 *
 * @param names unit lists of the person's names
 * @returns forms as text keys (space-separated)
 */
export function shortForms(names: readonly string[][]): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    if (name.length < 2) continue;
    forms.add(name.join(' '));
    const last = name[name.length - 1] as string;
    const first = name[0] as string;
    forms.add(last);
    if (name.length >= 3) {
      forms.add(name.slice(-2).join(' '));
      forms.add(`${first} ${last}`);
    }
    if (!FIRST_NAME_INDEX.has(first) && !CONNECTORS.has(first.split(' ')[0] as string)) forms.add(first);
  }
  return [...forms].filter((form) => {
    if (/\s/u.test(form)) return true;
    // `السادس` alone is an ordinal (`الاجتماع السادس`), never the king.
    if (form.length < 3 || STOP.has(form) || COMPLEMENTS.has(form) || TITLE_WORDS.has(form) || REGNAL.has(form)) return false;
    const entries = FIRST_NAME_INDEX.get(form);
    return !entries?.some((e) => e.value.ambiguous);
  });
}
