/**
 * Titles around a name: the chain that announces it, and the role the text
 * gives the person.
 *
 * A title chain is a title (`وزير`, `الفريق أول`, `نظيره`) followed by its
 * complement: definite words and listed complement words
 * (`الدفاع الباكستاني`, `هيئة أركان القوات البرية الباكستانية`), known
 * organizations and places, `لدى`/`في` + place, and further titles
 * (`قائد الأركان الجنرال`). It ends where a name starts.
 *
 * A role is read in three places: the chain right before the name, a title
 * phrase before the comma that precedes it (`المفتش العام …، الفريق أول
 * محمد بريظ`), and an apposition after it (`X، المدير العام للأمن الوطني،`,
 * or without comma when no one else is announced). Ranks, royal titles and
 * function titles become separate phrases; courtesy forms (`السيد`) and
 * `نظيره` give no title, though `نظيره الباكستاني` gives a country.
 */

import type { TitleKind } from './data/titles.ts';
import type { Match } from './match.ts';
import { commaAfter, gapAfter, joinedToNext, type Token } from './tokens.ts';
import {
  COMPLEMENTS,
  DIRECTION_KEYS,
  FIRST_NAME_INDEX,
  INNER_PREPOSITIONS,
  MEETING_VERB_KEYS,
  ORG_STRONG_HEADS,
  ORG_WEAK_HEADS,
  RANK_MODIFIER_KEYS,
  RANK_PHRASE_KEYS,
  STOP,
  TITLE_WORDS,
} from './lexicon.ts';
import {
  type ParagraphView,
  coverEntity,
  coverIsNisba,
  token,
  readingWhere,
  isDefinite,
  isStop,
  type TitleHit,
  titleAt,
  phraseAt,
  firstNameAt,
  isFirstNameWord,
  looksLikeFamilyName,
  namesOneMet,
  tokenText,
} from './view.ts';
import { isNameStart } from './names.ts';

/** Stem tests asked of every word, defined once rather than as a new closure per word. */
const isComplementOrHead = (stem: string): boolean => COMPLEMENTS.has(stem) || ORG_STRONG_HEADS.has(stem) || ORG_WEAK_HEADS.has(stem);
const isTitleWordOrComplement = (stem: string): boolean => TITLE_WORDS.has(stem) || isComplementOrHead(stem);
/** No name words known: whether someone else is announced after an apposition is judged on the text alone. */
const NO_KNOWN_WORDS: ReadonlySet<string> = new Set();

/** The role a person is given at one mention. */
export interface Role {
  /** Title phrases in text order (`الفريق أول`, `المفتش العام للقوات المسلحة الملكية`). */
  parts: string[];
  /** Country the role points to (`وزير الخارجية الباكستاني` → PK), or null. */
  country: string | null;
}

/** A title chain: tokens `[start, end)`; a name may start at `end`. */
export interface Chain {
  start: number;
  end: number;
}

/**
 * A title chain from token `i`: titles, their complements, nisbas, known
 * organizations and places, `لدى`/`في` + place. Ends before the name.
 *
 * @param view the paragraph
 * @param i the token to start from; there must be a title there
 * @param known name words of people already seen (a definite one ends the chain as a name)
 * @returns the chain, or undefined when no title starts at `i`
 */
export function titleChain(view: ParagraphView, i: number, known: ReadonlySet<string>): Chain | undefined {
  const first = titleAt(view, i);
  if (!first) return undefined;
  let j = i + first.length;
  while (j < view.text.tokens.length && joinedToNext(view.text, j - 1)) {
    const next = titleAt(view, j);
    if (next) {
      j += next.length;
      continue;
    }
    const t = token(view, j) as Token;
    const entity = coverEntity(view, j);
    const match = view.cover[j];
    if (entity && match) {
      if (entity.type === 'person' || entity.type === 'event') break;
      if (entity.type === 'country' && coverIsNisba(view, j) && !definiteNisba(t, match.prefix)) break;
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
    if (readingWhere(t, isComplementOrHead, 'وبل')) {
      j++;
      continue;
    }
    const definite = readingWhere(t, isDefinite, 'وفبل');
    if (definite && !STOP.has(definite.stem)) {
      // `فاليري` is a first name, not ف + a definite word.
      if (definite.prefix > 0 && FIRST_NAME_INDEX.has(t.key)) break;
      // A direction agrees with the office before it (`قائد القطاع العملياتي الجنوبي`): no family name.
      const direction = DIRECTION_KEYS.has(definite.stem.slice(2));
      if (definite.prefix === 0 && !direction && (isFirstNameWord(t.key) || known.has(t.key) || (looksLikeFamilyName(t.key) && !lexiconNameWithin(view, j + 1, 2)))) break;
      j++;
      continue;
    }
    break;
  }
  return { start: i, end: j };
}

/** True when a first name starts within `n` tokens after `i` (same clause). */
function lexiconNameWithin(view: ParagraphView, i: number, n: number): boolean {
  for (let k = i; k < i + n && k < view.text.tokens.length; k++) {
    if (firstNameAt(view, k)) return true;
    if (!joinedToNext(view.text, k)) return false;
  }
  return false;
}

/**
 * True when a nisba token, after its `prefix` clitic characters, carries
 * the article (`الباكستاني`, `والمغربي`). Only such a nisba agrees with a
 * definite office; an indefinite one after it (`تركي`, `وتركي`) is a name.
 */
function definiteNisba(t: Token, prefix: number): boolean {
  return isDefinite(t.readings.find((r) => r.prefix === prefix)?.stem ?? t.key);
}

/** True when token `i` may belong to a title phrase or its complement. */
export function chainish(view: ParagraphView, i: number): boolean {
  const t = token(view, i);
  if (!t) return false;
  const entity = coverEntity(view, i);
  if (entity) {
    const prefix = view.cover[i]?.prefix ?? 0;
    if (entity.type === 'country' && prefix > 0 && coverIsNisba(view, i)) {
      // A nisba behind a preposition is a name (`… البولندية بتركي اليعقوبي`); a country's name is not (`بالمغرب`).
      if (/[بل]/u.test(t.readings.find((r) => r.prefix === prefix)?.clitics ?? '')) return false;
      // An indefinite nisba after و adds no adjective to a definite office: it is a first name (`… المغربي وتركي بوزيان`).
      if (!definiteNisba(t, prefix)) return false;
    }
    return entity.type === 'country' || entity.type === 'place' || entity.type === 'organization';
  }
  // `في`/`لدى` belong to a title only before a place or organization
  // (`السفيرة … في بيروت`), `لدى` also before a title (`المنتدب لدى رئيس الحكومة`).
  if (INNER_PREPOSITIONS.has(t.key)) {
    if (!joinedToNext(view.text, i)) return false;
    if (t.key === 'باسم') return true;
    const next = coverEntity(view, i + 1);
    if (next !== undefined && next.type !== 'person' && next.type !== 'event') return true;
    return t.key === 'لدي' && titleAt(view, i + 1) !== undefined;
  }
  // A word of a rank's phrase (`من الرتبة الأولى`, `أ.ح`).
  if (RANK_PHRASE_KEYS.some((keys) => keys.some((key, at) => key === t.key && phraseAt(view, i - at - 1, ['', ...keys])))) return true;
  if (RANK_MODIFIER_KEYS.has(t.key)) return true;
  if (readingWhere(t, isTitleWordOrComplement, 'وبل')) return true;
  // `و` + a plain definite word starts something else (`… الباكستانية والوفد المرافق`),
  // and so does, behind a preposition, a family name (`… الباكستانية بالزموري`)
  // or any word after the office's nationality (`وزير الداخلية الإندونيسي بالنجار`).
  const definite = readingWhere(t, isDefinite, 'بل');
  return Boolean(definite && !STOP.has(definite.stem) && !namesOneMet(view, i, definite));
}

/** Splits a chain `[start, end)` into title phrases; courtesy and counterpart titles are left out. */
export function chainParts(view: ParagraphView, start: number, end: number): { parts: string[]; country: string | null } {
  const parts: string[] = [];
  let country: string | null = null;
  let partStart = -1;
  let partPrefix = 0;
  let partKind: TitleKind | null = null;
  /** Where the current phrase's own title ends: a royal title right there is its complement. */
  let headEnd = -1;
  const close = (at: number): void => {
    if (partStart >= 0 && partKind !== 'courtesy' && partKind !== 'counterpart') {
      const text = tokenText(view, partStart, at, partPrefix).trim();
      if (text) parts.push(text);
    }
  };
  let i = start;
  while (i < end) {
    const hit = titleAt(view, i);
    // Ranks, royal and courtesy titles start a phrase of their own; a
    // function title inside another (`الوزير المنتدب لدى رئيس الحكومة`,
    // `ومدير …`) belongs to it, and every title after a kinship word does
    // (`عقيلة الرئيس التركي`), as does a royal title right after an
    // office's own word, whose complement it is (`سفير خادم الحرمين الشريفين`).
    const separate = (kind: TitleKind | null): boolean => kind !== null && kind !== 'function';
    const complement = hit?.kind === 'royal' && partKind === 'function' && i === headEnd && hit.prefix === 0;
    if (hit && !complement && (partStart < 0 || (partKind !== 'kin' && (separate(hit.kind) || separate(partKind))))) {
      close(i);
      partStart = i;
      partPrefix = hit.prefix;
      partKind = hit.kind;
      i += hit.length;
      headEnd = i;
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

/**
 * True when the title head at `i` belongs to someone other than the person
 * whose title phrase it continues: it carries a preposition (`بملك الأردن`,
 * `بالمفتش العام`), so it is the title of someone the sentence's subject
 * meets, or `و` and its phrase is followed by a name (`… الملحق العسكري
 * وملك المغرب، محمد السادس`), so it is the title of a second person. A
 * `و` title with no name after it is a second office of the same person
 * (`رئيس الوزراء ووزير الدفاع`).
 */
export function titleOfAnother(view: ParagraphView, i: number): boolean {
  const hit = titleAt(view, i);
  if (hit === undefined || hit.prefix === 0) return false;
  if (/[بل]/u.test(hit.clitics)) return true;
  if (!hit.clitics.includes('و')) return false;
  // A title always starts a chain at its own head.
  const { end } = titleChain(view, i, NO_KNOWN_WORDS) as Chain;
  if (end >= view.text.tokens.length || !(joinedToNext(view.text, end - 1) || commaAfter(view.text, end - 1))) return false;
  return coverEntity(view, end)?.type === 'person' || isNameStart(view, end, NO_KNOWN_WORDS);
}

/**
 * True when token `m` is an office joined by `و` to the office phrase that
 * starts at `from`, and the two point to different countries: two people's
 * offices, as in `وزير الخارجية الإندونيسي ووزير الخارجية الباكستاني`.
 * Two offices of one country, or one with no country (`نائب رئيس الوزراء
 * ووزير الخارجية`), may be one person's.
 */
function joinsAnotherCountrysOffice(view: ParagraphView, from: number, m: number): boolean {
  const hit = titleAt(view, m);
  if (hit === undefined || hit.prefix === 0 || !hit.clitics.includes('و')) return false;
  const before = chainParts(view, from, m).country;
  if (before === null) return false;
  const after = chainParts(view, m, (titleChain(view, m, NO_KNOWN_WORDS) as Chain).end).country;
  return after !== null && after !== before;
}

/**
 * True when token `m` is a military rank joined by `و` to an office that
 * starts at `from` (`وزير الدفاع المغربي والجنرال منير أعوان`): the rank
 * opens a second person, the office belongs to whoever the phrase before
 * it follows (`اجتمع عمر الغماري، وزير الدفاع المغربي والجنرال …`). Offices
 * joined by `و` (`القائد العام ووزير الدفاع`) may be one person's; a rank
 * after a whole office is not how the press adds a second office to a name.
 */
function joinsRankToOffice(view: ParagraphView, from: number, m: number): boolean {
  const hit = titleAt(view, m);
  if (hit === undefined || hit.kind !== 'rank' || hit.prefix === 0 || !hit.clitics.includes('و')) return false;
  return titleAt(view, from)?.kind === 'function';
}

/**
 * Where the office of the person named at `first` starts, in a chain from
 * `start`: at the last title behind ب or ل, the person met
 * (`المفتش العام للقوات المسلحة الإماراتية بالأدميرال طارق السيد`: the
 * inspector is someone else), at the last office joined by `و` that is
 * another country's than the one before it (`joinsAnotherCountrysOffice`),
 * or at a rank joined by `و` to an office (`joinsRankToOffice`).
 * In `وزير الخارجية الإندونيسي ووزير الخارجية الباكستاني إسحاق دار` the
 * name holds the Pakistani office only, the Indonesian minister being
 * unnamed.
 */
function lastHolderStart(view: ParagraphView, start: number, first: number): number {
  let from = start;
  for (let m = start + 1; m < first; m++) {
    const hit = titleAt(view, m);
    if (hit === undefined || hit.prefix === 0) continue;
    if (/[بل]/u.test(hit.clitics) || joinsAnotherCountrysOffice(view, from, m) || joinsRankToOffice(view, from, m)) from = m;
  }
  return from;
}

/**
 * Where the titles of the person named at `[first, last)` start in the
 * chain from `chainStart`, when a meeting verb opens that chain: `VERB
 * OFFICE NISBA RANK NAME OFFICE2` names two people, the office with its
 * country the subject's, the rank or courtesy the one met, whose own office
 * follows the name (`استقبل رئيس الوزراء الباكستاني المهندس علي القرني رئيس
 * الهيئة العامة للصناعات العسكرية`). Without that office after the name,
 * the chain is one person's (`استقبل وزير الدفاع الفريق أول عبد المجيد صقر
 * الوفد`), and the whole chain is returned.
 */
function metPersonTitlesStart(view: ParagraphView, chainStart: number, first: number, last: number): number {
  if (!meetingVerbBefore(view, chainStart) || titleAt(view, chainStart)?.kind !== 'function') return chainStart;
  let nisba = false;
  let rank = -1;
  for (let k = chainStart + 1; k < first && rank < 0; k++) {
    if (coverEntity(view, k)?.type === 'country' && coverIsNisba(view, k)) nisba = true;
    const kind = titleAt(view, k)?.kind;
    if (nisba && (kind === 'rank' || kind === 'courtesy')) rank = k;
  }
  const own = last < view.text.tokens.length ? titleAt(view, last) : undefined;
  return rank >= 0 && own?.kind === 'function' && own.prefix === 0 ? rank : chainStart;
}

/** True when a meeting verb (`استقبل`, `والتقى`) stands right before token `i`, in the same clause. */
function meetingVerbBefore(view: ParagraphView, i: number): boolean {
  const opener = token(view, i - 1);
  return opener !== undefined && joinedToNext(view.text, i - 1) && opener.readings.some((r) => /^[وف]?$/u.test(r.clitics) && MEETING_VERB_KEYS.has(r.stem));
}

/** Start of the clause that contains token `i`: the token after the last punctuation before it. */
function clauseStart(view: ParagraphView, i: number): number {
  let k = i;
  while (k > 0 && joinedToNext(view.text, k - 1)) k--;
  return k;
}

/**
 * True when the clause starting at token `clause` follows a comma that
 * closes a name, directly or after other title phrases between commas
 * (`التقى صقر، وزير الدفاع المصري، المشير عاصم منير`; `بوشعيب عروب، المفتش
 * العام …، قائد المنطقة الجنوبية، الجنرال ميركو زولياني`): a title phrase
 * that is the whole clause is then that person's apposition, not a title
 * of the name after it (one behind a preposition or و, `مع رئيس الأركان،`,
 * `بمدير المخابرات،`, `وسفير باكستان،`, names whom they met or who joined
 * them, and stays). A name here is a
 * word before the comma that is no particle, verb, digit or part of a
 * title chain (a place or an organization is part of one).
 */
function trailsName(view: ParagraphView, clause: number): boolean {
  let start = clause;
  for (;;) {
    const end = start - 1;
    if (end < 0 || !/^\s*[،,]/u.test(gapAfter(view.text, end))) return false;
    const previous = clauseStart(view, end);
    let appositive = titleAt(view, previous) !== undefined;
    for (let m = previous; appositive && m <= end; m++) if (!chainish(view, m)) appositive = false;
    if (!appositive) return !isStop(view, end) && !chainish(view, end) && !/^\d+$/u.test(token(view, end)?.key ?? '');
    start = previous;
  }
}

/**
 * The role given to a person named by tokens `[first, last)`: the title
 * chain right before the name, a title phrase before a comma that precedes
 * it, and an apposition after it. A name that carries a preposition
 * (`اجتمع الملحق العسكري بمحمود حجازي`) is whom the title's holder meets,
 * and one that carries `و` (`نائب وزير الدفاع وعبد الرحيم …`) someone
 * joined to them: only an apposition after it is its own.
 *
 * @param view the paragraph
 * @param first first token of the name
 * @param last token after the name
 * @param prefix clitic characters before the name in its first token
 * @returns title phrases in text order and the country they point to
 */
export function roleAround(view: ParagraphView, first: number, last: number, prefix = 0): Role {
  const parts: string[] = [];
  let country: string | null = null;
  const use = (found: { parts: string[]; country: string | null }): void => {
    parts.push(...found.parts);
    country ??= found.country;
  };
  const governed = prefix > 0 && /[وفبلك]/u.test(token(view, first)?.readings.find((r) => r.prefix === prefix)?.clitics ?? '');
  // 1. The chain right before the name.
  let j = first - 1;
  while (j >= 0 && first - j <= 12 && joinedToNext(view.text, j) && chainish(view, j)) j--;
  let chainStart = first;
  for (let k = j + 1; k < first && !governed; k++) {
    if (titleAt(view, k)) {
      chainStart = lastHolderStart(view, k, first);
      break;
    }
  }
  // 2. A title phrase before a comma right before the chain or name, unless
  // `و` joins this person to the previous one (`…، والجنرال مايكل لانغلي`).
  const before = chainStart - 1;
  const coordinated = chainStart < first && /و/u.test(titleAt(view, chainStart)?.clitics ?? '');
  if (before >= 0 && !governed && !coordinated && /[،,]/u.test(gapAfter(view.text, before))) {
    const clause = clauseStart(view, before);
    for (let k = clause; k <= before; k++) {
      // The phrase must open its clause or follow a particle or verb
      // (`بحضور المفتش العام …،`), not trail someone else's name.
      if (!titleAt(view, k) || (k > clause && !isStop(view, k - 1))) continue;
      let allChain = true;
      for (let m = k; m <= before; m++) if (!chainish(view, m)) allChain = false;
      if (!allChain) continue;
      // `السيسي، رئيس جمهورية مصر العربية بملك الأردن، عبد الله الثاني`: only the title of the one met.
      let from = k;
      for (let m = k + 1; m <= before; m++) if (titleOfAnother(view, m)) from = m;
      // A bare phrase that is a clause of its own right after someone's name is that person's apposition.
      if (from === clause && titleAt(view, clause)?.prefix === 0 && trailsName(view, clause)) break;
      const hit = titleAt(view, from) as TitleHit;
      if (hit.kind !== 'courtesy' && hit.kind !== 'counterpart') use(chainParts(view, from, before + 1));
      else use({ parts: [], country: chainParts(view, from, before + 1).country });
      break;
    }
  }
  // `استقبل رئيس الوزراء الباكستاني المهندس علي القرني …`: the office before the rank is the subject's.
  const ownStart = chainStart < first ? metPersonTitlesStart(view, chainStart, first, last) : chainStart;
  if (chainStart < first) use(chainParts(view, ownStart, first));
  // 3. An apposition after the name: `، TITLE …،`, or a function title
  // right after it (`عبد المجيد صقر وزير الدفاع`) that announces no one else.
  const after = last;
  const gap = gapAfter(view.text, last - 1);
  const comma = commaAfter(view.text, last - 1);
  if (after < view.text.tokens.length && (comma || /^\s+$/u.test(gap))) {
    const hit = titleAt(view, after);
    if (hit && hit.kind !== 'counterpart' && hit.kind !== 'courtesy' && hit.prefix === 0 && (comma || hit.kind === 'function' || hit.kind === 'kin')) {
      let end = after + hit.length;
      while (end < view.text.tokens.length && joinedToNext(view.text, end - 1) && (chainish(view, end) || titleAt(view, end)) && !titleOfAnother(view, end) && !joinsAnotherCountrysOffice(view, after, end)) {
        const match = view.cover[end];
        end = match && match.last > end ? match.last : end + 1;
      }
      const another = end < view.text.tokens.length && joinedToNext(view.text, end - 1) && isNameStart(view, end, NO_KNOWN_WORDS);
      // `التقى اللواء بن مداح نائب القائد العام …`: right after such a verb the
      // name is the subject and the title phrase its object, unless the
      // subject's office came before the name, which is then the one met.
      const objectFollows = !comma && ownStart === chainStart && meetingVerbBefore(view, chainStart);
      if (!another && !objectFollows) {
        use(chainParts(view, after, end));
        // `بوشعيب عروب، المفتش العام …، قائد المنطقة الجنوبية،`: the title
        // phrases that follow, each a clause of its own, are his too.
        for (let more = appositionAt(view, end); more; more = appositionAt(view, more.end)) use(chainParts(view, more.start, more.end));
      }
    }
  }
  return { parts: [...new Set(parts)], country };
}

/**
 * A further apposition at token `k`: after a comma, a bare title phrase
 * (no preposition or و, not a counterpart or a courtesy) that a comma
 * closes, so that no name follows it in its clause.
 */
function appositionAt(view: ParagraphView, k: number): { start: number; end: number } | undefined {
  if (k >= view.text.tokens.length || !commaAfter(view.text, k - 1)) return undefined;
  const hit = titleAt(view, k);
  if (!hit || hit.prefix !== 0 || hit.kind === 'counterpart' || hit.kind === 'courtesy') return undefined;
  let end = k + hit.length;
  while (end < view.text.tokens.length && joinedToNext(view.text, end - 1) && chainish(view, end) && !titleOfAnother(view, end)) {
    const match = view.cover[end];
    end = match && match.last > end ? match.last : end + 1;
  }
  return commaAfter(view.text, end - 1) ? { start: k, end } : undefined;
}
