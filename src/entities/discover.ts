/**
 * Discovery: people, organizations and events that nobody curated.
 *
 * Arabic has no capital letters, so a name is recognised by what frames it:
 *
 * - a title chain before it: rank (`الفريق أول`), honorific (`السيد`),
 *   royal title (`الملك`), or a function head with its complement
 *   (`وزير الدفاع الباكستاني`, `رئيس هيئة أركان القوات البرية الباكستانية`),
 *   or `نظيره` + nisba;
 * - an apposition: `TITLE، NAME،` (`وزير الدفاع التركي، يشار غولر،`);
 * - a first name from the lexicon (`أن عبد اللطيف حموشي، …`).
 *
 * The name then runs over name-like words and stops at punctuation, a
 * particle or common verb, a title, a word that carries a preposition
 * (`برحيل`, `بالمجمع`), or a known place or organization; `محمد السادس`
 * keeps its regnal number, `بن`/`عبد`/`أبو` join the next word, and a
 * family name may be a definite nisba-like word (`الجيلاني`, even
 * `السوداني` at the end of a name). A title followed by one name word
 * (`الجنرال منير`, `السيد الشودري`) is a short reference, resolved to a
 * full name of the same article by `resolvePeople`, never a new person when
 * the article names someone it fits.
 *
 * Roles come from the same frames: the title chain before the name, a title
 * phrase before the comma that precedes it, and an apposition after it
 * (`X، المفتش العام للشرطة بالنيابة بوزارة الداخلية الباكستانية،`). The
 * country is the first country or nisba in those, or that of a known
 * organization in them.
 *
 * Organizations are a head (`وزارة`, `القوات`, `سلاح`, `وكالة` …) plus a
 * definite complement, made specific by a nisba, a qualifier
 * (`الملكية`, `الشعبي`) or a strong head; events are quoted names after
 * `تمارين`/`مناورات`/`معرض`… or `معرض` + a definite complement.
 *
 * Everything here is heuristic by nature; the rules are tables and word
 * shapes, never strings of one article. Limits: names split by a line break
 * or written in Latin are not discovered; a surname alone with no title and
 * no earlier full name is not a person.
 */

import type { Entity, EntityTitle, EntityType } from '../pipeline/types.ts';
import { latinName, slugify } from '../arabic/transliterate.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import type { TitleKind } from './data/titles.ts';
import type { FirstName } from './data/first-names.ts';
import type { Match } from './match.ts';
import { gapAfter, joinedToNext, tokenSpan, type Token, type TokenizedText } from './tokens.ts';
import {
  COMPLEMENTS,
  CONNECTORS,
  ENDINGS,
  EVENT_TRIGGER_KEYS,
  FIRST_NAME_INDEX,
  INNER_PREPOSITIONS,
  NAME_SPELLINGS,
  NAMED_AFTER_KEYS,
  NAMED_EVENT_HEAD_KEYS,
  ORG_NAME_HEADS,
  ORG_QUALIFIERS,
  ORG_QUOTE_TRIGGERS,
  ORG_STRONG_HEADS,
  ORG_WEAK_HEADS,
  RANK_MODIFIER_KEYS,
  REGNAL,
  STOP,
  TITLE_INDEX,
  TITLE_WORDS,
} from './lexicon.ts';

/** A paragraph with what the gazetteer already found in it. */
export interface ParagraphView {
  index: number;
  text: TokenizedText;
  /** For each token, the gazetteer match covering it, if any. */
  cover: (Match | undefined)[];
  /** Entities the matches point to, by id. */
  entities: ReadonlyMap<string, Entity>;
}

/**
 * Puts a paragraph's matches next to its tokens.
 *
 * @param index paragraph index in the article
 * @param text the tokenized paragraph
 * @param matches the gazetteer's matches in it
 * @param entities entities by id (the gazetteer's)
 */
export function paragraphView(index: number, text: TokenizedText, matches: readonly Match[], entities: ReadonlyMap<string, Entity>): ParagraphView {
  const cover: (Match | undefined)[] = new Array(text.tokens.length).fill(undefined);
  for (const match of matches) for (let i = match.first; i < match.last; i++) cover[i] = match;
  return { index, text, cover, entities };
}

/** The role a person is given at one mention. */
export interface Role {
  /** Title phrases in text order (`الفريق أول`, `المفتش العام للقوات المسلحة الملكية`). */
  parts: string[];
  /** Country the role points to (`وزير الخارجية الباكستاني` → PK), or null. */
  country: string | null;
}

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

/** An organization or event found by its shape. */
export interface SpanFinding {
  type: 'organization' | 'event';
  paragraph: number;
  first: number;
  last: number;
  prefix: number;
  start: number;
  end: number;
  text: string;
  /** Canonical display name (the article of `للقوات` restored: `القوات …`). */
  name: string;
  country: string | null;
  /** A parenthesised short form right after the name (`(بترا)`), as a further mention. */
  abbreviation?: { first: number; last: number; start: number; end: number; text: string };
}

// ---------------------------------------------------------------------------
// Word questions

function coverEntity(view: ParagraphView, i: number): Entity | undefined {
  const id = view.cover[i]?.candidates[0]?.entityId;
  return id === undefined ? undefined : view.entities.get(id);
}

function coverIsNisba(view: ParagraphView, i: number): boolean {
  return view.cover[i]?.candidates[0]?.kind === 'nisba';
}

function token(view: ParagraphView, i: number): Token | undefined {
  return view.text.tokens[i];
}

/** The first reading of a token whose clitics are all in `allowed` and whose stem passes `test`. */
function readingWhere(t: Token | undefined, test: (stem: string) => boolean, allowed = 'وفبلك'): Token['readings'][number] | undefined {
  if (!t) return undefined;
  return t.readings.find((r) => [...r.clitics].every((c) => allowed.includes(c)) && test(r.stem));
}

const isDigits = (key: string): boolean => /^\p{N}+$/u.test(key);
const isDefinite = (key: string): boolean => key.startsWith('ال') && key.length > 3;
const isLatin = (key: string): boolean => /^[a-z0-9'’-]+$/.test(key);

/** True for particles, time words and common verbs, also behind و/ف (`وأكد`). */
function isStop(t: Token | undefined): boolean {
  if (!t) return true;
  if (isDigits(t.key)) return true;
  if (STOP.has(t.key)) return true;
  if (FIRST_NAME_INDEX.has(t.key) || CONNECTORS.has(t.key)) return false;
  return Boolean(readingWhere(t, (stem) => STOP.has(stem), 'وف'));
}

/** True when punctuation or the end of the text follows token `i`. */
function punctuationAfter(view: ParagraphView, i: number): boolean {
  return i >= view.text.tokens.length - 1 || !joinedToNext(view.text, i);
}

/** True when the end of the text, punctuation or a particle follows token `i`. */
function boundaryAfter(view: ParagraphView, i: number): boolean {
  return i >= view.text.tokens.length - 1 || !joinedToNext(view.text, i) || isStop(token(view, i + 1));
}

interface TitleHit {
  length: number;
  kind: TitleKind;
  prefix: number;
  clitics: string;
}

/** The longest title phrase at token `i` (after its clitics), rank modifiers included. */
function titleAt(view: ParagraphView, i: number): TitleHit | undefined {
  const t = token(view, i);
  if (!t) return undefined;
  const covered = coverEntity(view, i);
  if (covered && covered.type !== 'country' && covered.type !== 'place') return undefined;
  for (const reading of t.readings) {
    if (reading.clitics.includes('ك')) continue;
    const entries = TITLE_INDEX.get(reading.stem);
    if (!entries) continue;
    for (const entry of entries) {
      if (!phraseAt(view, i, entry.keys)) continue;
      let length = entry.keys.length;
      if (entry.value === 'rank') {
        while (joinedToNext(view.text, i + length - 1) && RANK_MODIFIER_KEYS.has(token(view, i + length)?.key ?? '')) length++;
      }
      return { length, kind: entry.value, prefix: reading.prefix, clitics: reading.clitics };
    }
  }
  return undefined;
}

/** True when tokens `i+1 …` have the keys `keys[1 …]` with only spaces between. */
function phraseAt(view: ParagraphView, i: number, keys: readonly string[]): boolean {
  for (let k = 1; k < keys.length; k++) {
    if (token(view, i + k)?.key !== keys[k] || !joinedToNext(view.text, i + k - 1)) return false;
  }
  return true;
}

interface FirstNameHit {
  length: number;
  prefix: number;
  entry: FirstName | null;
}

/** A first name at token `i` (after clitics): lexicon entries, or `عبد` + any word. */
function firstNameAt(view: ParagraphView, i: number): FirstNameHit | undefined {
  const t = token(view, i);
  if (!t) return undefined;
  for (const reading of t.readings) {
    const entries = FIRST_NAME_INDEX.get(reading.stem);
    for (const entry of entries ?? []) {
      if (phraseAt(view, i, entry.keys)) return { length: entry.keys.length, prefix: reading.prefix, entry: entry.value };
    }
    if (reading.stem === 'عبد' && joinedToNext(view.text, i) && !isStop(token(view, i + 1))) {
      return { length: 2, prefix: reading.prefix, entry: null };
    }
  }
  return undefined;
}

/** True for a name word that is a first name in its own right (also `الصالح` from `صالح`). */
function isFirstNameWord(key: string): boolean {
  if (FIRST_NAME_INDEX.get(key)?.some((e) => e.keys.length === 1)) return true;
  return isDefinite(key) && Boolean(FIRST_NAME_INDEX.get(key.slice(2))?.some((e) => e.keys.length === 1));
}

/** A definite word that looks like a family name (`الجيلاني`, `السيسي`): nisba-shaped, not a title complement. */
function looksLikeFamilyName(key: string): boolean {
  return isDefinite(key) && key.endsWith('ي') && !COMPLEMENTS.has(key) && !TITLE_WORDS.has(key);
}

/** A verbal noun of the تفعيل pattern (`تسليح`, `تعزيز`) or a feminine plural: a common noun, not a name. */
function looksLikeCommonNoun(key: string): boolean {
  return /^ت..ي.$/u.test(key) || (key.length > 4 && key.endsWith('ات'));
}

/** True when a token reads as a preposition + something (`برحيل`, `بالمجمع`, `لإسلام`). */
function carriesPreposition(t: Token): Token['readings'][number] | undefined {
  return t.readings.find((r) => /[بلك]/u.test(r.clitics) && (isDefinite(r.stem) || isFirstNameWord(r.stem)));
}

// ---------------------------------------------------------------------------
// Names

/** How a name was announced, which decides how much evidence it needs. */
type NameMode = 'title' | 'apposition' | 'lexicon';

interface NameParse {
  first: number;
  last: number;
  prefix: number;
  units: string[];
}

/**
 * Reads a name from token `start`: units of name-like words, up to four.
 */
function parseName(view: ParagraphView, start: number, mode: NameMode, known: ReadonlySet<string>): NameParse | undefined {
  const tokens = view.text.tokens;
  const startToken = tokens[start];
  if (!startToken) return undefined;
  let prefix = 0;
  const units: string[] = [];
  let j = start;
  const lexicon = firstNameAt(view, start);
  if (mode === 'lexicon') {
    if (!lexicon) return undefined;
    prefix = lexicon.prefix;
    const keys = tokens.slice(start, start + lexicon.length).map((t, k) => (k === 0 ? t.readings.find((r) => r.prefix === prefix)?.stem ?? t.key : t.key));
    units.push(keys.join(' '));
    j = start + lexicon.length;
  } else {
    if (!isNameStart(view, start, known)) return undefined;
    const unit = readUnit(view, start, startToken.key);
    if (!unit) return undefined;
    units.push(unit.unit);
    j = unit.next;
    if (REGNAL.has(unit.unit)) return undefined;
  }
  // Continue while words look like name words.
  let closed = false;
  while (!closed && units.length < 4 && j < tokens.length && j - start < 8) {
    if (!joinedToNext(view.text, j - 1)) break;
    const t = tokens[j] as Token;
    const key = t.key;
    const entity = coverEntity(view, j);
    if (entity) {
      // A nisba may end a name as a family name (`محمد شياع السوداني`).
      if (entity.type === 'country' && coverIsNisba(view, j) && isDefinite(key) && units.length >= 2 && boundaryAfter(view, j) && view.cover[j]?.last === j + 1) {
        units.push(key);
        j++;
      }
      break;
    }
    if (REGNAL.has(key) && units.length === 1) {
      units.push(key);
      j++;
      break;
    }
    if (isStop(t) || isDigits(key) || titleAt(view, j) || COMPLEMENTS.has(key)) break;
    if (isLatin(key) !== isLatin(startToken.key)) break;
    if (!FIRST_NAME_INDEX.has(key) && !CONNECTORS.has(key)) {
      const glued = carriesPreposition(t);
      if (glued && (glued.prefix > 0 || units.length >= 2)) break;
      if (/^[بلك]/u.test(key) && units.length >= 2 && !known.has(key)) break;
      if (t.readings.some((r) => r.prefix > 0 && (isFirstNameWord(r.stem) || known.has(r.stem)))) break;
    }
    if (key.startsWith('و') && !FIRST_NAME_INDEX.has(key) && !known.has(key)) {
      // `و` + word continues a name only as its last word (`عبد اللطيف وهبي،`).
      if (!boundaryAfter(view, j)) break;
      closed = true;
    }
    if (isDefinite(key) && !CONNECTORS.has(units[units.length - 1]?.split(' ').pop() ?? '')) {
      if (REGNAL.has(key)) {
        if (units.length === 1) {
          units.push(key);
          j++;
        }
        break;
      }
      const familyLike = isFirstNameWord(key) || looksLikeFamilyName(key) || known.has(key) || ENDINGS.has(key);
      if (!familyLike && !punctuationAfter(view, j)) break;
      if (!familyLike) closed = true;
    }
    if (!isDefinite(key) && !CONNECTORS.has(key) && units.length >= 2 && !isFirstNameWord(key) && !known.has(key)) {
      // A third plain word is a name word only after a compound given name
      // (`رجب طيب أردوغان`) or right before a boundary.
      const second = units[1] ?? '';
      const secondIsGiven = !CONNECTORS.has(second.split(' ')[0] ?? '') && isFirstNameWord(second);
      if (looksLikeCommonNoun(key) || (!secondIsGiven && !boundaryAfter(view, j))) break;
    }
    if (looksLikeCommonNoun(key) && !known.has(key)) break;
    const unit = readUnit(view, j, key);
    if (!unit) break;
    units.push(unit.unit);
    j = unit.next;
  }
  const parse = { first: start, last: j, prefix, units };
  return validName(view, parse, mode, lexicon?.entry ?? null, known) ? parse : undefined;
}

/** True when token `i` can open a name announced by a title or an apposition. */
function isNameStart(view: ParagraphView, i: number, known: ReadonlySet<string>): boolean {
  const t = token(view, i);
  if (!t || isStop(t) || isDigits(t.key) || COMPLEMENTS.has(t.key) || titleAt(view, i)) return false;
  const entity = coverEntity(view, i);
  // An indefinite nisba after a definite title is not its adjective but a name (`الفريق الركن تركي بن بندر`).
  if (entity && !(entity.type === 'country' && coverIsNisba(view, i) && !isDefinite(t.key))) return false;
  if (isDefinite(t.key)) return isFirstNameWord(t.key) || looksLikeFamilyName(t.key) || known.has(t.key) || boundaryAfter(view, i);
  if (carriesPreposition(t)) return false;
  return !looksLikeCommonNoun(t.key) || known.has(t.key);
}

/** One name unit at `i`: a word, `عبد`/`بن`/`أبو` + the next, or a word + `الله`/`الدين`. */
function readUnit(view: ParagraphView, i: number, key: string): { unit: string; next: number } | undefined {
  const words = [key];
  let j = i + 1;
  while (CONNECTORS.has(words[words.length - 1] as string)) {
    const next = token(view, j);
    if (!next || !joinedToNext(view.text, j - 1) || isStop(next) || isDigits(next.key) || coverEntity(view, j)) return undefined;
    words.push(next.key);
    j++;
  }
  const ending = token(view, j);
  if (ending && joinedToNext(view.text, j - 1) && ENDINGS.has(ending.key) && words.length === 1) {
    words.push(ending.key);
    j++;
  }
  return { unit: words.join(' '), next: j };
}

/** The evidence a name needs, by how it was announced. */
function validName(view: ParagraphView, parse: NameParse, mode: NameMode, entry: FirstName | null, known: ReadonlySet<string>): boolean {
  const { units } = parse;
  if (!units.length) return false;
  if (mode === 'title') return true;
  if (units.length < 2) return false;
  if (mode === 'apposition') return boundaryAfter(view, parse.last - 1);
  // Lexicon: not a name something is named after (`مطار محمد الخامس`).
  const previous = token(view, parse.first - 1);
  if (previous && joinedToNext(view.text, parse.first - 1) && NAMED_AFTER_KEYS.has(previous.key)) return false;
  // `على` folds to `علي`: the original spelling tells the preposition.
  const original = tokenText(view, parse.first, parse.first + 1, parse.prefix);
  if (/ى$/u.test(original) && entry && !entry.name.endsWith('ى')) return false;
  if (entry?.ambiguous) {
    const second = units[1]?.split(' ')[0] ?? '';
    return isFirstNameWord(second) || known.has(second) || CONNECTORS.has(second) || units.length >= 3;
  }
  return true;
}

function tokenText(view: ParagraphView, first: number, last: number, prefix = 0): string {
  const [start, end] = tokenSpan(view.text, first, last, prefix);
  return view.text.text.slice(start, end);
}

// ---------------------------------------------------------------------------
// Title chains and roles

interface Chain {
  start: number;
  end: number;
  /** Country of a counterpart nisba (`نظيره الباكستاني`). */
  counterpartCountry: string | null;
}

/**
 * A title chain from token `i`: titles, their complements, nisbas, known
 * organizations and places, `لدى`/`في` + place. Ends before the name.
 */
function titleChain(view: ParagraphView, i: number, known: ReadonlySet<string>): Chain | undefined {
  const first = titleAt(view, i);
  if (!first) return undefined;
  let j = i + first.length;
  let counterpartCountry: string | null = null;
  let lastKind = first.kind;
  while (j < view.text.tokens.length && joinedToNext(view.text, j - 1)) {
    const next = titleAt(view, j);
    if (next) {
      j += next.length;
      lastKind = next.kind;
      continue;
    }
    const t = token(view, j) as Token;
    const entity = coverEntity(view, j);
    const match = view.cover[j];
    if (entity && match) {
      if (entity.type === 'person' || entity.type === 'event') break;
      if (entity.type === 'country' && coverIsNisba(view, j) && !isDefinite(t.key) && match.prefix === 0) break;
      if (lastKind === 'counterpart' && entity.type === 'country') counterpartCountry ??= entity.id;
      j = match.last;
      continue;
    }
    if (INNER_PREPOSITIONS.has(t.key) && joinedToNext(view.text, j)) {
      const place = coverEntity(view, j + 1);
      if (place && place.type !== 'person' && place.type !== 'event') {
        j = (view.cover[j + 1] as Match).last;
        continue;
      }
    }
    if (readingWhere(t, (stem) => COMPLEMENTS.has(stem), 'وبل')) {
      j++;
      continue;
    }
    const definite = readingWhere(t, isDefinite, 'وفبل');
    if (definite && !STOP.has(definite.stem)) {
      if (definite.prefix === 0 && (isFirstNameWord(t.key) || known.has(t.key) || (looksLikeFamilyName(t.key) && !lexiconNameWithin(view, j + 1, 2)))) break;
      j++;
      continue;
    }
    break;
  }
  return { start: i, end: j, counterpartCountry };
}

/** True when a first name starts within `n` tokens after `i` (same clause). */
function lexiconNameWithin(view: ParagraphView, i: number, n: number): boolean {
  for (let k = i; k < i + n && k < view.text.tokens.length; k++) {
    if (firstNameAt(view, k)) return true;
    if (!joinedToNext(view.text, k)) return false;
  }
  return false;
}

/** True when token `i` may belong to a title phrase or its complement. */
function chainish(view: ParagraphView, i: number): boolean {
  const t = token(view, i);
  if (!t) return false;
  const entity = coverEntity(view, i);
  if (entity) return entity.type === 'country' || entity.type === 'place' || entity.type === 'organization';
  if (INNER_PREPOSITIONS.has(t.key) || RANK_MODIFIER_KEYS.has(t.key)) return true;
  if (readingWhere(t, (stem) => TITLE_WORDS.has(stem) || COMPLEMENTS.has(stem), 'وبل')) return true;
  const definite = readingWhere(t, isDefinite, 'وفبل');
  return Boolean(definite && !STOP.has(definite.stem));
}

/** Splits a chain `[start, end)` into title phrases; courtesy and counterpart titles are left out. */
function chainParts(view: ParagraphView, start: number, end: number): { parts: string[]; country: string | null } {
  const parts: string[] = [];
  let country: string | null = null;
  let partStart = -1;
  let partPrefix = 0;
  let partKind: TitleKind | null = null;
  const close = (at: number): void => {
    if (partStart >= 0 && partKind !== 'courtesy' && partKind !== 'counterpart') {
      const text = tokenText(view, partStart, at, partPrefix).trim();
      if (text) parts.push(text);
    }
  };
  let i = start;
  while (i < end) {
    const hit = titleAt(view, i);
    // A coordinated title (`ومدير …`) stays in the same phrase.
    if (hit && !(partStart >= 0 && /^[و]/u.test(hit.clitics) && hit.kind === 'function' && partKind === 'function')) {
      close(i);
      partStart = i;
      partPrefix = hit.prefix;
      partKind = hit.kind;
      i += hit.length;
      continue;
    }
    const entity = coverEntity(view, i);
    if (entity && country === null) {
      if (entity.type === 'country') country = entity.id;
    }
    i = view.cover[i] && view.cover[i]!.last > i ? (view.cover[i] as Match).last : i + 1;
  }
  close(end);
  if (country === null) {
    for (let k = start; k < end; k++) {
      const entity = coverEntity(view, k);
      if (entity && entity.type !== 'country' && entity.country) {
        country = entity.country;
        break;
      }
    }
  }
  return { parts, country };
}

/** Start of the clause that contains token `i`: the token after the last punctuation before it. */
function clauseStart(view: ParagraphView, i: number): number {
  let k = i;
  while (k > 0 && joinedToNext(view.text, k - 1)) k--;
  return k;
}

/**
 * The role given to a person named by tokens `[first, last)`: the title
 * chain right before the name, a title phrase before a comma that precedes
 * it, and an apposition after it.
 *
 * @param view the paragraph
 * @param first first token of the name
 * @param last token after the name
 * @returns title phrases in text order and the country they point to
 */
export function roleAround(view: ParagraphView, first: number, last: number): Role {
  const parts: string[] = [];
  let country: string | null = null;
  const use = (found: { parts: string[]; country: string | null }): void => {
    parts.push(...found.parts);
    country ??= found.country;
  };
  // 1. The chain right before the name.
  let j = first - 1;
  while (j >= 0 && first - j <= 12 && joinedToNext(view.text, j) && chainish(view, j)) j--;
  let chainStart = first;
  for (let k = j + 1; k < first; k++) {
    if (titleAt(view, k)) {
      chainStart = k;
      break;
    }
  }
  // 2. A title phrase before a comma right before the chain or name.
  const before = chainStart - 1;
  if (before >= 0 && /[،,]/u.test(gapAfter(view.text, before))) {
    const clause = clauseStart(view, before);
    for (let k = clause; k <= before; k++) {
      if (!titleAt(view, k)) continue;
      let allChain = true;
      for (let m = k; m <= before; m++) if (!chainish(view, m)) allChain = false;
      if (!allChain) continue;
      const hit = titleAt(view, k) as TitleHit;
      if (hit.kind !== 'courtesy' && hit.kind !== 'counterpart') use(chainParts(view, k, before + 1));
      else use({ parts: [], country: chainParts(view, k, before + 1).country });
      break;
    }
  }
  if (chainStart < first) use(chainParts(view, chainStart, first));
  // 3. An apposition after the name: `، TITLE …،`.
  const after = last;
  if (after < view.text.tokens.length && /^[\s]*[،,][\s]*$/u.test(gapAfter(view.text, last - 1))) {
    const hit = titleAt(view, after);
    if (hit && hit.kind !== 'counterpart' && hit.kind !== 'courtesy' && hit.prefix === 0) {
      let end = after + hit.length;
      while (end < view.text.tokens.length && joinedToNext(view.text, end - 1) && (chainish(view, end) || titleAt(view, end))) {
        const match = view.cover[end];
        end = match && match.last > end ? match.last : end + 1;
      }
      use(chainParts(view, after, end));
    }
  }
  return { parts: [...new Set(parts)], country };
}

// ---------------------------------------------------------------------------
// People

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
      role: roleAround(view, parse.first, parse.last),
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
    const chain = titleChain(view, i, known);
    if (chain) {
      const nameStart = chain.end;
      if (nameStart < tokens.length && !taken.has(nameStart)) {
        const joined = joinedToNext(view.text, nameStart - 1);
        const mode: NameMode | null = joined ? 'title' : /^[\s]*[،,][\s]*$/u.test(gapAfter(view.text, nameStart - 1)) ? 'apposition' : null;
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

/** A person of one article while resolving references. */
interface ArticlePerson {
  id: string;
  entity: Entity | null;
  /** Unit sets of every full name known for the person. */
  names: string[][];
  canonical: PersonSighting | null;
  sightings: PersonSighting[];
}

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
 * Decides who each sighting names. Full names (two units or more) that
 * contain, or are contained in, a name already seen are the same person
 * (`محمد آصف خواجة` = `خواجة محمد آصف`); a one-unit reference
 * (`الجنرال منير`, `السيد الشودري`) goes to the person whose last, then
 * first, then any unit it equals, the most recently named first; only when
 * no person of the article fits does it become a person of its own.
 *
 * @param sightings every sighting of the article, in text order
 * @param registryPeople curated persons (for names units of registry matches and surnames)
 * @param takenIds ids already used by other entities (a discovered id never reuses one)
 * @returns the id of each sighting and the discovered entities
 */
export function resolvePeople(sightings: readonly PersonSighting[], registryPeople: ReadonlyMap<string, Entity>, takenIds: ReadonlySet<string> = new Set()): ResolvedPeople {
  const people: ArticlePerson[] = [];
  const ids: string[] = new Array(sightings.length).fill('');
  const unitSets = (entity: Entity): string[][] => [entity.name, ...entity.aliases].filter((n) => /\p{Script=Arabic}/u.test(n)).map((n) => unitsOfName(n));
  const sameName = (a: string[], b: string[]): boolean => {
    const setA = new Set(a.map(unitKey));
    const setB = new Set(b.map(unitKey));
    const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
    return small.size >= 2 && [...small].every((u) => large.has(u));
  };
  // Registry matches first: they anchor the article's people.
  sightings.forEach((sighting, index) => {
    if (!sighting.entityId) return;
    let person = people.find((p) => p.id === sighting.entityId);
    if (!person) {
      const entity = registryPeople.get(sighting.entityId) ?? null;
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
    let person = people.find((p) => p.names.some((name) => sameName(name, sighting.units)));
    if (!person) {
      person = { id: '', entity: null, names: [], canonical: sighting, sightings: [] };
      people.push(person);
    } else if (person.canonical && !person.entity && sighting.units.length > person.canonical.units.length) {
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
      const registry = [...registryPeople.values()].filter((entity) => unitSets(entity).some((name) => name.length >= 2 && unitKey(name[name.length - 1] as string) === unit));
      if (registry.length === 1) {
        const entity = registry[0] as Entity;
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
  const used = new Set(takenIds);
  for (const person of people) {
    if (person.entity || person.id) {
      used.add(person.id);
      continue;
    }
    const canonical = person.canonical ?? person.sightings[0];
    if (!canonical) continue;
    const name = canonical.text;
    let id = slugify(name, { dictionary: NAME_SPELLINGS });
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
      nameEn: latinName(name, { dictionary: NAME_SPELLINGS }) || null,
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
 * (`دونغ`). Forms shared by two people of the article, common words and
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
    if (form.length < 3 || STOP.has(form) || COMPLEMENTS.has(form) || TITLE_WORDS.has(form)) return false;
    const entries = FIRST_NAME_INDEX.get(form);
    return !entries?.some((e) => e.value.ambiguous);
  });
}

// ---------------------------------------------------------------------------
// Organizations and events

/** The canonical text of tokens `[first, last)` after `prefix` clitics, with the article of `لل` restored. */
function canonicalText(view: ParagraphView, first: number, last: number, reading: { prefix: number; stem: string }): string {
  const text = tokenText(view, first, last, reading.prefix);
  if (reading.stem.startsWith('ال') && !normalizeArabic(text).startsWith('ال')) return `ا${text}`;
  return text;
}

/**
 * Organizations by shape: a head (`وزارة`, `القوات`, `سلاح`, `وكالة` …)
 * and a definite complement, made specific by a nisba or country, a
 * qualifier, or a strong head (`وزارة`, `مديرية`, `وكالة` …). The whole
 * span may swallow gazetteer geo matches (`منظمة شنغهاي للتعاون`), never
 * a known organization or person.
 *
 * @param view the paragraph and its gazetteer matches
 * @returns organizations found, in text order
 */
export function findOrganizations(view: ParagraphView): SpanFinding[] {
  const found: SpanFinding[] = [];
  const tokens = view.text.tokens;
  let i = 0;
  while (i < tokens.length) {
    const result = organizationAt(view, i);
    if (result) {
      found.push(result);
      i = result.abbreviation ? result.abbreviation.last : result.last;
    } else i++;
  }
  return found;
}

function organizationAt(view: ParagraphView, i: number): SpanFinding | undefined {
  const t = token(view, i);
  if (!t) return undefined;
  const covered = coverEntity(view, i);
  if (covered && covered.type !== 'country' && covered.type !== 'place') return undefined;
  const tokens = view.text.tokens;
  const head = readingWhere(t, (stem) => ORG_STRONG_HEADS.has(stem) || ORG_WEAK_HEADS.has(stem), 'وفبل');
  if (!head) return undefined;
  const strong = ORG_STRONG_HEADS.has(head.stem);
  let j = i + 1;
  let country: string | null = null;
  let specific = false;
  let lastWasGeo = false;
  let properNames = 0;
  while (j < tokens.length && j - i <= 8 && joinedToNext(view.text, j - 1)) {
    const w = token(view, j) as Token;
    const entity = coverEntity(view, j);
    const match = view.cover[j];
    if (entity && match) {
      if (entity.type !== 'country' && entity.type !== 'place') {
        // `قيادة البحرية الباكستانية`, `هيئة أركان القوات البرية الباكستانية`:
        // the known organization is the mention.
        if (entity.type === 'organization') return undefined;
        break;
      }
      if (match.prefix > 0 && j > i + 1 && /[بل]/u.test(w.readings.find((r) => r.prefix === match.prefix)?.clitics ?? '') && !isDefinite(w.readings.find((r) => r.prefix === match.prefix)?.stem ?? '')) break;
      country ??= entity.type === 'country' ? entity.id : entity.country;
      specific = true;
      lastWasGeo = true;
      j = match.last;
      continue;
    }
    lastWasGeo = false;
    if (INNER_PREPOSITIONS.has(w.key) && w.key === 'في' && joinedToNext(view.text, j)) {
      const place = coverEntity(view, j + 1);
      if (place && (place.type === 'country' || place.type === 'place')) {
        country ??= place.type === 'country' ? place.id : place.country;
        specific = true;
        j = (view.cover[j + 1] as Match).last;
        break;
      }
      break;
    }
    if (isStop(w) || titleAt(view, j) && !COMPLEMENTS.has(w.key)) break;
    const definite = readingWhere(w, isDefinite, 'بل');
    if (definite) {
      if (ORG_QUALIFIERS.has(definite.stem)) specific = true;
      j++;
      continue;
    }
    const proper = ORG_NAME_HEADS.has(head.stem) && properNames < 2 && !isDigits(w.key) && !FIRST_NAME_INDEX.has(w.key) && !looksLikeCommonNoun(w.key) && !/(ية|يه|ه)$/u.test(w.key);
    if (COMPLEMENTS.has(w.key) || proper) {
      if (!COMPLEMENTS.has(w.key)) properNames++;
      j++;
      continue;
    }
    break;
  }
  void lastWasGeo;
  const length = j - (i + 1);
  if (length < 1) return undefined;
  if (!strong && !specific) return undefined;
  // Generic weak heads with nothing but a nisba (`القوات الأمريكية`) stay organizations;
  // a strong head with one plain complement (`وزارة الدفاع`) too.
  const [start, end] = tokenSpan(view.text, i, j, head.prefix);
  const finding: SpanFinding = {
    type: 'organization',
    paragraph: view.index,
    first: i,
    last: j,
    prefix: head.prefix,
    start,
    end,
    text: view.text.text.slice(start, end),
    name: canonicalText(view, i, j, head),
    country,
  };
  // A parenthesised short form right after: `(بترا)`, `(أفريكوم)`.
  const gap = gapAfter(view.text, j - 1);
  if (/^\s*\(\s*$/u.test(gap)) {
    let k = j;
    while (k < tokens.length && k - j < 3 && joinedToNext(view.text, k)) k++;
    if (/^\s*\)/u.test(gapAfter(view.text, k)) || k === tokens.length - 1) {
      const [aStart, aEnd] = tokenSpan(view.text, j, k + 1);
      finding.abbreviation = { first: j, last: k + 1, start: aStart, end: aEnd, text: view.text.text.slice(aStart, aEnd) };
    }
  }
  return finding;
}

const QUOTE = /[“”«»"″„‟]/gu;

/**
 * Events by shape: a quoted name after an exercise, fair or conference word
 * (`تمارين “الأسد الإفريقي”`, `التدريبات متعددة الجنسيات “Indus Shield-2023″`),
 * or `معرض`/`مؤتمر`/`منتدى` + a definite complement (`معرض الدفاع الدولي`).
 * Quoted names after `شركة`, `منصة`, `وكالة` … are organizations and are
 * returned too.
 *
 * @param view the paragraph and its gazetteer matches
 * @returns events and quoted organizations, in text order
 */
export function findEvents(view: ParagraphView): SpanFinding[] {
  const found: SpanFinding[] = [];
  const tokens = view.text.tokens;
  const { text } = view.text;
  const quotes = [...text.matchAll(QUOTE)].map((m) => m.index);
  const quoted = new Set<number>();
  for (let q = 0; q + 1 < quotes.length; q += 2) {
    const open = quotes[q] as number;
    const close = quotes[q + 1] as number;
    if (close - open > 80 || /[.!؟?\n]/u.test(text.slice(open, close))) {
      q--;
      continue;
    }
    const inside: number[] = [];
    tokens.forEach((_, k) => {
      const [s, e] = tokenSpan(view.text, k, k + 1);
      if (s > open && e <= close) inside.push(k);
    });
    if (!inside.length || inside.length > 6) continue;
    const first = inside[0] as number;
    const last = (inside[inside.length - 1] as number) + 1;
    if (inside.some((k) => view.cover[k] && coverEntity(view, k)?.type !== 'country' && coverEntity(view, k)?.type !== 'place')) continue;
    const trigger = triggerBefore(view, first);
    if (!trigger) continue;
    inside.forEach((k) => quoted.add(k));
    const [start, end] = tokenSpan(view.text, first, last);
    const name = text.slice(start, end).trim();
    found.push({ type: trigger, paragraph: view.index, first, last, prefix: 0, start, end, text: text.slice(start, end), name, country: countryWithin(view, first, last) });
  }
  // `معرض الدفاع الدولي`: a fair named by its complement.
  for (let i = 0; i < tokens.length; i++) {
    const head = readingWhere(tokens[i], (stem) => NAMED_EVENT_HEAD_KEYS.has(stem), 'وفبل');
    if (!head || quoted.has(i + 1)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 5 && joinedToNext(view.text, j - 1) && !view.cover[j]) {
      const w = tokens[j] as Token;
      if (!isDefinite(w.key) || STOP.has(w.key)) break;
      j++;
    }
    if (j - i < 3) continue;
    // A quoted name right after the description is the event's name (handled above).
    if (/[“«"„]/u.test(gapAfter(view.text, j - 1))) continue;
    const [start, end] = tokenSpan(view.text, i, j, head.prefix);
    found.push({ type: 'event', paragraph: view.index, first: i, last: j, prefix: head.prefix, start, end, text: text.slice(start, end), name: canonicalText(view, i, j, head), country: countryWithin(view, i, j) });
    i = j - 1;
  }
  return found.sort((a, b) => a.first - b.first);
}

/** What kind of thing a quote names, from the words before it: event, organization, or nothing. */
function triggerBefore(view: ParagraphView, first: number): 'event' | 'organization' | undefined {
  for (let k = first - 1; k >= 0 && first - k <= 4; k--) {
    const t = token(view, k) as Token;
    if (readingWhere(t, (stem) => EVENT_TRIGGER_KEYS.has(stem), 'وفبل')) return 'event';
    if (readingWhere(t, (stem) => ORG_QUOTE_TRIGGERS.has(stem), 'وفبل')) return 'organization';
    if (k > 0 && !joinedToNext(view.text, k - 1) && !/^\s*$/u.test(gapAfter(view.text, k - 1).replace(QUOTE, ''))) return undefined;
    if (isStop(t) && t.key !== 'متعدده') return undefined;
  }
  return undefined;
}

/** The first country named (or nisba) inside tokens `[first, last)`. */
function countryWithin(view: ParagraphView, first: number, last: number): string | null {
  for (let k = first; k < last; k++) {
    const entity = coverEntity(view, k);
    if (entity?.type === 'country') return entity.id;
  }
  return null;
}

/**
 * Turns organization and event findings into entities (one per name; same
 * name, same id), marked unreviewed.
 *
 * @param findings what `findOrganizations` / `findEvents` returned for an article
 * @param takenIds ids used by other entities
 * @returns an entity per distinct name and the id of each finding (same order)
 */
export function spanEntities(findings: readonly SpanFinding[], takenIds: ReadonlySet<string> = new Set()): { entities: Entity[]; ids: string[] } {
  const byKey = new Map<string, Entity>();
  const ids: string[] = [];
  const used = new Set(takenIds);
  for (const finding of findings) {
    const key = `${finding.type}\u0000${normalizeArabic(finding.name)}`;
    let entity = byKey.get(key);
    if (!entity) {
      let id = slugify(finding.name, { dictionary: NAME_SPELLINGS });
      if (used.has(id)) id = `${id}-${finding.type === 'event' ? 'event' : 'org'}`;
      used.add(id);
      entity = {
        id,
        type: finding.type as EntityType,
        name: finding.name,
        nameEn: /[a-z]/i.test(finding.name) ? finding.name : latinName(finding.name, { dictionary: NAME_SPELLINGS }) || null,
        aliases: [],
        country: finding.country,
        titles: [],
        wikidata: null,
        reviewed: false,
      };
      byKey.set(key, entity);
    }
    if (finding.abbreviation && !entity.aliases.includes(finding.abbreviation.text)) entity.aliases.push(finding.abbreviation.text);
    entity.country ??= finding.country;
    ids.push(entity.id);
  }
  return { entities: [...byKey.values()], ids };
}
