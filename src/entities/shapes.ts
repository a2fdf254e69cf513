/**
 * Organizations and events recognised by the shape of their names.
 *
 * An organization is a head (`وزارة`, `القوات`, `سلاح`, `وكالة`, `أسطول` …)
 * with a definite complement, made specific by a nisba or country
 * (`البحرية الباكستانية`), a qualifier (`الملكية`, `الشعبي`), two definite
 * words, or a strong head (`وزارة`, `مديرية`, `وكالة`). Known places inside
 * are part of the name (`منظمة شنغهاي للتعاون`), as is a command area after
 * `في` (`القيادة الأمريكية في إفريقيا`), but not a city after `في`/`ب`
 * (where it sits). A parenthesised short form right after is an alias and a
 * mention (`(بترا)`).
 *
 * An event is a quoted name after an exercise, fair or conference word
 * (`تمارين “الأسد الإفريقي”`, `تمرينا … يحمل اسم “درع المتوسط 2024”`), or
 * a fair named by its complement (`معرض الدفاع الدولي`). Quoted names after
 * `شركة`, `منصة`, `وكالة` … are organizations.
 */

import type { Entity, EntityType } from '../pipeline/types.ts';
import { normalizeArabic, originalEnd, originalStart } from '../arabic/normalize.ts';
import type { Match } from './match.ts';
import { layeredIds, type TakenIds } from './ids.ts';
import { gapAfter, joinedToNext, tokenSpan, type Token } from './tokens.ts';
import {
  ADJECTIVAL_HEAD_KEYS,
  COMPLEMENTS,
  EVENT_TRIGGER_KEYS,
  FIRST_NAME_INDEX,
  INNER_PREPOSITIONS,
  COMMON_PHRASE_COMPLEMENT_KEYS,
  NAMED_EVENT_HEAD_KEYS,
  nameLatin,
  nameSlug,
  ORG_NAME_HEADS,
  ORG_QUALIFIERS,
  ORG_QUOTE_TRIGGERS,
  ORG_STRONG_HEADS,
  ORG_WEAK_HEADS,
  ORGANIZED_KEYS,
  ORGANIZING_HEAD_KEYS,
  QUOTED_PLACE_HEAD_KEYS,
  STOP,
} from './lexicon.ts';
import {
  type ParagraphView,
  coverEntity,
  coverIsNisba,
  token,
  readingWhere,
  isDigits,
  isAccusative,
  isDefinite,
  isStop,
  namesOneMet,
  titleAt,
  tokenText,
} from './view.ts';

/** An organization, event or place found by its shape. */
export interface SpanFinding {
  type: 'organization' | 'event' | 'place';
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
  /**
   * The name's words may name someone or somewhere else, its namesake
   * (`قاعدة محمد نجيب العسكرية`, `مطار القاهرة الدولي`): the finding is the
   * mention, and wins over the people and places inside it.
   */
  namesake?: boolean;
  /** A parenthesised short form right after the name (`(بترا)`), as a further mention. */
  abbreviation?: { first: number; last: number; start: number; end: number; text: string };
}

/** Stem tests asked of every word, defined once rather than as a new closure per word. */
const isOrganizationHead = (stem: string): boolean => ORG_STRONG_HEADS.has(stem) || ORG_WEAK_HEADS.has(stem);
const isNamedEventHead = (stem: string): boolean => NAMED_EVENT_HEAD_KEYS.has(stem);
/** `تمرينا` (accusative) is `تمرين`. */
const isEventTrigger = (stem: string): boolean => EVENT_TRIGGER_KEYS.has(stem) || (stem.endsWith('ا') && EVENT_TRIGGER_KEYS.has(stem.slice(0, -1)));
const isQuoteTrigger = (stem: string): boolean => ORG_QUOTE_TRIGGERS.has(stem);
const isQuotedPlaceHead = (stem: string): boolean => QUOTED_PLACE_HEAD_KEYS.has(stem);
const isComplement = (stem: string): boolean => COMPLEMENTS.has(stem);
/** `برئاسة`: chaired by. */
const CHAIRMANSHIP = normalizeArabic('رئاسة');

/** The canonical text of tokens `[first, last)` after `prefix` clitics, with the article of `لل` restored. */
function canonicalText(view: ParagraphView, first: number, last: number, reading: { prefix: number; stem: string }): string {
  const text = tokenText(view, first, last, reading.prefix);
  if (reading.stem.startsWith('ال') && normalizeArabic(text).startsWith('لل')) return text.replace(/^لل/u, 'ال');
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
  const head = readingWhere(t, isOrganizationHead, 'وفبل');
  if (!head) return undefined;
  // `برئاسة الأمين العام …`: chaired by someone, not a presidency.
  if (head.clitics.includes('ب') && head.stem === CHAIRMANSHIP) return undefined;
  // `حركة المرور`, `هيئة التدريس`: traffic and teaching staff, not a movement or a body.
  if (joinedToNext(view.text, i) && COMMON_PHRASE_COMPLEMENT_KEYS.get(head.stem)?.has(token(view, i + 1)?.key ?? '')) return undefined;
  // `المناورات البحرية المشتركة`: after a definite noun, a head that is also an adjective qualifies it.
  if (ADJECTIVAL_HEAD_KEYS.has(head.stem) && head.clitics === '' && i > 0 && joinedToNext(view.text, i - 1) && isDefinite(token(view, i - 1)?.key ?? '') && !titleAt(view, i - 1)) return undefined;
  // `تنظيم معرض آيدكس` is the organizing of an event, and `إعادة تنظيم الشرطة الفيدرالية` of an
  // organization, which is then the mention: neither is an organization the way `تنظيم الدولة` is.
  if (ORGANIZING_HEAD_KEYS.has(head.stem) && joinedToNext(view.text, i)) {
    const next = token(view, i + 1);
    if (ORGANIZED_KEYS.has(next?.key ?? '') || readingWhere(next, isOrganizationHead, '')) return undefined;
  }
  const strong = ORG_STRONG_HEADS.has(head.stem);
  let j = i + 1;
  let country: string | null = null;
  let specific = false;
  /** A country's nisba has qualified the name (`… الباكستانية`). */
  let nationality = false;
  let properNames = 0;
  let definites = 0;
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
      // A masculine nisba after a feminine word agrees with neither: it
      // qualifies the title outside (`رئيس هيئة الأركان العامة السعودي`).
      if (entity.type === 'country' && coverIsNisba(view, j) && w.key.endsWith('ي') && /(ه|ات)$/u.test(token(view, j - 1)?.key ?? '')) break;
      // `ب` + place is where the organization sits (`سفارة روسيا بالجزائر`), not its name;
      // right after a bare head (`هذه الإدارة بالرباط`) it leaves no name at all.
      // `و` + a nisba or place names a second one (`القوات المسلحة المصرية والباكستانية`).
      if (match.prefix > 0 && /[بو]/u.test(w.readings.find((r) => r.prefix === match.prefix)?.clitics ?? '')) break;
      country ??= entity.type === 'country' ? entity.id : entity.country;
      if (entity.type === 'country' && coverIsNisba(view, j)) nationality = true;
      specific = true;
      j = match.last;
      continue;
    }
    if (INNER_PREPOSITIONS.has(w.key) && w.key === 'في' && joinedToNext(view.text, j)) {
      const place = coverEntity(view, j + 1);
      // A command area (`في إفريقيا`, `في لبنان`) belongs to the name; a city is where it acts.
      if (place && (place.type === 'country' || (place.type === 'place' && place.country === null))) {
        country ??= place.type === 'country' ? place.id : place.country;
        specific = true;
        // A national body's country only says whose it is (`الإدارة الوطنية للدفاع في المغرب`).
        if (place.type === 'country' && namesItsNation(view, i + 1, j)) break;
        j = (view.cover[j + 1] as Match).last;
        break;
      }
      break;
    }
    if (isStop(view, j) || (titleAt(view, j) && !COMPLEMENTS.has(w.key))) break;
    const definite = readingWhere(w, isDefinite, 'بل');
    if (definite && STOP.has(definite.stem)) break;
    // `ب` + a definite word is where the organization sits, how its holder acts or whom it
    // met (`… الملكية بالعاصمة الرباط`, `… الشعبي بالنيابة`, `… الباكستانية بالزموري`), and
    // `ل` + a family name whom it met: neither is part of its name.
    if (definite && (definite.clitics.includes('ب') || namesOneMet(view, j, definite))) break;
    // After its nationality, `ل` + a head is where something goes (`… الباكستانية للهيئة`), not more of the name;
    // so is its own head again (`القوات المسلحة للقوات المشاركة`).
    if (definite?.clitics.includes('ل') && isOrganizationHead(definite.stem) && (nationality || definite.stem === head.stem)) break;
    // `ل` + the country named as such (`القوات المسلحة للبلاد`) says whose the body is, in a
    // sentence that has named the country elsewhere: no part of a name.
    if (definite?.clitics.includes('ل') && THE_COUNTRY_KEYS.has(definite.stem)) break;
    // `ل` + a noun of deliberation that a preposition follows is what the body meets for
    // (`الجيوش العربية للبحث في …`), not its name (`الهيئة العربية للتصنيع في …` goes on).
    if (definite?.clitics.includes('ل') && PURPOSE_NOUN_KEYS.has(definite.stem) && joinedToNext(view.text, j) && PURPOSE_PREPOSITION_KEYS.has(token(view, j + 1)?.key ?? '')) break;
    if (definite) {
      if (ORG_QUALIFIERS.has(definite.stem)) specific = true;
      definites++;
      j++;
      continue;
    }
    // A bare proper name follows the head itself (`حركة حماس`, `منظمة شنغهاي للتعاون`), never its definite complement.
    const proper = ORG_NAME_HEADS.has(head.stem) && definites === 0 && properNames < 2 && !isDigits(w.key) && !FIRST_NAME_INDEX.has(w.key) && !/^ت..ي.$|ات$|(ية|يه|ه)$/u.test(w.key) && !isAccusative(view, j);
    // `المديرية العامة لمراقبة التراب الوطني`: ل + a complement of offices.
    if (COMPLEMENTS.has(w.key) || readingWhere(w, isComplement, 'ل') || proper) {
      if (proper && !COMPLEMENTS.has(w.key)) properNames++;
      j++;
      continue;
    }
    break;
  }
  const length = j - (i + 1);
  if (length < 1) return undefined;
  if (!strong && !specific && definites < 2) return undefined;
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
  // A parenthesised short form right after: `(بترا)`, `(أفريكوم)`; after an
  // organization behind ل that completes a definite phrase, the short form is
  // the whole phrase's (`المدير العام للعلاقات العامة للقوات المسلحة
  // الباكستانية (آي إس بي آر)`: ISPR, not the armed forces).
  const gap = gapAfter(view.text, j - 1);
  const completesPhrase = head.clitics.includes('ل') && i > 0 && joinedToNext(view.text, i - 1) && isDefinite(token(view, i - 1)?.key ?? '') && !isStop(view, i - 1);
  if (!completesPhrase && /^\s*\(\s*$/u.test(gap)) {
    let k = j;
    while (k < tokens.length && k - j < 3 && joinedToNext(view.text, k)) k++;
    if (/^\s*\)/u.test(gapAfter(view.text, k)) || k === tokens.length - 1) {
      const [aStart, aEnd] = tokenSpan(view.text, j, k + 1);
      finding.abbreviation = { first: j, last: k + 1, start: aStart, end: aEnd, text: view.text.text.slice(aStart, aEnd) };
    }
  }
  return finding;
}

/** Words for the country of the text (`البلاد`, `المملكة`): the country is named elsewhere. */
const THE_COUNTRY_KEYS: ReadonlySet<string> = new Set(['البلاد', 'الدولة', 'المملكة', 'الجمهورية'].map(normalizeArabic));

/** Nouns of deliberation that say what a meeting is for (`للبحث في`, `للتباحث حول`, `للنظر في`). */
const PURPOSE_NOUN_KEYS: ReadonlySet<string> = new Set(
  ['البحث', 'التباحث', 'النظر', 'المناقشة', 'التشاور', 'التداول', 'الدراسة', 'الاستعراض'].map(normalizeArabic),
);
/** Prepositions that follow a noun of deliberation. */
const PURPOSE_PREPOSITION_KEYS: ReadonlySet<string> = new Set(['في', 'عن', 'حول', 'مع', 'بشأن'].map(normalizeArabic));

/** `الوطني`, `الوطنية`: a body that calls itself national belongs to one country. */
const NATIONAL_KEYS: ReadonlySet<string> = new Set(['الوطني', 'الوطنية'].map(normalizeArabic));

/** True when a word of tokens `[first, last)` calls the organization national. */
function namesItsNation(view: ParagraphView, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (NATIONAL_KEYS.has(token(view, k)?.key ?? '')) return true;
  return false;
}

const QUOTE = /[“”«»"″„‟]/gu;
/** The characters of `QUOTE`, all single UTF-16 units. */
const QUOTE_CODES: ReadonlySet<number> = new Set([...'“”«»"″„‟'].map((quote) => quote.charCodeAt(0)));

/** Offsets of the quote marks in a text: `QUOTE`'s matches, found without match objects. */
function quoteOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let k = 0; k < text.length; k++) if (QUOTE_CODES.has(text.charCodeAt(k))) offsets.push(k);
  return offsets;
}

/**
 * Events by shape: a quoted name after an exercise, fair or conference word
 * (`تمارين “الأسد الإفريقي”`, `التدريبات متعددة الجنسيات “Indus Shield-2023″`),
 * or `معرض`/`مؤتمر`/`منتدى` + a definite complement (`معرض الدفاع الدولي`).
 * Quoted names after `شركة`, `منصة`, `وكالة` … are organizations, and
 * right after an area word (`بمنطقة “تيندوف”`) places; both are returned too.
 *
 * @param view the paragraph and its gazetteer matches
 * @returns events, quoted organizations and quoted places, in text order
 */
export function findEvents(view: ParagraphView): SpanFinding[] {
  const found: SpanFinding[] = [];
  const tokens = view.text.tokens;
  const { text } = view.text;
  const quotes = quoteOffsets(text);
  const quoted = new Set<number>();
  // Where each word starts and ends in the original text, to find the words between two quotes.
  const starts: number[] = [];
  const ends: number[] = [];
  if (quotes.length > 1) {
    for (const t of tokens) {
      starts.push(originalStart(view.text.normalized, t.start));
      ends.push(originalEnd(view.text.normalized, t.end));
    }
  }
  for (let q = 0; q + 1 < quotes.length; q += 2) {
    const open = quotes[q] as number;
    const close = quotes[q + 1] as number;
    if (close - open > 80 || /[.!؟?\n]/u.test(text.slice(open, close))) {
      q--;
      continue;
    }
    const inside: number[] = [];
    for (let k = 0; k < starts.length; k++) if ((starts[k] as number) > open && (ends[k] as number) <= close) inside.push(k);
    if (!inside.length || inside.length > 6) continue;
    const first = inside[0] as number;
    const last = (inside[inside.length - 1] as number) + 1;
    if (inside.some((k) => view.cover[k] && coverEntity(view, k)?.type !== 'country' && coverEntity(view, k)?.type !== 'place')) continue;
    const trigger = triggerBefore(view, first);
    if (!trigger) continue;
    // A quoted place the gazetteer knows is linked as such already.
    if (trigger === 'place' && view.cover[first]?.first === first && view.cover[first]?.last === last) continue;
    inside.forEach((k) => quoted.add(k));
    const [start, end] = tokenSpan(view.text, first, last);
    const name = text.slice(start, end).trim();
    found.push({ type: trigger, paragraph: view.index, first, last, prefix: 0, start, end, text: text.slice(start, end), name, country: countryWithin(view, first, last) });
  }
  // `معرض الدفاع الدولي`: a fair named by its complement.
  for (let i = 0; i < tokens.length; i++) {
    const head = readingWhere(tokens[i], isNamedEventHead, 'وفبل');
    if (!head || quoted.has(i + 1)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 5 && joinedToNext(view.text, j - 1) && !view.cover[j]) {
      const w = tokens[j] as Token;
      const definite = readingWhere(w, isDefinite, 'ل');
      if (!definite || STOP.has(definite.stem)) break;
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

/** What kind of thing a quote names, from the words before it: event, organization, place, or nothing. */
function triggerBefore(view: ParagraphView, first: number): SpanFinding['type'] | undefined {
  for (let k = first - 1; k >= 0 && first - k <= 6; k--) {
    const t = token(view, k) as Token;
    if (k === first - 1 && readingWhere(t, isQuotedPlaceHead, 'وفبل')) return 'place';
    if (readingWhere(t, isEventTrigger, 'وفبل')) return 'event';
    if (readingWhere(t, isQuoteTrigger, 'وفبل')) return 'organization';
    if (k > 0 && !joinedToNext(view.text, k - 1) && !/^\s*$/u.test(gapAfter(view.text, k - 1).replace(QUOTE, ''))) return undefined;
    if (isStop(view, k)) return undefined;
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

/** What an id taken by another entity gets after it, by type. */
const ID_SUFFIX: Readonly<Record<SpanFinding['type'], string>> = { organization: 'org', event: 'event', place: 'place' };

/**
 * Turns organization, event and place findings into entities (one per name; same
 * name, same id), marked unreviewed.
 *
 * @param findings what `findOrganizations`, `findEvents` and `findPlaces` returned for an article
 * @param takenIds ids used by other entities
 * @returns an entity per distinct name and the id of each finding (same order)
 */
export function spanEntities(findings: readonly SpanFinding[], takenIds: TakenIds = new Set()): { entities: Entity[]; ids: string[] } {
  const byKey = new Map<string, Entity>();
  const ids: string[] = [];
  const used = layeredIds(takenIds);
  for (const finding of findings) {
    const key = `${finding.type}\u0000${normalizeArabic(finding.name)}`;
    let entity = byKey.get(key);
    if (!entity) {
      let id = nameSlug(finding.name);
      if (used.has(id)) id = `${id}-${ID_SUFFIX[finding.type]}`;
      used.add(id);
      entity = {
        id,
        type: finding.type as EntityType,
        name: finding.name,
        nameEn: /[a-z]/i.test(finding.name) ? finding.name : nameLatin(finding.name) || null,
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
