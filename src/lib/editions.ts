/**
 * Recurring events and their editions: `African Lion-2015`, `الأسد الإفريقي
 * 2022` and `إندس شيلد 2023` are editions of a series of exercises, and
 * `الأسد الإفريقي` (or `African Lion`) names the series itself.
 *
 * Discovery makes each edition an event of its own, which is right: an
 * analyst asks who took part in the 2015 edition, not in the series. But a
 * reader on the 2015 page wants the other years one click away, and the
 * series page wants its editions. Nothing in the articles says "edition";
 * the name does: an event name that ends with a year (1900–2199) names an
 * edition of the series the rest of the name names.
 *
 * Names are compared on their matching key (`normalizeArabic`: hamza, ة/ه,
 * ى/ي, Latin case, Arabic-Indic digits), with hyphens, slashes, dots and
 * quotes read as spaces and `دورة`, `لسنة`, `لعام` before the year left
 * out, so that `Indus Shield-2023` and `indus shield 2023` are one edition
 * of `indus shield`. The Arabic and the Latin name of a series are
 * different keys; they join when one event carries both (an edition whose
 * aliases give both spellings joins `اندس شيلد` and `indus shield`), so a
 * series is a connected set of keys, not one string.
 *
 * Limits: a year must end the name (`2023 Indus Shield` is no edition),
 * and a number that is not a year is no edition (`الصمصام 9`, `تبوك 6`
 * stay events of their own: a ninth Samsam is not told from a Samsam
 * with a 9 in its name);
 * two entities for one edition (an Arabic and a Latin spelling never seen
 * together) both stay, as the same year twice.
 */
import { normalizeArabic } from '../arabic/normalize.ts';

/** The series an event name belongs to, and the year it names. */
export interface EditionName {
  /** The series' matching key (`indus shield`). */
  series: string;
  year: number;
}

/** One series: the events that name it without a year, and its editions. */
export interface EventSeries<E extends { id: string }> {
  /** Events named without a year (`الأسد الإفريقي`), most often one. */
  events: E[];
  /** Editions, oldest first; one year may have several (spellings never joined). */
  editions: { event: E; year: number }[];
}

/** Punctuation that separates the words of a name as a space would. */
const SEPARATORS = /[\p{Pd}\p{Pi}\p{Pf}\p{Ps}\p{Pe}"'/._:,،«»“”″]+/gu;
/** Words that may stand between a series and its year (keys: ة is ه). */
const BEFORE_YEAR = /(?:^| )(?:دوره|لدوره|نسخه|لنسخه|سنه|لسنه|عام|لعام|edition)$/u;
const ENDS_WITH_YEAR = /^(?<series>.*\p{L}.*?) ?(?<year>(?:19|20|21)\d\d)$/u;

/** The matching key of a name with its punctuation read as spaces. */
export function seriesKey(name: string): string {
  return normalizeArabic(name).replace(SEPARATORS, ' ').replace(/ {2,}/gu, ' ').trim();
}

/**
 * The series and year of an edition's name, or undefined for a name that
 * does not end with a year.
 *
 * @example editionName('Indus Shield-2023') // { series: 'indus shield', year: 2023 }
 */
export function editionName(name: string): EditionName | undefined {
  const match = ENDS_WITH_YEAR.exec(seriesKey(name));
  if (!match?.groups) return undefined;
  const series = (match.groups.series as string).trim().replace(BEFORE_YEAR, '').trim();
  return series ? { series, year: Number(match.groups.year) } : undefined;
}

/**
 * Groups events into series.
 *
 * An event is an edition when one of its names ends with a year (the first
 * such name gives the year); its series keys are those names' series. An
 * event with no such name belongs to the series its names are keys of.
 * Keys met on one event are one series. A series is kept when it has at
 * least one edition and two events in all: an edition with neither a
 * sibling nor a series page has nothing to link to.
 *
 * @param events every event of the dossier
 * @param namesOf every name an event is known by (canonical, English, aliases)
 * @returns each grouped event's id → its series (the same object for every member)
 */
export function eventSeries<E extends { id: string }>(events: readonly E[], namesOf: (event: E) => readonly string[]): Map<string, EventSeries<E>> {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    for (let node = key; node !== root; ) {
      const next = parent.get(node) as string;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const join = (a: string, b: string): void => {
    const [rootA, rootB] = [find(a), find(b)];
    if (rootA !== rootB) parent.set(rootA < rootB ? rootB : rootA, rootA < rootB ? rootA : rootB);
  };

  const read = events.map((event) => {
    const names = namesOf(event);
    const editions = names.flatMap((name) => editionName(name) ?? []);
    const keys = editions.length > 0 ? editions.map((edition) => edition.series) : names.map(seriesKey).filter(Boolean);
    for (const key of keys) if (!parent.has(key)) parent.set(key, key);
    for (const key of keys.slice(1)) join(keys[0] as string, key);
    return { event, keys, year: editions[0]?.year };
  });

  const byRoot = new Map<string, EventSeries<E>>();
  const rootOf = new Map<string, string>();
  for (const { event, keys, year } of read) {
    const first = keys[0];
    if (first === undefined) continue;
    const root = find(first);
    rootOf.set(event.id, root);
    const series = byRoot.get(root) ?? { events: [], editions: [] };
    if (year === undefined) series.events.push(event);
    else series.editions.push({ event, year });
    byRoot.set(root, series);
  }

  const grouped = new Map<string, EventSeries<E>>();
  for (const [id, root] of rootOf) {
    const series = byRoot.get(root) as EventSeries<E>;
    if (series.editions.length === 0 || series.events.length + series.editions.length < 2) continue;
    grouped.set(id, series);
  }
  for (const series of byRoot.values()) {
    series.editions.sort((a, b) => a.year - b.year || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  }
  return grouped;
}
