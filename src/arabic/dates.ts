/**
 * Dates in Arabic press text.
 *
 * The same month has three or four names depending on where the article was
 * written: May is `ماي` in Rabat, `مايو` in Cairo, `أيار` in Beirut and often
 * `أيار/مايو` in pan-Arab outlets; Algeria and Tunisia write `جوان` for June.
 * The month tables below are the CLDR lists (`Intl.DateTimeFormat` for ar-MA,
 * ar-EG, ar-SY, ar-DZ — the tests check them against Node's data) plus the
 * variants the press actually uses (`إبريل`, `يونيه`, `أغشت`, `كانون ثاني`).
 *
 * Matching runs on the key of `normalizeWithOffsets`, so hamza forms, ة/ه,
 * ى/ي, tashkeel, tatweel and Arabic-Indic digits are folded once, and every
 * match maps back to the exact original words. Word boundaries are explicit
 * `\p{L}\p{M}\p{N}` look-arounds: JavaScript's `\b` is ASCII-only.
 *
 * What counts as a date is deliberately narrow, because a wrong date on a
 * timeline is worse than a missing one:
 * - a month name only with a day, a year (`شتنبر 2023`) or a relative word
 *   (`ماي الماضي`); a bare `مارس` is also a verb ("practised") and `نيسان` a
 *   car maker, so a month name alone is never a date;
 * - a four-digit year only after `سنة`/`عام`/`العام` or attached to a month,
 *   never any four-digit number (budgets, model names, `Shield-2023`);
 * - `اليوم` only when it means "today": followed by a weekday, a date or
 *   punctuation, not by an adjective (`اليوم الثاني`, `اليوم الوطني`) and
 *   not after a demonstrative (`ذلك اليوم`);
 * - relative expressions (`أمس`، `ماي الماضي`، `العام الماضي`) are resolved
 *   only against a publication date the caller knows; otherwise they are
 *   returned with `value: null`. A date is never invented.
 *
 * A mention covers whole words as written, proclitics included (`بشتنبر 2023`,
 * `وأمس الأول`): wrapping part of a word in an element would break the joining
 * of Arabic letters across it.
 */
import { normalizeWithOffsets, originalRange } from './normalize.ts';
import type { DateMention, DatePrecision } from '../pipeline/types.ts';

/** Options of `findDates`. */
export interface FindDatesOptions {
  /**
   * The article's publication date, ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
   * When given, relative dates are resolved against it as far as its precision
   * allows (`أمس` needs a day, `ماي الماضي` a month, `العام الماضي` a year).
   * Default: none, relative dates stay unresolved.
   */
  publicationDate?: string | null;
}

/** A parsed, absolute date. */
export interface ParsedDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  value: string;
  precision: DatePrecision;
}

/** Month spellings by family; the number is the Gregorian month. */
const MONTH_SPELLINGS: readonly (readonly [number, readonly string[]])[] = [
  [1, ['يناير', 'جانفي', 'كانون الثاني', 'كانون ثاني']],
  [2, ['فبراير', 'فيفري', 'شباط']],
  [3, ['مارس', 'آذار']],
  [4, ['أبريل', 'إبريل', 'أفريل', 'نيسان']],
  [5, ['ماي', 'مايو', 'أيار']],
  [6, ['يونيو', 'يونيه', 'جوان', 'حزيران']],
  [7, ['يوليوز', 'يوليو', 'يوليه', 'جويلية', 'تموز']],
  [8, ['غشت', 'أغسطس', 'أغشت', 'أوت', 'آب']],
  [9, ['شتنبر', 'سبتمبر', 'أيلول']],
  [10, ['أكتوبر', 'تشرين الأول', 'تشرين أول']],
  [11, ['نونبر', 'نوفمبر', 'تشرين الثاني', 'تشرين ثاني']],
  [12, ['دجنبر', 'ديسمبر', 'كانون الأول', 'كانون أول']],
];

const WEEKDAYS = ['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** Month number by matching key (`ابريل` → 4). */
const MONTH_BY_KEY = new Map<string, number>(
  MONTH_SPELLINGS.flatMap(([month, names]) => names.map((name) => [keyOf(name), month] as const)),
);

function keyOf(text: string): string {
  return normalizeWithOffsets(text).key.trim();
}

/** Regex alternation of keys, longest first so `مايو` is tried before `ماي`. */
function alternation(keys: Iterable<string>): string {
  return [...new Set(keys)].sort((a, b) => b.length - a.length).join('|');
}

// ── Pattern pieces, all over the matching key ────────────────────────────────
const WORD_START = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{M}\p{N}])`;
/** و/ف then ب/ل/ك glued to a name: `وفي` is a separate word, `بشتنبر` is not. */
const PROCLITIC = '(?:[وف]?[بلك]?)';
/** Proclitics in front of a word with the article: `العام`، `والعام`، `للعام`، `بالعام`. */
const ARTICLE = '(?:[وف]?(?:ال|بال|كال|لل))';
const MONTH = `(?:${alternation(MONTH_BY_KEY.keys())})`;
/** `أيار/مايو`, `أيار (مايو)`: the month is taken from the first name. */
const MONTH_PAIR = String.raw`(?<month>${MONTH})(?:\s?/\s?${MONTH}|\s?\(\s?${MONTH}\s?\))?`;
const WEEKDAY = `(?:${alternation(WEEKDAYS.map(keyOf))})`;
const YEAR = String.raw`(?<year>\d{4})(?:م)?`;
/** Between a month and its year: nothing, a comma, or `من عام`. */
const YEAR_JOIN = String.raw`(?:\s?،?\s?|\sمن\s(?:ال)?(?:عام|سنه)\s)`;
const PAST = '(?:الماضي|المنصرم|الفائت|المنقضي)';
const NEXT = '(?:المقبل|القادم)';
const CURRENT = '(?:الجاري|الحالي)';
const YEAR_NOUN = '(?:العام|السنه)';
/** What may follow a month instead of a year: `الماضي`، `العام الماضي`، `من هذا العام`. */
const MONTH_RELATIVE = String.raw`(?<rel>(?:من\s)?${YEAR_NOUN}\s(?:${PAST}|${NEXT}|${CURRENT})ه?|من\s(?:هذا\sالعام|هذه\sالسنه)|${PAST}|${NEXT}|${CURRENT})`;

/** One shape of date: a regex over the key, and a cheap test that every key it matches passes. */
interface DateShape {
  name: 'dayMonth' | 'month' | 'yearWord' | 'relativeYear' | 'relativeMonth' | 'yesterday' | 'today';
  pattern: RegExp;
  /**
   * False only when `pattern` cannot match the key: it looks for what the
   * pattern cannot match without (a digit, a month name, `عام`…). Most
   * paragraphs state no date, and each pattern, opening with a look-behind,
   * is tried at every character of the key; the test, substring searches
   * and small expressions without look-arounds, skips it where it would
   * find nothing.
   */
  mayMatch: (key: string) => boolean;
}

const DIGIT = /\d/u;
/** A day: digits and the space after them. */
const DAY = /\d\s/u;
/** Any month name: `dayMonth` and `month` have one. */
const MONTH_NAME = new RegExp(MONTH, 'u');
/** A relative word: `month` without a year, `relativeYear` and `relativeMonth` have one. */
const RELATIVE = new RegExp(String.raw`${PAST}|${NEXT}|${CURRENT}|هذا\sالعام|هذه\sالسنه`, 'u');

/**
 * Every shape of date this module knows. The order is the order in which
 * candidates are collected, which decides between equal spans.
 */
const SHAPES: readonly DateShape[] = [
  {
    // `اليوم الاثنين 20 يناير 2025`, `الأحد، 5 ماي`, `20 من شهر أكتوبر الماضي`
    name: 'dayMonth',
    pattern: new RegExp(
      String.raw`${WORD_START}(?:(?<today>[وف]?اليوم)\s?،?\s)?(?:(?:[وف]?يوم\s)?(?<weekday>[وف]?${WEEKDAY})\s?،?\s)?[وف]?(?<day>\d{1,2})\s(?:من\s)?(?:شهر\s)?${PROCLITIC}${MONTH_PAIR}(?:${YEAR_JOIN}${YEAR}|\s${MONTH_RELATIVE})?${WORD_END}`,
      'gdu',
    ),
    mayMatch: (key) => DAY.test(key) && MONTH_NAME.test(key),
  },
  {
    // `شتنبر 2023`, `بشتنبر 2023`, `أكتوبر من عام 2023`, `ماي الماضي`, `أبريل العام الماضي`
    name: 'month',
    pattern: new RegExp(String.raw`${WORD_START}${PROCLITIC}${MONTH_PAIR}(?:${YEAR_JOIN}${YEAR}|\s${MONTH_RELATIVE})${WORD_END}`, 'gdu'),
    mayMatch: (key) => (DIGIT.test(key) || RELATIVE.test(key)) && MONTH_NAME.test(key),
  },
  {
    // `سنة 2021`, `لسنة 2023`, `العام 2023`, `عام ٢٠٢٣`
    name: 'yearWord',
    pattern: new RegExp(String.raw`${WORD_START}(?:${ARTICLE}|${PROCLITIC})(?:سنه|عام)\s${YEAR}${WORD_END}`, 'gdu'),
    mayMatch: (key) => (key.includes('عام') || key.includes('سنه')) && DIGIT.test(key),
  },
  {
    // `العام الماضي`، `السنة المقبلة`، `هذا العام`
    name: 'relativeYear',
    pattern: new RegExp(
      String.raw`${WORD_START}(?:${ARTICLE}(?:عام|سنه)\s(?<rel>${PAST}|${NEXT}|${CURRENT})ه?|[وف]?(?<rel2>هذا\sالعام|هذه\sالسنه))${WORD_END}`,
      'gdu',
    ),
    mayMatch: (key) => (key.includes('عام') || key.includes('سنه')) && RELATIVE.test(key),
  },
  {
    // `الشهر الماضي`، `الشهر المقبل`
    name: 'relativeMonth',
    pattern: new RegExp(String.raw`${WORD_START}${ARTICLE}شهر\s(?<rel>${PAST}|${NEXT}|${CURRENT})${WORD_END}`, 'gdu'),
    mayMatch: (key) => key.includes('شهر') && RELATIVE.test(key),
  },
  {
    // `أمس`، `امس`، `بالأمس`، `أمس الأول`، `أول أمس`
    name: 'yesterday',
    pattern: new RegExp(
      String.raw`${WORD_START}(?:(?<before>[وف]?اول\s(?:من\s)?امس|[وف]?(?:بال|ال)?امس\sالاول)|[وف]?(?:بال|ال)?امس)${WORD_END}`,
      'gdu',
    ),
    mayMatch: (key) => key.includes('امس'),
  },
  {
    // `اليوم`، `اليوم الثلاثاء` (vetted by `meansToday`)
    name: 'today',
    pattern: new RegExp(String.raw`${WORD_START}(?<today>[وف]?اليوم)(?:\s?،?\s(?<weekday>${WEEKDAY}))?${WORD_END}`, 'gdu'),
    mayMatch: (key) => key.includes('اليوم'),
  },
];

/** Words before `اليوم` that make it "that day", not "today". */
const DEMONSTRATIVES = new Set(['ذلك', 'هذا', 'ذاك', 'تلك', 'ذات', 'نفس', 'طوال', 'طيله'].map(keyOf));

type Shift = 'past' | 'next' | 'current' | 'lastYear' | 'nextYear' | 'thisYear';

/** A date as found, before resolution; `year`/`month`/`day` are stated numbers. */
interface Found {
  /** Key offsets. */
  start: number;
  end: number;
  precision: DatePrecision;
  year?: number;
  month?: number;
  day?: number;
  /** How the date depends on the publication date; absent for absolute dates. */
  relative?: { kind: 'days'; offset: number } | { kind: 'month'; shift: Shift } | { kind: 'year'; shift: Shift } | { kind: 'dayMonth' };
}

/**
 * Finds every date mentioned in a list of paragraphs.
 *
 * @param paragraphs original paragraph texts, in order
 * @param options `publicationDate` to resolve relative dates against
 * @returns mentions in reading order, none overlapping. `text` is
 *   `paragraphs[paragraph].slice(start, end)` (UTF-16 offsets). Absolute dates
 *   have `relative: false`. Relative ones have `relative: true`, the precision
 *   they state, and `value: null` unless the publication date is precise enough
 *   to resolve them.
 * @throws RangeError when `publicationDate` is given but is not ISO
 *
 * Limits: Gregorian years 1800–2199 only (Hijri years such as `1446 هـ` are
 * ignored); bare weekdays (`يوم الثلاثاء`) and weeks (`الأسبوع الماضي`) are not
 * dates here; a day and month without a year (`20 يناير`) is relative and
 * resolves to the publication year.
 */
export function findDates(paragraphs: readonly string[], options: FindDatesOptions = {}): DateMention[] {
  return scanDates(paragraphs)(options.publicationDate);
}

/**
 * Finds the dates of a list of paragraphs once, to resolve them later
 * against any publication date: `scanDates(p)(date)` is
 * `findDates(p, { publicationDate: date })`. Matching is the costly half,
 * and the metadata stage needs the dates twice: unresolved, to find the
 * publication date among them, then resolved against it.
 *
 * @param paragraphs original paragraph texts, in order
 * @returns a function with the contract of `findDates` for a publication
 *   date (or none); it may be called any number of times
 */
export function scanDates(paragraphs: readonly string[]): (publicationDate?: string | null) => DateMention[] {
  const found = paragraphs.map((paragraph) => ({ paragraph, dates: findInParagraph(paragraph) }));
  return (publicationDate) => {
    const publication = parsePublicationDate(publicationDate);
    return found.flatMap(({ paragraph, dates }, index) => dates.map((date) => toMention(date, paragraph, index, publication)));
  };
}

/**
 * Parses one date written the way the press writes it (`20 يناير 2025`,
 * `أيار/مايو ٢٠٢٣`, `سنة 2021`) or in ISO form (`2025-01-20`).
 *
 * @param text the date alone; surrounding spaces and punctuation are ignored
 * @returns the value and precision, or null when `text` is not exactly one
 *   absolute date (relative dates need a publication date: use `findDates`)
 */
export function parseArabicDate(text: string): ParsedDate | null {
  const trimmed = text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(keyOf(trimmed));
  if (iso) return parseIso(iso);
  const found = findInParagraph(trimmed);
  const only = found[0];
  if (found.length !== 1 || only === undefined || only.relative) return null;
  const { key } = normalizeWithOffsets(trimmed);
  if (only.start !== 0 || only.end !== key.length) return null;
  const value = formatDate(only.year, only.month, only.day, only.precision);
  return value === null ? null : { value, precision: only.precision };
}

function parseIso(match: RegExpExecArray): ParsedDate | null {
  const [, year, month, day] = match.map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || !isPlausibleYear(year)) return null;
  if (month === undefined) return { value: pad(year, 4), precision: 'year' };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { value: `${pad(year, 4)}-${pad(month, 2)}`, precision: 'month' };
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { value: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, precision: 'day' };
}

/** All dates in one paragraph, leftmost-longest, not overlapping; key offsets. */
function findInParagraph(paragraph: string): (Found & { originalStart: number; originalEnd: number })[] {
  const normalized = normalizeWithOffsets(paragraph);
  const { key } = normalized;
  const candidates: Found[] = [];
  for (const { name, pattern, mayMatch } of SHAPES) {
    if (!mayMatch(key)) continue;
    // `exec` on the shared global pattern rather than `matchAll`, which
    // clones the (large) expression on every call; no pattern matches the
    // empty string, so the loop always advances, and a failed `exec` resets
    // `lastIndex` to 0 for the next paragraph.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(key); match !== null; match = pattern.exec(key)) {
      const found = interpret(name, match, key);
      if (found) candidates.push(found);
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Found[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.start < reached) continue;
    chosen.push(candidate);
    reached = candidate.end;
  }
  return chosen.map((found) => {
    const [originalStart, originalEnd] = originalRange(normalized, found.start, found.end);
    return { ...found, originalStart, originalEnd };
  });
}

/** Turns one regex match into a `Found`, or null when the match is not a date after all. */
function interpret(shape: DateShape['name'], match: RegExpMatchArray, key: string): Found | null {
  const groups = match.groups ?? {};
  const start = match.index ?? 0;
  const end = start + match[0].length;
  switch (shape) {
    case 'dayMonth':
    case 'month': {
      // `باب 2023` is "door", not `آب` with a proclitic: two-letter months take none.
      const monthStart = match.indices?.groups?.month?.[0] ?? start;
      if ((groups.month ?? '').length <= 2 && /\p{L}/u.test(key[monthStart - 1] ?? '')) return null;
      return monthDate(groups, start, end);
    }
    case 'yearWord': {
      const year = Number(groups.year);
      return isPlausibleYear(year) ? { start, end, precision: 'year', year } : null;
    }
    case 'relativeYear':
      return { start, end, precision: 'year', relative: { kind: 'year', shift: groups.rel2 ? 'thisYear' : shiftOf(groups.rel ?? '') } };
    case 'relativeMonth':
      return { start, end, precision: 'month', relative: { kind: 'month', shift: shiftOf(groups.rel ?? '') } };
    case 'yesterday':
      return { start, end, precision: 'day', relative: { kind: 'days', offset: groups.before ? -2 : -1 } };
    case 'today':
      if (!groups.weekday && !meansToday(key, start, end)) return null;
      return { start, end, precision: 'day', relative: { kind: 'days', offset: 0 } };
    default:
      return null;
  }
}

/** A date built around a month name: with a day, a year, a relative word, or both. */
function monthDate(groups: Record<string, string | undefined>, start: number, end: number): Found | null {
  const month = MONTH_BY_KEY.get(groups.month ?? '');
  if (month === undefined) return null;
  const day = groups.day === undefined ? undefined : Number(groups.day);
  // `35 يناير` is not a day; the month-and-year pattern may still match `يناير 2025`.
  if (day !== undefined && (day < 1 || day > daysInMonth(2024, month))) return null;
  const precision: DatePrecision = day === undefined ? 'month' : 'day';
  if (groups.year !== undefined) {
    const year = Number(groups.year);
    if (!isPlausibleYear(year) || (day !== undefined && day > daysInMonth(year, month))) return null;
    // `اليوم الاثنين 20 يناير 2025` is absolute; metadata reads the `اليوم` as "published today".
    return { start, end, precision, year, month, day };
  }
  if (groups.rel !== undefined) return { start, end, precision, month, day, relative: { kind: 'month', shift: shiftOf(groups.rel) } };
  if (day !== undefined) return { start, end, precision, month, day, relative: { kind: 'dayMonth' } };
  return null;
}

function shiftOf(relative: string): Shift {
  const yearNoun = /(?:العام|السنه)/u.test(relative);
  if (/(?:الماضي|المنصرم|الفائت|المنقضي)/u.test(relative)) return yearNoun ? 'lastYear' : 'past';
  if (/(?:المقبل|القادم)/u.test(relative)) return yearNoun ? 'nextYear' : 'next';
  return yearNoun || /هذ/u.test(relative) ? 'thisYear' : 'current';
}

/**
 * Whether a bare `اليوم` at key `[start, end)` means "today": not followed by
 * a word with the article (`اليوم الثاني`، `اليوم الذي`، `اليوم الوطني`) and
 * not after a demonstrative (`ذلك اليوم`).
 */
function meansToday(key: string, start: number, end: number): boolean {
  const next = /^\s?([\p{L}\p{M}]+)/u.exec(key.slice(end))?.[1];
  if (next !== undefined && next.startsWith('ال')) return false;
  const previous = /([\p{L}\p{M}]+)\s?$/u.exec(key.slice(0, start))?.[1];
  return previous === undefined || !DEMONSTRATIVES.has(previous);
}

// ── Resolution ──────────────────────────────────────────────────────────────

/** The publication date as numbers; month and day absent when not known. */
interface Publication {
  year: number;
  month?: number;
  day?: number;
}

function parsePublicationDate(date: string | null | undefined): Publication | undefined {
  if (date === null || date === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(date);
  const parsed = match ? parseIso(match) : null;
  if (!match || !parsed) throw new RangeError(`publicationDate must be ISO YYYY[-MM[-DD]], got "${date}"`);
  const [, year, month, day] = match;
  return { year: Number(year), month: month === undefined ? undefined : Number(month), day: day === undefined ? undefined : Number(day) };
}

function toMention(
  found: Found & { originalStart: number; originalEnd: number },
  paragraph: string,
  index: number,
  publication: Publication | undefined,
): DateMention {
  const value = found.relative ? resolve(found, publication) : formatDate(found.year, found.month, found.day, found.precision);
  return {
    text: paragraph.slice(found.originalStart, found.originalEnd),
    paragraph: index,
    start: found.originalStart,
    end: found.originalEnd,
    value,
    precision: found.precision,
    relative: found.relative !== undefined,
  };
}

/** The ISO value of a relative date given the publication date, or null when it cannot be known. */
function resolve(found: Found, publication: Publication | undefined): string | null {
  const relative = found.relative;
  if (!publication || !relative) return null;
  const { year, month, day } = publication;
  switch (relative.kind) {
    case 'days': {
      if (month === undefined || day === undefined) return null;
      const shifted = new Date(Date.UTC(year, month - 1, day + relative.offset));
      return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate(), 'day');
    }
    case 'dayMonth':
      return formatDate(year, found.month, found.day, found.precision);
    case 'year':
      return formatDate(year + yearShift(relative.shift), undefined, undefined, 'year');
    case 'month': {
      if (found.month === undefined) {
        // `الشهر الماضي`: one month before or after the publication month.
        if (month === undefined) return null;
        const step = relative.shift === 'past' ? -1 : relative.shift === 'next' ? 1 : 0;
        const shifted = new Date(Date.UTC(year, month - 1 + step, 1));
        return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, undefined, 'month');
      }
      const resolvedYear = monthYear(found.month, relative.shift, publication);
      return resolvedYear === null ? null : formatDate(resolvedYear, found.month, found.day, found.precision);
    }
  }
}

function yearShift(shift: Shift): number {
  return shift === 'lastYear' || shift === 'past' ? -1 : shift === 'nextYear' || shift === 'next' ? 1 : 0;
}

/**
 * The year of `month` in `ماي الماضي` (the most recent May strictly before the
 * publication month), `ماي المقبل` (the next one strictly after), `ماي الجاري`
 * and `ماي العام الماضي`.
 */
function monthYear(month: number, shift: Shift, publication: Publication): number | null {
  const { year } = publication;
  if (shift === 'lastYear' || shift === 'nextYear' || shift === 'thisYear' || shift === 'current') return year + yearShift(shift);
  if (publication.month === undefined) return null;
  if (shift === 'past') return month < publication.month ? year : year - 1;
  return month > publication.month ? year : year + 1;
}

function formatDate(year: number | undefined, month: number | undefined, day: number | undefined, precision: DatePrecision): string | null {
  if (year === undefined || !isPlausibleYear(year)) return null;
  if (precision === 'year') return pad(year, 4);
  if (month === undefined) return null;
  if (precision === 'month') return `${pad(year, 4)}-${pad(month, 2)}`;
  if (day === undefined || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1800 && year <= 2199;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
