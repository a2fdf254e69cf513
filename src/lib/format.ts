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

/** Formats a count with its Arabic noun: `1 مقال`, `3 مقالات`. */
export function countArticles(count: number): string {
  if (count === 1) return 'مقال واحد';
  if (count === 2) return 'مقالان';
  return count >= 3 && count <= 10 ? `${count} مقالات` : `${count} مقالًا`;
}

/** Formats a count of mentions: `ذُكر 3 مرات`. */
export function countMentions(count: number): string {
  if (count === 1) return 'ذُكر مرة واحدة';
  if (count === 2) return 'ذُكر مرتين';
  return count >= 3 && count <= 10 ? `ذُكر ${count} مرات` : `ذُكر ${count} مرة`;
}
