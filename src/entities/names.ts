/**
 * Reading a person's name where something announced one.
 *
 * Arabic has no capital letters, so a name ends where the words stop
 * looking like name words: at punctuation, a particle or common verb, a
 * title, a word carrying a preposition (`برحيل`, `بالمجمع`), a known place
 * or organization, a common-noun shape (`تسليح`, `صفقات`). Units join
 * `عبد`/`بن`/`أبو` to the next word and `الله`/`الدين` to the previous
 * (`عبد الأمير رشيد يار الله` is three units); a regnal number ends a royal
 * name (`محمد السادس`); a definite word ends a name only when it looks like a
 * family name (`الجيلاني`, `السوداني` at the end) or the subject ends there
 * (`أحمد الشرع قد …`).
 *
 * How much evidence a name needs depends on what announced it: after a
 * title, one unit (a short reference, resolved later); after `TITLE،`, two
 * units closed by punctuation; from a first name alone, two units, and for
 * first names that are also common words (`علي`, `حسن`) a second given name,
 * a third unit, or an office in apposition after it (`سعيد خان، وزير …`).
 */

import type { FirstName } from './data/first-names.ts';
import { commaAfter, joinedToNext, type Token } from './tokens.ts';
import {
  COMPLEMENTS,
  CONNECTORS,
  ENDINGS,
  FIRST_NAME_INDEX,
  NAMED_AFTER_KEYS,
  ORG_STRONG_HEADS,
  ORG_WEAK_HEADS,
  REGNAL,
  STOP,
  TITLE_WORDS,
} from './lexicon.ts';
import {
  type ParagraphView,
  coverEntity,
  coverIsNisba,
  token,
  isDigits,
  isDefinite,
  isLatin,
  isStop,
  endsSubject,
  boundaryAfter,
  punctuationAfter,
  titleAt,
  firstNameAt,
  isFirstNameWord,
  looksLikeFamilyName,
  looksLikeCommonNoun,
  looksLikeVerb,
  hasBrokenPluralShape,
  carriesPreposition,
  tokenText,
  endsInPronoun,
  endsInTaMarbuta,
  isAccusative,
} from './view.ts';

/** How a name was announced, which decides how much evidence it needs. */
export type NameMode = 'title' | 'apposition' | 'lexicon';

/** A name read from the text: tokens `[first, last)`, clitic characters before it, its units as keys. */
export interface NameParse {
  first: number;
  last: number;
  prefix: number;
  units: string[];
}

/**
 * Reads a name from token `start`: units of name-like words, up to five (an Iraqi
 * name gives a given name, three forebears and a family name).
 */
export function parseName(view: ParagraphView, start: number, mode: NameMode, known: ReadonlySet<string>): NameParse | undefined {
  const tokens = view.text.tokens;
  const startToken = tokens[start];
  if (!startToken) return undefined;
  const lexicon = firstNameAt(view, start);
  // Asked at nearly every word, and nearly every word starts no name: decide before allocating.
  if (mode === 'lexicon' && !lexicon) return undefined;
  let prefix = 0;
  const units: string[] = [];
  let j = start;
  if (mode === 'lexicon' && lexicon) {
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
  while (!closed && units.length < 5 && j < tokens.length && j - start < 8) {
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
    if (familyNameLikeTitle(view, j, known)) {
      units.push(key);
      j++;
      break;
    }
    if (isStop(view, j) || isDigits(key) || titleAt(view, j) || COMPLEMENTS.has(key) || endsInPronoun(view, j) || isAccusative(view, j)) break;
    // `المشير خليفة حفتر سيعود إلى …`: the sentence's verb.
    if (looksLikeVerb(key) && !known.has(key)) break;
    if (isLatin(key) !== isLatin(startToken.key)) break;
    if (!FIRST_NAME_INDEX.has(key) && !CONNECTORS.has(key)) {
      const glued = carriesPreposition(t);
      if (glued && (glued.prefix > 0 || units.length >= 2)) break;
      // `… بزيارة`, `… لبحث`: a third word behind ب, ل or ك ends the name, unless a boundary closes the name
      // right after it and it is no ة noun (`قمر جاويد باجوا،`).
      if (/^[بلك]/u.test(key) && units.length >= 2 && !known.has(key) && (!punctuationAfter(view, j) || endsInTaMarbuta(view, j))) break;
      if (t.readings.some((r) => r.prefix > 0 && (isFirstNameWord(r.stem) || known.has(r.stem)))) break;
    }
    if (key.startsWith('و') && !FIRST_NAME_INDEX.has(key) && !known.has(key)) {
      // `و` + word continues a name only as its last word, before punctuation
      // (`عبد اللطيف وهبي،`), and never as `و` + article (`والوفد`).
      if (key.startsWith('وال') || !punctuationAfter(view, j)) break;
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
      // `العميد سعود الحداد بكريم باجوا`: a definite word right before someone else ends the name a title announced.
      const beforeAnother = mode !== 'lexicon' && units.length === 1 && nextOpensAnother(view, j, known);
      if (!familyLike && !beforeAnother && (!endsSubject(view, j) || looksLikeCommonNoun(key))) break;
      if (!familyLike) closed = true;
    }
    if (!isDefinite(key) && !CONNECTORS.has(key) && units.length >= 2 && !isFirstNameWord(key) && !known.has(key)) {
      // A third plain word is a name word only after a compound given name
      // (`رجب طيب أردوغان`) or right before a boundary, and never when it
      // heads a word with a possessive pronoun (`عاصم منير حرص بلاده`: his
      // country's eagerness, the object of the verb before the name).
      const second = units[1] ?? '';
      const secondIsGiven = !CONNECTORS.has(second.split(' ')[0] ?? '') && isFirstNameWord(second);
      if (looksLikeCommonNoun(key) || (!secondIsGiven && !boundaryAfter(view, j))) break;
      if (joinedToNext(view.text, j) && endsInPronoun(view, j + 1)) break;
    }
    if (looksLikeCommonNoun(key) && !known.has(key)) {
      if (mode === 'lexicon' || units.length !== 1 || !familyNameOfPluralShape(view, j, known)) break;
      units.push(key);
      j++;
      break;
    }
    const unit = readUnit(view, j, key);
    if (!unit) break;
    units.push(unit.unit);
    j = unit.next;
  }
  const parse = { first: start, last: j, prefix, units };
  return validName(view, parse, mode, lexicon?.entry ?? null, known) ? parse : undefined;
}

/**
 * True when token `i`, an indefinite word of the أفعال shape right after
 * the first name a title announced, is that person's family name
 * (`الجنرال منير أعوان، كان …`, Awan) rather than the object of the verb
 * before the name (`تفقد اللواء منير أحوال الجنود`, "inspected the
 * soldiers' conditions"). An object of that shape heads a genitive; a
 * family name ends the name: punctuation or a particle follows it, or a
 * word that carries a preposition or و before a definite word, a name word
 * or a title (`بمازن`, `وباسل`, `بالفريق`, `بوزير`).
 */
function familyNameOfPluralShape(view: ParagraphView, i: number, known: ReadonlySet<string>): boolean {
  const key = token(view, i)?.key ?? '';
  if (isDefinite(key) || !hasBrokenPluralShape(key)) return false;
  const next = token(view, i + 1);
  // A definite stop word (`الوفد`) is the genitive after `أعضاء`, no boundary.
  if (boundaryAfter(view, i) && !(next && joinedToNext(view.text, i) && isDefinite(next.key))) return true;
  return nextBehindClitic(view, i, isDefinite) || nextOpensAnother(view, i, known);
}

/**
 * True when the word after token `i` carries ب, ل or و before a first name,
 * a person's name, a name word seen before or a title (`بكريم باجوا`, `وحموشي`,
 * `والمفتش العام`): someone else enters the sentence there, so the name
 * before it has ended. A verb's object is not followed so (`تفقد الجنرال
 * منير المعسكر بالرباط`: a place, not a person).
 */
function nextOpensAnother(view: ParagraphView, i: number, known: ReadonlySet<string>): boolean {
  if ((view.cover[i + 1]?.prefix ?? 0) > 0 && coverEntity(view, i + 1)?.type === 'person' && joinedToNext(view.text, i)) return true;
  return nextBehindClitic(view, i, (stem) => isFirstNameWord(stem) || known.has(stem) || TITLE_WORDS.has(stem));
}

/** True when the word after token `i`, in the same clause, reads as ب, ل or و before a stem that passes `test`. */
function nextBehindClitic(view: ParagraphView, i: number, test: (stem: string) => boolean): boolean {
  const next = token(view, i + 1);
  if (!next || !joinedToNext(view.text, i)) return false;
  return next.readings.some((r) => r.prefix > 0 && /[وبل]/u.test(r.clitics) && test(r.stem));
}

/**
 * True when token `i`, a form of address that is also a family name
 * (`السيد`, `الحاج`), ends the name before it: a title announces the name
 * after it, and here punctuation or a particle follows (`الأدميرال طارق
 * السيد،`, `طارق السيد إلى بغداد`), or someone else enters the sentence
 * (`طارق السيد والمفتش العام …`, `nextOpensAnother`).
 */
function familyNameLikeTitle(view: ParagraphView, i: number, known: ReadonlySet<string>): boolean {
  const hit = titleAt(view, i);
  return hit !== undefined && hit.kind === 'courtesy' && hit.length === 1 && hit.prefix === 0 && isDefinite(token(view, i)?.key ?? '') && (boundaryAfter(view, i) || nextOpensAnother(view, i, known));
}

/** True when token `i` can open a name announced by a title or an apposition. */
export function isNameStart(view: ParagraphView, i: number, known: ReadonlySet<string>): boolean {
  const t = token(view, i);
  // A single letter is an abbreviation (`اللواء أ.ح`, staff; `د.`), never a name.
  if (!t || t.key.length < 2 || isStop(view, i) || isDigits(t.key) || COMPLEMENTS.has(t.key) || titleAt(view, i)) return false;
  const entity = coverEntity(view, i);
  // An indefinite nisba after a definite title is not its adjective but a name (`الفريق الركن تركي بن بندر`).
  if (entity && !(entity.type === 'country' && coverIsNisba(view, i) && !isDefinite(t.key))) return false;
  if (isDefinite(t.key)) return isFirstNameWord(t.key) || looksLikeFamilyName(t.key) || known.has(t.key) || boundaryAfter(view, i);
  if (carriesPreposition(t, known)) return false;
  // `نائب وزير الدفاع وعبد الرحيم …`: `و` before a name word joins another
  // person to the sentence; it is not the name the title announces.
  if (!FIRST_NAME_INDEX.has(t.key) && t.readings.some((r) => r.clitics.includes('و') && (isFirstNameWord(r.stem) || CONNECTORS.has(r.stem) || known.has(r.stem)))) return false;
  // `… والوفد المرافق`: `و` and a definite word that is no family name.
  if (t.readings.some((r) => r.clitics.includes('و') && isDefinite(r.stem) && !looksLikeFamilyName(r.stem) && !known.has(r.stem))) return false;
  // `استقبل الرئيس ضيوفه`: whom a title's holder received, not a name; `إيذاناً`, `اجتماعا`: an accusative.
  if (endsInPronoun(view, i) || isAccusative(view, i)) return false;
  // A noun written with ة is what the holder did or how long, not a name: behind ب or ل (`قام الوزير
  // بجولة`, `لمدة`; `بوجمعة`, `بوقرة` read ب + و…, and stay names), or before the adjective that
  // agrees with it (`وجّه الوزير دعوة رسمية`).
  if (!FIRST_NAME_INDEX.has(t.key) && endsInTaMarbuta(view, i)) {
    if (t.readings.some((r) => (r.clitics === 'ب' || r.clitics === 'ل') && r.stem.length >= 3 && !r.stem.startsWith('و'))) return false;
    if (agreeingAdjectiveAfter(view, i, known)) return false;
  }
  // A conjunction and a preposition together (`ولمراقبة`, `وبحضور`) never open a name.
  if (!FIRST_NAME_INDEX.has(t.key) && t.readings.some((r) => r.clitics.length >= 2 && r.stem.length >= 3)) return false;
  // `لسفارة`, `بوزارة`, `وقائد`: a proclitic on a known word is not a name.
  if (!FIRST_NAME_INDEX.has(t.key) && t.readings.some((r) => r.prefix > 0 && (ORG_STRONG_HEADS.has(r.stem) || ORG_WEAK_HEADS.has(r.stem) || COMPLEMENTS.has(r.stem) || TITLE_WORDS.has(r.stem) || STOP.has(r.stem)))) return false;
  return !looksLikeCommonNoun(t.key) || known.has(t.key);
}

/**
 * True when the word after token `i` is an indefinite adjective written
 * with ة, as one that agrees with a noun in ة is (`دعوة رسمية`, `كلمة
 * مقتضبة`), rather than a second name (`أسامة حمزة`).
 */
function agreeingAdjectiveAfter(view: ParagraphView, i: number, known: ReadonlySet<string>): boolean {
  const next = token(view, i + 1);
  if (!next || !joinedToNext(view.text, i) || isDefinite(next.key) || !endsInTaMarbuta(view, i + 1)) return false;
  return !isFirstNameWord(next.key) && !known.has(next.key);
}

/** One name unit at `i`: a word, `عبد`/`بن`/`أبو` + the next, or a word + `الله`/`الدين`. */
export function readUnit(view: ParagraphView, i: number, key: string): { unit: string; next: number } | undefined {
  const words = [key];
  let j = i + 1;
  while (CONNECTORS.has(words[words.length - 1] as string)) {
    const next = token(view, j);
    if (!next || !joinedToNext(view.text, j - 1) || isStop(view, j) || isDigits(next.key) || coverEntity(view, j)) return undefined;
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
  if (units.length === 1 && looksLikeVerb(units[0] ?? '')) return false;
  if (mode === 'title') return true;
  if (units.length < 2) return false;
  if (mode === 'apposition') return boundaryAfter(view, parse.last - 1);
  // Lexicon: not a name something is named after (`مطار محمد الخامس`), nor a definite
  // first name right after a definite word, which it qualifies (`أمن الخليج العربي خط أحمر`).
  const previous = token(view, parse.first - 1);
  if (previous && joinedToNext(view.text, parse.first - 1)) {
    if (NAMED_AFTER_KEYS.has(previous.key)) return false;
    if (parse.prefix === 0 && isDefinite(units[0] ?? '') && isDefinite(previous.key)) return false;
  }
  // `على` folds to `علي`: the original spelling tells the preposition.
  const original = tokenText(view, parse.first, parse.first + 1, parse.prefix);
  if (/ى$/u.test(original) && entry && !entry.name.endsWith('ى')) return false;
  if (entry?.ambiguous) {
    const second = units[1]?.split(' ')[0] ?? '';
    return isFirstNameWord(second) || known.has(second) || CONNECTORS.has(second) || nameUnits(units, known) >= 3 || officeInApposition(view, parse.last);
  }
  return true;
}

/**
 * How many of a name's units read as name words, for a first name that is
 * also a common word: a last unit that is a definite common noun
 * (`حسن سير العمل`, "the good running of the work") does not count, while a
 * nisba (`الحموشي`), a first name or a name seen before does.
 */
function nameUnits(units: readonly string[], known: ReadonlySet<string>): number {
  const last = units.at(-1) ?? '';
  const commonNoun = units.length > 1 && !last.includes(' ') && isDefinite(last) && !looksLikeFamilyName(last) && !isFirstNameWord(last) && !known.has(last);
  return units.length - (commonNoun ? 1 : 0);
}

/**
 * True when the words before token `next` are followed by a comma and an
 * office (`سعيد خان، وزير الداخلية`, `عمر هلال، السفير …`): the apposition
 * the press gives a person it names, which a common word (`سعيد` "happy",
 * `عمر` "age") followed by another word does not get.
 */
function officeInApposition(view: ParagraphView, next: number): boolean {
  if (!commaAfter(view.text, next - 1)) return false;
  const hit = titleAt(view, next);
  return hit !== undefined && hit.prefix === 0 && (hit.kind === 'function' || hit.kind === 'kin' || hit.kind === 'rank' || hit.kind === 'royal');
}
