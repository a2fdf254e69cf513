/**
 * Places recognised by the shape of their names.
 *
 * The place table (`data/places.ts`) knows capitals, large cities, seas and
 * regions; defence coverage names many more places: the town an exercise is
 * held near, the base a minister visits, the palace where an agreement is
 * signed. Two shapes announce them, whatever the place:
 *
 * - an area word and a proper name: `بولاية القصرين`, `مدينة تشينغداو
 *   الصينية`, `ولايات دارفور وكردفان`, `بميناء طرطوس`. The area word is not
 *   part of the name (the place is `القصرين`, as a later bare `القصرين`
 *   calls it); a plural area word takes several names joined by و, and a
 *   country's nisba right after a name gives the place its country;
 * - a facility: a head, a name and the word that says what the facility
 *   is (`قاعدة العديد الجوية`, `مطار هواري بومدين الدولي`), or a palace or
 *   mountain and its proper name (`في قصر الاتحادية`, `قصر قرطاج`, `جبل
 *   الشعانبي`). The head is part of the name, and a person or place inside
 *   it is the facility's namesake, not a mention of its own (`قاعدة محمد
 *   نجيب العسكرية`): the finding says so (`namesake`). A facility named
 *   after its town alone (`مطار القاهرة الدولي`) stays a mention of the
 *   town.
 *
 * A proper name here is a word that is no particle, title, title
 * complement, organization head, first name, family-name shape (`ولاية
 * السيسي` is a term of office), adjective (`ساحلية`, `جديدة`) or
 * common-noun shape (`looksLikeCommonNoun`), so `مدينة ساحلية`, `ولاية
 * ثانية`, `قاعدة عسكرية` and `قاعدة البيانات العسكرية` name nothing. A
 * palace needs a preposition of place before it, or a name without the
 * article (`قصر قرطاج`), since `قصر` + a definite noun is as often
 * "shortness of" (`قصر المدة`).
 *
 * `منطقة` names a place only by a single indefinite word that a boundary
 * closes (`لمنطقة ناوشيرا.`; see `ZONE_HEADS`). Limits: a bare name with
 * no area word (`تفنيت وأكا`) stays unknown unless the table has it; a
 * name found in one article is not looked for in the others.
 */

import { normalizeArabic } from '../arabic/normalize.ts';
import {
  AREA_ADJECTIVE_KEYS,
  COMPLEMENTS,
  DIRECTION_KEYS,
  FACILITY_CLOSER_KEYS,
  FACILITY_NAME_HEAD_KEYS,
  NOT_PLACE_NAME_KEYS,
  ORG_STRONG_HEADS,
  ORG_WEAK_HEADS,
  PLACE_AREA_HEAD_KEYS,
  PLACE_AREA_PLURAL_KEYS,
  PLACE_PREPOSITION_KEYS,
  TITLE_WORDS,
  TOPONYM_FIRST_KEYS,
  ZONE_HEAD_KEYS,
  ZONE_NOUN_KEYS,
} from './lexicon.ts';
import type { SpanFinding } from './shapes.ts';
import { joinedToNext, tokenSpan } from './tokens.ts';
import {
  boundaryAfter,
  coverEntity,
  endsInTaMarbuta,
  coverIsNisba,
  isDefinite,
  isDigits,
  isFirstNameWord,
  isStop,
  looksLikeCommonNoun,
  looksLikeFamilyName,
  readingWhere,
  token,
  tokenText,
  type ParagraphView,
} from './view.ts';

/** Stem tests asked of every word, defined once rather than as a new closure per word. */
const isAreaHead = (stem: string): boolean => PLACE_AREA_HEAD_KEYS.has(stem) || PLACE_AREA_PLURAL_KEYS.has(stem) || ZONE_HEAD_KEYS.has(stem);
const isFacilityHead = (stem: string): boolean => FACILITY_CLOSER_KEYS.has(stem) || FACILITY_NAME_HEAD_KEYS.has(stem);
/** The mountain's head: `جبل طارق`, `جبل علي` are names although their second word is a first name. */
const MOUNTAIN = normalizeArabic('جبل');
const PALACE = normalizeArabic('قصر');

/**
 * Places by shape, in text order: named areas after an area word, and
 * named facilities.
 *
 * @param view the paragraph and its gazetteer matches
 */
export function findPlaces(view: ParagraphView): SpanFinding[] {
  const found: SpanFinding[] = [];
  const tokens = view.text.tokens;
  let i = 0;
  while (i < tokens.length) {
    const at = coverEntity(view, i) ? [] : (facilityAt(view, i) ?? areasAt(view, i));
    found.push(...at);
    i = at.length > 0 ? (at[at.length - 1] as SpanFinding).last : i + 1;
  }
  return found;
}

/** What else a place's name may be, by head: `PLAIN` for an area word. */
interface NameAllows {
  /** A first name (`جبل طارق`, `جبل علي`). */
  firstNames?: boolean;
  /** A family-name shape (`مدينتي الحسكة والقامشلي`), which after `ولاية` is whose term it is (`ولاية السيسي`). */
  familyNames?: boolean;
  /** A title's complement (`بقصر الاتحادية`, where `الاتحادية` also qualifies titles). */
  complements?: boolean;
  /** A common noun's shape (`في قصر المرادية`, shaped like `مراقبة`), where the head already makes it a place. */
  commonShapes?: boolean;
}

const TERM = normalizeArabic('ولاية');

/**
 * True when token `k` can be (the first word of) a place's proper name: not
 * covered by a known entity, and none of the words that only look like one.
 *
 * @param key the word's key, behind its clitics
 */
function isPlaceName(view: ParagraphView, k: number, key: string, allows: NameAllows): boolean {
  if (coverEntity(view, k) || key.length < 2 || isDigits(key)) return false;
  if (TITLE_WORDS.has(key) || ORG_STRONG_HEADS.has(key) || ORG_WEAK_HEADS.has(key) || (!allows.complements && COMPLEMENTS.has(key))) return false;
  if (NOT_PLACE_NAME_KEYS.has(key) || AREA_ADJECTIVE_KEYS.has(key) || (!allows.commonShapes && looksLikeCommonNoun(key))) return false;
  if (!allows.firstNames && isFirstNameWord(key)) return false;
  if (!allows.familyNames && looksLikeFamilyName(key)) return false;
  // Indefinite nisba adjectives (`ساحلية`, `حدودية`) and words with a pronoun (`مدتها`).
  if (!isDefinite(key) && /(يه|ها|هم|هما)$/u.test(key)) return false;
  return true;
}

/**
 * The end of a name starting at token `k`: one word, or two when the first
 * is a toponym's first word (`دير الزور`); undefined when the name plainly
 * goes on and where it ends is not known: a bare word followed by another
 * (`مدينة سري كانيه`), or a definite one followed by a definite word that
 * is no country's nisba (`محافظة البنك المركزي` is a phrase).
 */
function nameEnd(view: ParagraphView, k: number): number | undefined {
  const first = token(view, k);
  const second = token(view, k + 1);
  if (!first || !second || !joinedToNext(view.text, k) || isStop(view, k + 1) || coverEntity(view, k + 1)) return k + 1;
  if (TOPONYM_FIRST_KEYS.has(first.key)) return k + 2;
  // `قرية دابق بريف حلب`, `بمدينة وهران غرب البلاد`: a preposition, a conjunction or a direction ends it.
  if (DIRECTION_KEYS.has(second.key) || isDigits(second.key) || second.readings.some((reading) => /^[وفبل]+$/u.test(reading.clitics) && reading.stem.length >= 3)) return k + 1;
  return isDefinite(first.key) !== isDefinite(second.key) ? k + 1 : undefined;
}

/** The country of a country's nisba at token `k` (`الصينية`), if there is one. */
function nisbaCountry(view: ParagraphView, k: number): string | null {
  if (k < 1 || !joinedToNext(view.text, k - 1)) return null;
  const entity = coverEntity(view, k);
  return entity?.type === 'country' && coverIsNisba(view, k) ? entity.id : null;
}

/** One place of tokens `[first, last)` read behind `prefix` clitic characters. */
function placeFinding(view: ParagraphView, first: number, last: number, prefix: number, country: string | null, namesake = false): SpanFinding {
  const [start, end] = tokenSpan(view.text, first, last, prefix);
  const text = view.text.text.slice(start, end);
  return { type: 'place', paragraph: view.index, first, last, prefix, start, end, text, name: tokenText(view, first, last, prefix), country, ...(namesake ? { namesake } : {}) };
}

/** `بولاية القصرين`, `ولايات دارفور وكردفان`: the places an area word names, or none. */
function areasAt(view: ParagraphView, i: number): SpanFinding[] {
  const head = readingWhere(token(view, i), isAreaHead, 'وفبل');
  if (!head || !joinedToNext(view.text, i)) return [];
  if (ZONE_HEAD_KEYS.has(head.stem)) return zoneAt(view, i + 1);
  const plural = PLACE_AREA_PLURAL_KEYS.has(head.stem);
  const places: SpanFinding[] = [];
  let k = i + 1;
  let prefix = 0;
  for (;;) {
    const t = token(view, k);
    const key = prefix > 0 ? t?.readings.find((reading) => reading.prefix === prefix)?.stem : t?.key;
    // A name joined by و is a whole word of its own: `تيزي وزو` is one name, not تيزي and زو.
    if (key === undefined || !isPlaceName(view, k, key, { familyNames: head.stem !== TERM })) break;
    // `عين` also reads as a verb (appointed); as a toponym's first word it is a name.
    if (prefix === 0 ? isStop(view, k) && !TOPONYM_FIRST_KEYS.has(key) : key.length < 3) break;
    const last = prefix > 0 ? k + 1 : nameEnd(view, k);
    if (last === undefined) break;
    const country = nisbaCountry(view, last);
    places.push(placeFinding(view, k, last, prefix, country));
    k = last + (country ? 1 : 0);
    // A plural area word goes on through names joined by و.
    const next = token(view, k);
    const joined = plural && next !== undefined && joinedToNext(view.text, k - 1) ? next.readings.find((reading) => reading.clitics === 'و') : undefined;
    if (!joined) break;
    prefix = joined.prefix;
  }
  return places;
}

/**
 * The place `منطقة` names at token `k`: one indefinite word that is no
 * common noun (`ZONE_NOUNS`, `isPlaceName`), not written with ة (`منطقة
 * عازلة`, `آمنة`, `حرة`) and closed by a boundary (`ZONE_HEADS` says why).
 */
function zoneAt(view: ParagraphView, k: number): SpanFinding[] {
  const t = token(view, k);
  if (!t || isDefinite(t.key) || ZONE_NOUN_KEYS.has(t.key) || isStop(view, k) || endsInTaMarbuta(view, k)) return [];
  if (!isPlaceName(view, k, t.key, {}) || !boundaryAfter(view, k)) return [];
  return [placeFinding(view, k, k + 1, 0, null)];
}

/** A named facility starting at token `i`: `قاعدة العديد الجوية`, `في قصر الاتحادية`, `جبل الشعانبي`. */
function facilityAt(view: ParagraphView, i: number): SpanFinding[] | undefined {
  const head = readingWhere(token(view, i), isFacilityHead, 'وفبل');
  if (!head || !joinedToNext(view.text, i)) return undefined;
  const closers = FACILITY_CLOSER_KEYS.get(head.stem);
  let last: number | undefined;
  let country: string | null = null;
  if (closers) {
    // A name of up to four words (people and places among them), then the closer.
    let namesakes = 0;
    let words = 0;
    for (let j = i + 1; j < view.text.tokens.length && j - i <= 5; j++) {
      const t = token(view, j);
      if (!t || (j > i + 1 && !joinedToNext(view.text, j - 1))) break;
      if (j > i + 1 && closers.has(t.key)) {
        last = j + 1;
        break;
      }
      const entity = coverEntity(view, j);
      const match = view.cover[j];
      if (entity && match) {
        if (entity.type !== 'person' && entity.type !== 'place' && entity.type !== 'country') break;
        if (entity.type !== 'person') country ??= entity.type === 'country' ? entity.id : entity.country;
        if (match.first === j) namesakes++;
        continue;
      }
      if ((isStop(view, j) && !TOPONYM_FIRST_KEYS.has(t.key)) || isDigits(t.key) || looksLikeCommonNoun(t.key) || AREA_ADJECTIVE_KEYS.has(t.key)) break;
      words++;
    }
    // `مطار القاهرة الدولي`: the town's airport, a mention of the town.
    if (words === 0 && namesakes === 1 && country !== null) return undefined;
  } else {
    const next = token(view, i + 1);
    // `قصر المدة` is a duration: a palace is entered (`في قصر الاتحادية`) or has a bare name (`قصر قرطاج`).
    const entered = /ب/u.test(head.clitics) || PLACE_PREPOSITION_KEYS.has(token(view, i - 1)?.key ?? '');
    const allows = { firstNames: head.stem === MOUNTAIN, familyNames: true, complements: true, commonShapes: entered };
    if (!next || isStop(view, i + 1) || !isPlaceName(view, i + 1, next.key, allows)) return undefined;
    if (head.stem === PALACE && isDefinite(next.key) && !entered) return undefined;
    last = nameEnd(view, i + 1);
  }
  if (last === undefined) return undefined;
  country ??= nisbaCountry(view, last);
  return [placeFinding(view, i, last, head.prefix, country, true)];
}
