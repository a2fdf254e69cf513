/**
 * A paragraph as discovery reads it: its tokens, what the gazetteer already
 * matched there, and the small questions asked about each word (is it a
 * particle, a title, a first name, a family-name-shaped word?).
 *
 * Every answer is a table lookup on matching keys (see `lexicon.ts`) or a
 * word-shape test; titles are cached per paragraph because the name, role
 * and organization readers all ask about the same words.
 */

import type { Entity } from '../pipeline/types.ts';
import type { TitleKind } from './data/titles.ts';
import type { FirstName } from './data/first-names.ts';
import type { Match } from './match.ts';
import type { CliticReading } from '../arabic/clitics.ts';
import { gapAfter, joinedToNext, quoteOpensAt, tokenSpan, type Token, type TokenizedText } from './tokens.ts';
import {
  ACCUSATIVE_KEYS,
  COMPLEMENTS,
  CONNECTORS,
  COUNTRY_BOUND_TITLE_KEYS,
  FIRST_NAME_INDEX,
  RANK_MODIFIER_KEYS,
  RANK_PHRASE_KEYS,
  STOP,
  STOP_OR_NAME,
  SUBJECT_FOLLOWER_KEYS,
  TITLE_INDEX,
  TITLE_SPELLINGS_OF_NAMES,
  TITLE_WORDS,
  VESSEL_KEYS,
} from './lexicon.ts';

/** A paragraph with what the gazetteer already found in it. */
export interface ParagraphView {
  index: number;
  text: TokenizedText;
  /** For each token, the gazetteer match covering it, if any. */
  cover: (Match | undefined)[];
  /** Entities the matches point to, by id. */
  entities: ReadonlyMap<string, Entity>;
  /** Title phrase at each token, computed on first use (null: none). */
  titles: (TitleHit | null | undefined)[];
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
  for (let m = 0; m < matches.length; m++) {
    const match = matches[m] as Match;
    for (let i = match.first; i < match.last; i++) cover[i] = match;
  }
  return { index, text, cover, entities, titles: new Array(text.tokens.length).fill(undefined) };
}


/** The entity the gazetteer's best candidate at token `i` points to, if any. */
export function coverEntity(view: ParagraphView, i: number): Entity | undefined {
  const id = view.cover[i]?.candidates[0]?.entityId;
  return id === undefined ? undefined : view.entities.get(id);
}

/** True when the gazetteer matched token `i` as a nisba (`الباكستانية`). */
export function coverIsNisba(view: ParagraphView, i: number): boolean {
  return view.cover[i]?.candidates[0]?.kind === 'nisba';
}

/** Token `i` of the paragraph, or undefined outside it. */
export function token(view: ParagraphView, i: number): Token | undefined {
  return view.text.tokens[i];
}

/** The first reading of a token whose clitics are all in `allowed` and whose stem passes `test`. */
export function readingWhere(t: Token | undefined, test: (stem: string) => boolean, allowed = 'وفبلك'): Token['readings'][number] | undefined {
  if (!t) return undefined;
  // Asked of nearly every word, several times: an indexed loop (`for … of`
  // allocates an iterator wherever V8 has not optimised the caller) and no
  // arrays of clitics.
  const readings = t.readings;
  for (let k = 0; k < readings.length; k++) {
    const reading = readings[k] as CliticReading;
    if (cliticsWithin(reading.clitics, allowed) && test(reading.stem)) return reading;
  }
  return undefined;
}

/** True when every clitic letter is one of `allowed` (clitics are single UTF-16 letters). */
function cliticsWithin(clitics: string, allowed: string): boolean {
  for (let k = 0; k < clitics.length; k++) if (!allowed.includes(clitics[k] as string)) return false;
  return true;
}

/** Word-shape tests on keys: digits; the article + at least two letters; Latin. */
export const isDigits = (key: string): boolean => /^\p{N}+$/u.test(key);
export const isDefinite = (key: string): boolean => key.startsWith('ال') && key.length > 3;
export const isLatin = (key: string): boolean => /^[a-z0-9'’-]+$/.test(key);

/** `STOP` as a stem test, defined once rather than as a new closure per word. */
const isStopStem = (stem: string): boolean => STOP.has(stem);

/** True for particles, time words and common verbs, also behind و/ف (`وأكد`). */
export function isStop(view: ParagraphView, i: number): boolean {
  const t = token(view, i);
  if (!t) return true;
  if (isDigits(t.key)) return true;
  // `على` and `علي` fold to one key: the original spelling tells them apart.
  if (STOP_OR_NAME.has(t.key)) return /ى\s*$/u.test(tokenText(view, i, i + 1));
  if (STOP.has(t.key)) return true;
  if (FIRST_NAME_INDEX.has(t.key) || CONNECTORS.has(t.key)) return false;
  return Boolean(readingWhere(t, isStopStem, 'وف'));
}

/** True when punctuation or the end of the text follows token `i`. */
export function punctuationAfter(view: ParagraphView, i: number): boolean {
  return i >= view.text.tokens.length - 1 || !joinedToNext(view.text, i);
}

/**
 * True when token `i` may be the last word of a subject: a comma, a title
 * or a word that follows subjects (`قد`, `أن`, `عن`) comes next.
 */
export function endsSubject(view: ParagraphView, i: number): boolean {
  // A comma closes an apposition or a subject; a full stop may follow an object.
  if (i >= view.text.tokens.length - 1 || /^\s*[،,]/u.test(gapAfter(view.text, i))) return true;
  const next = token(view, i + 1);
  return Boolean(next && (SUBJECT_FOLLOWER_KEYS.has(next.key) || titleAt(view, i + 1)));
}

/** True when the end of the text, punctuation or a particle follows token `i`. */
export function boundaryAfter(view: ParagraphView, i: number): boolean {
  return i >= view.text.tokens.length - 1 || !joinedToNext(view.text, i) || isStop(view, i + 1);
}

/** A title phrase found at a token. */
export interface TitleHit {
  length: number;
  kind: TitleKind;
  prefix: number;
  clitics: string;
}

/** The longest title phrase at token `i` (after its clitics), rank modifiers included. */
export function titleAt(view: ParagraphView, i: number): TitleHit | undefined {
  const cached = view.titles[i];
  if (cached !== undefined) return cached ?? undefined;
  const hit = findTitleAt(view, i);
  if (i >= 0 && i < view.titles.length) view.titles[i] = hit ?? null;
  return hit;
}

function findTitleAt(view: ParagraphView, i: number): TitleHit | undefined {
  const t = token(view, i);
  if (!t) return undefined;
  const covered = coverEntity(view, i);
  if (covered && covered.type !== 'country' && covered.type !== 'place') return undefined;
  // Indexed, like every per-word loop here (see `readingWhere`).
  for (let r = 0; r < t.readings.length; r++) {
    const reading = t.readings[r] as CliticReading;
    if (reading.clitics.includes('ك')) continue;
    const entries = TITLE_INDEX.get(reading.stem);
    if (!entries) continue;
    // `أحمد قايد صالح`: written without its hamza, the title is a family name.
    if (TITLE_SPELLINGS_OF_NAMES.has(tokenText(view, i, i + 1, reading.prefix))) continue;
    for (const entry of entries) {
      if (!phraseAt(view, i, entry.keys)) continue;
      let length = entry.keys.length;
      if (COUNTRY_BOUND_TITLE_KEYS.has(reading.stem) && !(joinedToNext(view.text, i + length - 1) && coverEntity(view, i + length)?.type === 'country')) continue;
      if (entry.value === 'rank') {
        while (joinedToNext(view.text, i + length - 1) && RANK_MODIFIER_KEYS.has(token(view, i + length)?.key ?? '')) length++;
        const phrase = RANK_PHRASE_KEYS.find((keys) => joinedToNext(view.text, i + length - 1) && phraseAt(view, i + length - 1, ['', ...keys]));
        if (phrase) length += phrase.length;
        // `اللواء أ.ح مهندس`: a modifier may follow the phrase too.
        while (phrase && joinedToNext(view.text, i + length - 1) && RANK_MODIFIER_KEYS.has(token(view, i + length)?.key ?? '')) length++;
      }
      return { length, kind: entry.value, prefix: reading.prefix, clitics: reading.clitics };
    }
  }
  return undefined;
}

/** True when tokens `i+1 …` have the keys `keys[1 …]` with only spaces between. */
export function phraseAt(view: ParagraphView, i: number, keys: readonly string[]): boolean {
  for (let k = 1; k < keys.length; k++) {
    if (token(view, i + k)?.key !== keys[k] || !joinedToNext(view.text, i + k - 1)) return false;
  }
  return true;
}

/** A first name found at a token: how many tokens it spans, its clitics, its lexicon entry (null for `عبد` + any word). */
export interface FirstNameHit {
  length: number;
  prefix: number;
  entry: FirstName | null;
}

/** A first name at token `i` (after clitics): lexicon entries, or `عبد` + any word. */
export function firstNameAt(view: ParagraphView, i: number): FirstNameHit | undefined {
  const t = token(view, i);
  if (!t) return undefined;
  for (let r = 0; r < t.readings.length; r++) {
    const reading = t.readings[r] as CliticReading;
    const entries = FIRST_NAME_INDEX.get(reading.stem);
    if (entries) {
      for (const entry of entries) {
        if (phraseAt(view, i, entry.keys)) return { length: entry.keys.length, prefix: reading.prefix, entry: entry.value };
      }
    }
    if (reading.stem === 'عبد' && joinedToNext(view.text, i) && !isStop(view, i + 1)) {
      return { length: 2, prefix: reading.prefix, entry: null };
    }
  }
  return undefined;
}

/** True for a name word that is a first name in its own right (also `الصالح` from `صالح`). */
export function isFirstNameWord(key: string): boolean {
  if (FIRST_NAME_INDEX.get(key)?.some((e) => e.keys.length === 1)) return true;
  return isDefinite(key) && Boolean(FIRST_NAME_INDEX.get(key.slice(2))?.some((e) => e.keys.length === 1));
}

/** A definite word that looks like a family name (`الجيلاني`, `السيسي`): nisba-shaped, not a title complement. */
export function looksLikeFamilyName(key: string): boolean {
  return isDefinite(key) && key.endsWith('ي') && !COMPLEMENTS.has(key) && !TITLE_WORDS.has(key);
}

/** True when token `i` is written with a final ة (which its key, like ه, folds to ه). */
export function endsInTaMarbuta(view: ParagraphView, i: number): boolean {
  return /ة$/u.test(tokenText(view, i, i + 1));
}

/**
 * True when token `i` reads as a noun with a possessive pronoun (`ضيوفه`,
 * his guests): written with a final ه where a name of that shape is
 * written with ة (`فوزية`), and no first name (`طه`, `وجيه`).
 */
export function endsInPronoun(view: ParagraphView, i: number): boolean {
  const t = token(view, i);
  return t !== undefined && t.key.length >= 4 && !isDefinite(t.key) && !FIRST_NAME_INDEX.has(t.key) && /ه$/u.test(tokenText(view, i, i + 1));
}

/**
 * True when token `i` is in the indefinite accusative, never a name word:
 * written with tanween (`إيذاناً`, `رسمياً`; news text never writes it on a
 * name), or one of the adverbs and objects the press writes without it
 * (`شخصيا`, `اجتماعا`).
 */
export function isAccusative(view: ParagraphView, i: number): boolean {
  return ACCUSATIVE_KEYS.has(token(view, i)?.key ?? '') || /[\u064B-\u064D]/u.test(tokenText(view, i, i + 1));
}

/**
 * A verb that goes on with the sentence after a title (`زيارة الوزير …
 * ستسهم في …`, `مباحثات حموشي مع المسؤول الأمني الباكستاني انصبت على …`) or
 * a name (`المشير خليفة حفتر سيعود إلى …`): the future tense, س before an
 * imperfect the lexicon knows (`ستسهم`, `سيعود`; only known verbs count,
 * names of that shape abound: `سينغ`, `سيدو`, `ستارمر`), or the feminine
 * past of the انفعل and افتعل forms (`انصبت`, `انعقدت`, `اختتمت`), a shape
 * no name has.
 */
export function looksLikeVerb(key: string): boolean {
  if (FIRST_NAME_INDEX.has(key)) return false;
  return (key.length > 3 && /^س[يتنا]/u.test(key) && STOP.has(key.slice(1))) || /^ان..ت$|^ا.ت..ت$/u.test(key);
}

/**
 * Shapes of common nouns, never names: a verbal noun of the تفعيل,
 * مفاعلة, افتعال or استفعال pattern (`تسليح`, `التعزيز`, `مراقبة`,
 * `مكافحة`, `اهتمام`, `استقبال`), a broken plural of the أفعال pattern
 * (`الأوضاع`, `أعمال`), a feminine plural (`صفقات`). Given names of the
 * افتعال shape (`ابتسام`, `انتصار`) are first names, which callers ask first.
 */
export function looksLikeCommonNoun(key: string): boolean {
  const bare = key.startsWith('ال') ? key.slice(2) : key;
  return /^ت..ي.$/u.test(bare) || hasBrokenPluralShape(bare) || /^م.ا..ه$/u.test(bare) || /^ا.ت.ا.$|^است..ا.$/u.test(bare) || (bare.length > 4 && bare.endsWith('ات'));
}

/**
 * The أفعال shape of broken plurals (`أعمال`, `أوضاع`, `أعضاء`), which is
 * also the shape of some family names (`أعوان`, Awan; `أفضال`). A key
 * without the article.
 */
export function hasBrokenPluralShape(key: string): boolean {
  return /^ا..ا.$/u.test(key);
}

/**
 * True when a token reads as a preposition + something (`برحيل`, `بالمجمع`,
 * `لإسلام`), or + a name word the article has already used (`بحجازي`
 * after `محمود حجازي`), when `known` holds those.
 */
export function carriesPreposition(t: Token, known: ReadonlySet<string> = NO_NAME_WORDS): Token['readings'][number] | undefined {
  return t.readings.find((r) => /[بلك]/u.test(r.clitics) && (isDefinite(r.stem) || isFirstNameWord(r.stem) || known.has(r.stem)));
}

const NO_NAME_WORDS: ReadonlySet<string> = new Set();

/**
 * True when the definite word at token `i`, read behind `ب` or `ل`, names
 * whom someone met rather than continuing a title or an organization's
 * name: a family name (`… الباكستانية بالزموري`), or any word right after a
 * country's nisba, the office's or organization's nationality
 * (`وزير الداخلية الإندونيسي بالنجار`).
 *
 * @param reading the token's definite reading (its `ب`/`ل` clitics only)
 */
export function namesOneMet(view: ParagraphView, i: number, reading: CliticReading): boolean {
  if (reading.prefix === 0) return false;
  return looksLikeFamilyName(reading.stem) || (coverEntity(view, i - 1)?.type === 'country' && coverIsNisba(view, i - 1));
}

/** The original text of tokens `[first, last)` after `prefix` clitic characters. */
export function tokenText(view: ParagraphView, first: number, last: number, prefix = 0): string {
  const [start, end] = tokenSpan(view.text, first, last, prefix);
  return view.text.text.slice(start, end);
}

/**
 * True when token `i` opens a quoted name that a vessel word shortly
 * before it announces (`الفرقاطة المغربية “السلطان مولاي إسماعيل”`,
 * `حاملة الطائرات الفرنسية “شارل ديغول”`, `الفرقاطة المصرية “بورسعيد”`):
 * at most three words between, and no punctuation but the quote. The ship
 * is named after someone or somewhere; it is no mention of them.
 */
export function opensVesselName(view: ParagraphView, i: number): boolean {
  if (i === 0 || !quoteOpensAt(view.text, i)) return false;
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    if (readingWhere(token(view, k), isVessel, 'وبل')) return true;
    if (k > 0 && !joinedToNext(view.text, k - 1)) return false;
  }
  return false;
}

const isVessel = (stem: string): boolean => VESSEL_KEYS.has(stem);
