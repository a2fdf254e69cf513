/**
 * The word lists of `data/` as lookup tables on matching keys, built once.
 *
 * Discovery asks many small questions per word (is it a first name, a title,
 * a particle, a complement of a title?); answering them from sets of keys
 * keeps each question constant-time. Multi-word entries (`الفريق أول`,
 * `عبد اللطيف`) are indexed by their first word with the full key list.
 *
 * It also spells discovered names in Latin (`nameSlug`, `nameLatin`) with
 * the first names' usual spellings, memoised because the same names recur
 * across articles.
 */

import { normalizeArabic } from '../arabic/normalize.ts';
import { latinName, slugify } from '../arabic/transliterate.ts';
import { FIRST_NAMES, type FirstName } from './data/first-names.ts';
import { COUNTRY_BOUND_TITLES, RANK_MODIFIERS, TITLES, TITLES_SPELLED_AS_NAMES, type TitleKind } from './data/titles.ts';
import {
  COMPLEMENT_WORDS,
  EVENT_TRIGGERS,
  ORGANIZED_ACTIVITIES,
  ORGANIZING_HEADS,
  NAME_CONNECTORS,
  NAME_ENDINGS,
  NAMED_AFTER,
  VESSELS,
  NAMED_EVENT_HEADS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NAME_HEADS,
  COMMON_PHRASE_COMPLEMENTS,
  ADJECTIVAL_HEADS,
  ORGANIZATION_QUALIFIERS,
  ORGANIZATION_QUOTE_TRIGGERS,
  REGNAL_NUMBERS,
  STOP_WORDS,
  ACCUSATIVES,
  SUBJECT_FOLLOWERS,
  MEETING_VERBS,
  RANK_PHRASES,
  PLACE_AREA_HEADS,
  PLACE_AREA_PLURALS,
  QUOTED_PLACE_HEADS,
  ZONE_HEADS,
  ZONE_NOUNS,
  TOPONYM_FIRST_WORDS,
  FACILITY_CLOSERS,
  FACILITY_NAME_HEADS,
  NOT_PLACE_NAMES,
  AREA_ADJECTIVES,
  PLACE_PREPOSITIONS,
  DIRECTIONS,
} from './data/words.ts';
import { nameKeys } from './tokens.ts';

const keySet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(normalizeArabic).filter(Boolean));

/** A multi-word lexicon entry indexed by its first word. */
export interface PhraseEntry<T> {
  keys: string[];
  value: T;
}

function phraseIndex<T>(items: readonly { phrase: string; value: T }[]): ReadonlyMap<string, PhraseEntry<T>[]> {
  const index = new Map<string, PhraseEntry<T>[]>();
  for (const { phrase, value } of items) {
    const keys = nameKeys(phrase);
    const [first] = keys;
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push({ keys, value });
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
}

/** First names by first word. */
export const FIRST_NAME_INDEX: ReadonlyMap<string, PhraseEntry<FirstName>[]> = phraseIndex(
  FIRST_NAMES.map((entry) => ({ phrase: entry.name, value: entry })),
);

/** Latin spellings of name words, for transliteration. */
export const NAME_SPELLINGS: ReadonlyMap<string, string> = new Map(
  FIRST_NAMES.filter((entry) => !/\s/u.test(entry.name)).map((entry) => [normalizeArabic(entry.name), entry.latin]),
);

/** Title phrases by first word. */
export const TITLE_INDEX: ReadonlyMap<string, PhraseEntry<TitleKind>[]> = phraseIndex(
  TITLES.map((entry) => ({ phrase: entry.phrase, value: entry.kind })),
);

/** Every word that occurs in some title phrase (for walking back over a title). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.flatMap((entry) => nameKeys(entry.phrase)));

/**
 * Key sets of the word lists in `data/words.ts` and `data/titles.ts`; each
 * list's doc comment there says what it is for.
 */
export const RANK_MODIFIER_KEYS = keySet(RANK_MODIFIERS);
export const COUNTRY_BOUND_TITLE_KEYS = keySet(COUNTRY_BOUND_TITLES);
/** Written forms (not keys): the spelling is what tells the name from the title. */
export const TITLE_SPELLINGS_OF_NAMES: ReadonlySet<string> = new Set(TITLES_SPELLED_AS_NAMES);
export const SUBJECT_FOLLOWER_KEYS = keySet(SUBJECT_FOLLOWERS);
export const MEETING_VERB_KEYS = keySet(MEETING_VERBS);
/** Multi-word rank suffixes as key lists. */
export const RANK_PHRASE_KEYS: readonly string[][] = RANK_PHRASES.map((phrase) => nameKeys(phrase));
/** Stop words that are also first names once folded (`على` / `علي`): the original spelling decides. */
export const STOP_OR_NAME: ReadonlySet<string> = new Set([...keySet(STOP_WORDS)].filter((key) => FIRST_NAME_INDEX.has(key)));
export const STOP = keySet(STOP_WORDS);
export const ACCUSATIVE_KEYS = keySet(ACCUSATIVES);
export const COMPLEMENTS = keySet(COMPLEMENT_WORDS);
export const NAMED_AFTER_KEYS = keySet(NAMED_AFTER);
export const VESSEL_KEYS = keySet(VESSELS);
export const REGNAL = keySet(REGNAL_NUMBERS);
export const CONNECTORS = keySet(NAME_CONNECTORS);
export const ENDINGS = keySet(NAME_ENDINGS);
export const EVENT_TRIGGER_KEYS = keySet(EVENT_TRIGGERS);
export const ORGANIZING_HEAD_KEYS = keySet(ORGANIZING_HEADS);
export const ORGANIZED_KEYS = keySet([...EVENT_TRIGGERS, ...ORGANIZED_ACTIVITIES]);
export const NAMED_EVENT_HEAD_KEYS = keySet(NAMED_EVENT_HEADS);
export const ORG_STRONG_HEADS = keySet(ORGANIZATION_HEADS.strong);
export const ORG_WEAK_HEADS = keySet(ORGANIZATION_HEADS.weak);
export const ORG_NAME_HEADS = keySet(ORGANIZATION_NAME_HEADS);
/** `COMMON_PHRASE_COMPLEMENTS` on keys: each head's complements that make it a common noun. */
export const COMMON_PHRASE_COMPLEMENT_KEYS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(COMMON_PHRASE_COMPLEMENTS).map(([head, complements]) => [normalizeArabic(head), keySet(complements)]),
);
export const ADJECTIVAL_HEAD_KEYS = keySet(ADJECTIVAL_HEADS);
export const ORG_QUALIFIERS = keySet(ORGANIZATION_QUALIFIERS);
export const ORG_QUOTE_TRIGGERS = keySet(ORGANIZATION_QUOTE_TRIGGERS);
export const PLACE_AREA_HEAD_KEYS = keySet(PLACE_AREA_HEADS);
export const PLACE_AREA_PLURAL_KEYS = keySet(PLACE_AREA_PLURALS);
export const QUOTED_PLACE_HEAD_KEYS = keySet([...PLACE_AREA_HEADS, ...QUOTED_PLACE_HEADS]);
export const ZONE_HEAD_KEYS = keySet(ZONE_HEADS);
export const ZONE_NOUN_KEYS = keySet(ZONE_NOUNS);
export const TOPONYM_FIRST_KEYS = keySet(TOPONYM_FIRST_WORDS);
/** `FACILITY_CLOSERS` on keys: each head's closing words. */
export const FACILITY_CLOSER_KEYS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(FACILITY_CLOSERS).map(([head, closers]) => [normalizeArabic(head), keySet(closers)]),
);
export const FACILITY_NAME_HEAD_KEYS = keySet(FACILITY_NAME_HEADS);
export const NOT_PLACE_NAME_KEYS = keySet(NOT_PLACE_NAMES);
export const AREA_ADJECTIVE_KEYS = keySet(AREA_ADJECTIVES);
export const PLACE_PREPOSITION_KEYS = keySet(PLACE_PREPOSITIONS);
export const DIRECTION_KEYS = keySet(DIRECTIONS);
/** Prepositions that may sit inside a title or organization name before a place (`السفير … في بيروت`). */
export const INNER_PREPOSITIONS = keySet(['في', 'لدى', 'باسم']);

/** Slugs and Latin names by name, computed once per distinct name (bounded). */
const SLUGS = new Map<string, [string, string]>();

function spelled(name: string): [string, string] {
  let cached = SLUGS.get(name);
  if (!cached) {
    if (SLUGS.size > 50_000) SLUGS.clear();
    cached = [slugify(name, { dictionary: NAME_SPELLINGS }), latinName(name, { dictionary: NAME_SPELLINGS })];
    SLUGS.set(name, cached);
  }
  return cached;
}

/** The slug of a discovered name: its transliteration with the first names' Latin spellings. */
export const nameSlug = (name: string): string => spelled(name)[0];
/** The Latin display form of a discovered name. */
export const nameLatin = (name: string): string => spelled(name)[1];
