/**
 * The gazetteer: every known name, alias and nisba, and the matcher that
 * finds them in a paragraph.
 *
 * Names are indexed by the key of their first word. Matching walks the
 * paragraph's words once; at each word it asks the index about the word and
 * about each of its clitic readings (`وباكستان` → `باكستان`), compares the
 * following words of each candidate name (longest first), and keeps the
 * longest match: `القوات المسلحة الملكية` beats `الملكية`,
 * `جمهورية باكستان الإسلامية` beats `باكستان`. Mentions never overlap, and
 * the cost is linear in the paragraph's length times the (small) number of
 * names sharing a first word.
 *
 * Ties on the same words go to the reading with fewer clitics (so
 * `باكستان` is never `ب` + something), then to names over nisbas. When two
 * different entities claim the very same words (`عمان` is Oman and, written
 * `عمّان`, Amman), all of them are kept on the match as candidates and the
 * annotator chooses by the article's context.
 *
 * A match links the name without its clitics: in `برحيل شريف` the link
 * covers `رحيل شريف` and `ب` stays outside. After `لل` the whole cluster is
 * linked (`للقوات المسلحة الملكية`): the article's ل is merged into it, and
 * cutting the word would leave `لقوات`, which is not a word.
 */

import type { Entity, EntityType } from '../pipeline/types.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import type { CliticReading } from '../arabic/clitics.ts';
import { countryForms } from './countries.ts';
import { GUARD_PRECEDERS } from './data/countries-extra.ts';
import { GROUP_NOUNS, QUOTED_ONLY_NAMES } from './data/words.ts';
import { joinedToNext, nameKeys, quoteOpensAt, tokenSpan, type TokenizedText } from './tokens.ts';

/** How a gazetteer form relates to its entity; earlier kinds win ties. */
export type FormKind = 'name' | 'alias' | 'short' | 'nisba';

const KIND_RANK: Readonly<Record<FormKind, number>> = { name: 0, alias: 1, short: 2, nisba: 3 };

/** One indexed form. */
export interface GazetteerEntry {
  entityId: string;
  type: EntityType;
  /** The form's word keys. */
  keys: string[];
  kind: FormKind;
  /**
   * When the form may match: always (`false`), only after a preposition or
   * country noun (`'company'`: `في مالي`), or only in quotes or after a
   * group noun (`'quoted'`: `“القاعدة”`, `تنظيم القاعدة`).
   */
  guarded: false | 'company' | 'quoted';
}

/** An index of forms by the key of their first word. */
export interface Gazetteer {
  /** Entries by first word key, longest first. */
  byFirst: Map<string, GazetteerEntry[]>;
  /** The entities the entries point to, by id. */
  entities: Map<string, Entity>;
}

/** One form to index. */
export interface FormInput {
  entity: Entity;
  form: string;
  kind: FormKind;
  /** Only match after a preposition or country noun (`في مالي`). */
  guarded?: boolean;
  /** The form's word keys when the caller already has them (skips tokenizing). */
  keys?: string[];
}

/**
 * The forms of an entity the gazetteer indexes: name and aliases, and for
 * countries every generated form (`countryForms`).
 *
 * @param entity any entity
 * @returns its forms with their kinds
 */
export function entityForms(entity: Entity): FormInput[] {
  if (entity.type === 'country') {
    return countryForms(entity).map(({ form, kind, guarded }) => ({ entity, form, kind, guarded }));
  }
  return [
    ...(entity.name ? [{ entity, form: entity.name, kind: 'name' as const }] : []),
    ...entity.aliases.map((form) => ({ entity, form, kind: 'alias' as const })),
  ];
}

/**
 * Builds a gazetteer from entities (all their forms) and extra forms.
 *
 * @param entities the entities to index; later duplicates of an id replace earlier ones in `entities`
 * @param extra further forms (back-reference short forms of one article, for instance)
 * @returns the index; build it once and reuse it for every article
 */
export function buildGazetteer(entities: readonly Entity[], extra: readonly FormInput[] = []): Gazetteer {
  const gazetteer: Gazetteer = { byFirst: new Map(), entities: new Map() };
  for (const entity of entities) gazetteer.entities.set(entity.id, entity);
  const seen = new Set<string>();
  const forms = [...entities.flatMap(entityForms), ...extra];
  for (const { entity, form, kind, guarded = false, keys: given } of forms) {
    gazetteer.entities.set(entity.id, entity);
    const keys = given ?? nameKeys(form);
    const [firstKey] = keys;
    if (firstKey === undefined) continue;
    // A one-word form of one letter (`د`) would match noise.
    if (keys.length === 1 && firstKey.length < 2) continue;
    const signature = `${entity.id}\u0000${keys.join(' ')}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    const quotedOnly = keys.length === 1 && entity.type !== 'country' && QUOTED_ONLY_KEYS.has(firstKey);
    const entry: GazetteerEntry = { entityId: entity.id, type: entity.type, keys, kind, guarded: guarded ? 'company' : quotedOnly ? 'quoted' : false };
    const list = gazetteer.byFirst.get(firstKey);
    if (list) list.push(entry);
    else gazetteer.byFirst.set(firstKey, [entry]);
  }
  for (const list of gazetteer.byFirst.values()) {
    list.sort((a, b) => b.keys.length - a.keys.length || KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  }
  return gazetteer;
}

/** A run of words that names one or more known entities. */
export interface Match {
  paragraph: number;
  /** Token range `[first, last)`. */
  first: number;
  last: number;
  /** Clitic characters of the first token left outside the link. */
  prefix: number;
  /** Entries naming exactly these words, best first; several entities mean ambiguity. */
  candidates: GazetteerEntry[];
  /** Original offsets and text of the link. */
  start: number;
  end: number;
  text: string;
}

/** Options for `matchText`. */
export interface MatchOptions {
  /** Tokens that must not be part of a match (already claimed). */
  blocked?: (token: number) => boolean;
}

const GUARD_KEYS = new Set(GUARD_PRECEDERS.map(normalizeArabic));
const QUOTED_ONLY_KEYS = new Set(QUOTED_ONLY_NAMES.map(normalizeArabic));
const GROUP_KEYS = new Set(GROUP_NOUNS.map(normalizeArabic));

/** True when a guarded form at token `i` (read with `clitics`) stands in safe company. */
function guardSatisfied(text: TokenizedText, i: number, clitics: string, guard: 'company' | 'quoted'): boolean {
  const previous = text.tokens[i - 1];
  const after = (keys: ReadonlySet<string>): boolean =>
    previous !== undefined && joinedToNext(text, i - 1) && previous.readings.some((reading) => keys.has(reading.stem) && (reading.clitics === '' || /^[وفبل]+$/u.test(reading.clitics)));
  if (guard === 'quoted') return clitics === '' && (quoteOpensAt(text, i) || after(GROUP_KEYS));
  if (/[بل]/u.test(clitics)) return true;
  return after(GUARD_KEYS);
}

/**
 * Finds every gazetteer form in one tokenized paragraph, longest match
 * first, without overlaps.
 *
 * @param text the paragraph, tokenized
 * @param paragraph its index in the article (copied to each match)
 * @param gazetteers indexes to consult together (a global one and an article's own)
 * @param options tokens to leave alone
 * @returns matches in text order
 */
export function matchText(text: TokenizedText, paragraph: number, gazetteers: readonly Gazetteer[], options: MatchOptions = {}): Match[] {
  const { tokens } = text;
  const matches: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (options.blocked?.(i)) {
      i++;
      continue;
    }
    const found = longestAt(text, i, gazetteers, options);
    if (!found) {
      i++;
      continue;
    }
    const [start, end] = tokenSpan(text, i, i + found.length, found.prefix);
    matches.push({
      paragraph,
      first: i,
      last: i + found.length,
      prefix: found.prefix,
      candidates: found.candidates,
      start,
      end,
      text: text.text.slice(start, end),
    });
    i += found.length;
  }
  return matches;
}

/**
 * The longest form starting at token `i`, with every entry naming exactly it.
 */
function longestAt(
  text: TokenizedText,
  i: number,
  gazetteers: readonly Gazetteer[],
  options: MatchOptions,
): { length: number; prefix: number; candidates: GazetteerEntry[] } | undefined {
  const token = text.tokens[i];
  if (token === undefined) return undefined;
  let best: { length: number; prefix: number; candidates: GazetteerEntry[] } | undefined;
  // Indexed loops: this runs for every word, and `for … of` allocates an
  // iterator wherever V8 has not optimised the caller.
  for (let r = 0; r < token.readings.length; r++) {
    const reading = token.readings[r] as CliticReading;
    for (let g = 0; g < gazetteers.length; g++) {
      const entries = (gazetteers[g] as Gazetteer).byFirst.get(reading.stem);
      if (!entries) continue;
      for (const entry of entries) {
        const length = entry.keys.length;
        if (best && (length < best.length || (length === best.length && reading.prefix > best.prefix))) continue;
        if (!wordsMatch(text, i, entry.keys, options)) continue;
        if (entry.guarded && !guardSatisfied(text, i, reading.clitics, entry.guarded)) continue;
        if (!best || length > best.length || reading.prefix < best.prefix) {
          best = { length, prefix: reading.prefix, candidates: [entry] };
        } else if (!best.candidates.some((c) => c.entityId === entry.entityId)) {
          best.candidates.push(entry);
        }
      }
    }
  }
  best?.candidates.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  return best;
}

/** True when tokens `i+1 …` equal `keys[1 …]` with only spaces between them. */
function wordsMatch(text: TokenizedText, i: number, keys: readonly string[], options: MatchOptions): boolean {
  for (let k = 1; k < keys.length; k++) {
    const token = text.tokens[i + k];
    if (token === undefined || token.key !== keys[k] || !joinedToNext(text, i + k - 1)) return false;
    if (options.blocked?.(i + k)) return false;
  }
  return true;
}
