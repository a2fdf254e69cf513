/**
 * The values each search filter offers, and which officials have one.
 *
 * Every indexed page carries its filter values (`SearchMeta.astro`), the
 * search page lists them as checkboxes (`search.astro`), and Pagefind keeps
 * one list of pages per value, which the search page downloads for its
 * counts. Kinds of page, countries and sources are few however large the
 * dossier grows; officials are not: a dossier of 10,000 articles names some
 * 3,800 people, most of them in one or two articles, and a filter offering
 * them all made the search page a megabyte of checkboxes and its value list
 * the largest download of a search.
 *
 * So the `official` filter offers `OFFICIAL_FILTERS` officials: the reviewed
 * ones first (the registry is the curators' list of who matters), then the
 * most named. Every official stays searchable by name and has a page; only
 * the filter is bounded. Both the pages' values and the checkboxes come from
 * here, so a checkbox always matches pages. Filter values are names: people
 * who share a name share its value.
 */
import type { Dossier, EntityRecord } from '../data/dossier.ts';
import { ENTITY_LABEL } from '../lib/urls.ts';
import { OFFICIAL_FILTERS } from '../lib/limits.ts';
import { ENTITY_TYPES } from '../pipeline/types.ts';
import { REGNAL_NUMBERS } from '../entities/data/words.ts';
import type { FilterName } from './query-state.ts';

/** Most named first: articles, then mentions, then id for a stable order. */
function byArticles(a: EntityRecord, b: EntityRecord): number {
  return b.articles.length - a.articles.length || b.mentions - a.mentions || a.id.localeCompare(b.id);
}

/**
 * The officials the `official` filter offers, in the order the search page
 * lists them: reviewed first, then by how many articles name them.
 *
 * @param people the dossier's people
 * @param limit how many at most
 */
export function filterableOfficials(people: readonly EntityRecord[], limit = OFFICIAL_FILTERS): EntityRecord[] {
  return people.toSorted((a, b) => Number(b.reviewed) - Number(a.reviewed) || byArticles(a, b)).slice(0, limit);
}

const officialNames = new WeakMap<Dossier, Set<string>>();

/**
 * Names of the officials that have a value in the `official` filter (the
 * filter's values are names, as readers know them). Memoised per dossier.
 */
export function officialFilterNames(dossier: Dossier): Set<string> {
  let names = officialNames.get(dossier);
  if (!names) {
    names = new Set(filterableOfficials(dossier.byType.get('person') ?? []).map((person) => person.name));
    officialNames.set(dossier, names);
  }
  return names;
}

/** The values the search page offers per filter, in the order it lists them. */
export function facetValues(dossier: Dossier): Record<FilterName, string[]> {
  const unique = (values: string[]): string[] => [...new Set(values)];
  return {
    type: ['مقال', ...ENTITY_TYPES.filter((type) => (dossier.byType.get(type) ?? []).length > 0).map((type) => ENTITY_LABEL[type].one)],
    country: unique((dossier.byType.get('country') ?? []).toSorted(byArticles).map((country) => country.name)),
    official: [...officialFilterNames(dossier)],
    source: unique(dossier.articles.flatMap((article) => (article.data.source ? [article.data.source] : []))).sort((a, b) => a.localeCompare(b, 'ar')),
  };
}

/**
 * Example queries for the search boxes' placeholder, taken from the
 * dossier rather than written for one: the family name of the first
 * official the filter lists that has one (a king's regnal number is none),
 * in Arabic and in English, and the most cited place written without
 * hamza, as people type it (`اسلام اباد` for `إسلام آباد`). Three at most,
 * so that it fits a phone's box.
 *
 * @returns `مثلًا: حموشي، اسلام اباد، Hammouchi`, or '' for an empty dossier
 */
export function searchExamples(people: readonly EntityRecord[], places: readonly EntityRecord[]): string {
  const lastWord = (name: string | null | undefined): string | undefined => {
    const words = name?.split(/[\s-]+/u).filter(Boolean) ?? [];
    return words.length > 1 ? words.at(-1) : undefined;
  };
  const official = filterableOfficials(people).find((person) => {
    const last = lastWord(person.name);
    return last !== undefined && !REGNAL_NUMBERS.includes(last);
  });
  const place = places.toSorted(byArticles)[0];
  const examples = [lastWord(official?.name), place?.name.replace(/[أإآ]/gu, 'ا'), lastWord(official?.nameEn)].filter((example): example is string => Boolean(example));
  return examples.length > 0 ? `مثلًا: ${[...new Set(examples)].join('، ')}` : '';
}
