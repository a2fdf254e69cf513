/**
 * Display formats for the Arabic UI.
 *
 * Dates are shown with Arabic month names and Western digits (`20 يناير 2025`),
 * the form used across the Maghreb and Egyptian press the dossier reads, and
 * at the precision the source gives: a month-precise date is never shown
 * with an invented day.
 */

const DAY = new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formatted dates: a dossier states the same dates on many pages, and `Intl` formatting is not free. */
const formatted = new Map<string, string>();

/**
 * Formats an ISO date of any precision (`2025`, `2025-01`, `2025-01-20`).
 *
 * @returns the Arabic display form, or the input unchanged when it is not an ISO date
 */
export function formatDate(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    text = format(iso);
    formatted.set(iso, text);
  }
  return text;
}

function format(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || Number.isNaN(year)) return iso;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return (day ? DAY : MONTH).format(date);
}

/**
 * The dates a page covers, for a page of a list told apart by its dates
 * rather than its number (archive pages, `paginate.ts`): `من مارس 2023 إلى
 * 5 مايو 2024`, or the one date when all agree.
 *
 * @param dates ISO dates of any precision; undated items are skipped
 * @returns undefined when nothing is dated
 */
export function dateSpan(dates: Iterable<string | undefined>): string | undefined {
  let oldest: string | undefined;
  let newest: string | undefined;
  for (const date of dates) {
    if (!date) continue;
    if (oldest === undefined || date < oldest) oldest = date;
    if (newest === undefined || date > newest) newest = date;
  }
  if (oldest === undefined || newest === undefined) return undefined;
  return oldest === newest ? formatDate(oldest) : `من ${formatDate(oldest)} إلى ${formatDate(newest)}`;
}

/**
 * The forms an Arabic noun takes after a number. Which one a count needs
 * depends on its last two digits, not on its size: `3 مقالات` and
 * `103 مقالات` take the plural, `11 مقالًا` and `250 مقالًا` the singular
 * in the accusative, `100 مقال`, `101 مقال` and `1000 مقال` the singular
 * after a round hundred. One and two are said without a digit.
 */
export interface CountedNoun {
  /** One: `مقال واحد`. */
  readonly one: string;
  /** Two, the dual: `مقالان`. */
  readonly two: string;
  /** Last two digits 03–10: the plural, `مقالات`. */
  readonly few: string;
  /** Last two digits 11–99: the singular in the accusative, `مقالًا`. */
  readonly many: string;
  /** Zero, and last two digits 00–02 from 100 on: the singular, `مقال`. */
  readonly hundred: string;
}

export const ARTICLE: CountedNoun = { one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا', hundred: 'مقال' };
export const MENTION: CountedNoun = { one: 'إشارة واحدة', two: 'إشارتان', few: 'إشارات', many: 'إشارة', hundred: 'إشارة' };
export const OFFICIAL: CountedNoun = { one: 'مسؤول واحد', two: 'مسؤولان', few: 'مسؤولين', many: 'مسؤولًا', hundred: 'مسؤول' };
export const COUNTRY: CountedNoun = { one: 'دولة واحدة', two: 'دولتان', few: 'دول', many: 'دولة', hundred: 'دولة' };
/** Further wordings of a title, with their adjective (`وصيغتان أخريان`, `و5 صيغ أخرى`). */
export const OTHER_WORDING: CountedNoun = { one: 'صيغة أخرى', two: 'صيغتان أخريان', few: 'صيغ أخرى', many: 'صيغة أخرى', hundred: 'صيغة أخرى' };
/** Editions of a recurring event left off its list (`و3 دورات أقدم`). */
export const OLDER_EDITION: CountedNoun = { one: 'دورة أقدم', two: 'دورتان أقدم', few: 'دورات أقدم', many: 'دورة أقدم', hundred: 'دورة أقدم' };
/** Times, as the object of a verb (`ذُكر مرتين`). */
const TIME: CountedNoun = { one: 'مرة واحدة', two: 'مرتين', few: 'مرات', many: 'مرة', hundred: 'مرة' };

/** Formats a count with the form of its noun that Arabic grammar asks for: `مقالان`, `3 مقالات`, `11 مقالًا`, `100 مقال`. */
export function countNoun(count: number, noun: CountedNoun): string {
  if (count === 1) return noun.one;
  if (count === 2) return noun.two;
  const lastTwo = count % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return `${count} ${noun.few}`;
  if (lastTwo >= 11) return `${count} ${noun.many}`;
  return `${count} ${noun.hundred}`;
}

/** Formats a count of articles: `مقال واحد`, `3 مقالات`. */
export function countArticles(count: number): string {
  return countNoun(count, ARTICLE);
}

/** Formats a count of mentions: `ذُكر 3 مرات`. */
export function countMentions(count: number): string {
  return `ذُكر ${countNoun(count, TIME)}`;
}
