/**
 * Countries and their cities as entities, and every form the press uses to
 * name a country.
 *
 * Countries are not curated by hand: ISO 3166-1 (through
 * i18n-iso-countries, which carries Arabic and English names) gives one
 * entity per code, id = alpha-2 (`MA`). What the press writes is much more
 * than the short name, and most of it follows rules, so it is generated:
 *
 * - nisba adjectives, from the name by the usual derivation
 *   (`المغرب` → `مغربي`, `تركيا` → `تركي`, `السعودية` → `سعودي`,
 *   `فرنسا` → `فرنسي`), in every gender, number and case, with and without
 *   the article (`الباكستانية`, `الباكستانيين`, `الباكستانيون`, `مصريا`);
 *   a nisba IS a mention of its country (`وفد عسكري مغربي`);
 * - regime names: `الجمهورية` / `المملكة` + feminine nisba
 *   (`الجمهورية الباكستانية`, `المملكة المغربية`), `جمهورية X`, `دولة X`.
 *
 * What no rule gives lives in `data/countries-extra.ts` (long official
 * names, irregular stems and broken plurals, names that are common words),
 * cities in `data/places.ts`, and the international organizations every
 * dossier meets in `data/organizations.ts`: together, what the annotator
 * knows before the registry (`builtInEntities`).
 */

import arabicNames from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import englishNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Entity } from '../pipeline/types.ts';
import { COUNTRY_FORMS, MONARCHIES } from './data/countries-extra.ts';
import { PLACES } from './data/places.ts';
import { ORGANIZATIONS } from './data/organizations.ts';

type NameTable = { countries: Record<string, string | string[]> };

/** English display names where the ISO list gives several or an awkward one. */
const ENGLISH_OVERRIDES: Readonly<Record<string, string>> = {
  CG: 'Republic of the Congo',
  CD: 'DR Congo',
  KR: 'South Korea',
  AE: 'United Arab Emirates',
  GB: 'United Kingdom',
  US: 'United States',
  LA: 'Laos',
  MD: 'Moldova',
  FM: 'Micronesia',
  SY: 'Syria',
  BN: 'Brunei',
  VA: 'Vatican City',
  FK: 'Falkland Islands',
  IR: 'Iran',
  RU: 'Russia',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  PS: 'Palestine',
  CZ: 'Czechia',
  MK: 'North Macedonia',
  NL: 'Netherlands',
  GM: 'Gambia',
  CI: "Côte d'Ivoire",
  TR: 'Türkiye',
  CN: 'China',
  VN: 'Vietnam',
  BO: 'Bolivia',
  VE: 'Venezuela',
};

/** How a country form was obtained; the gazetteer ranks names above nisbas. */
export type CountryFormKind = 'name' | 'nisba';

/** One text form that names a country. */
export interface CountryForm {
  form: string;
  kind: CountryFormKind;
  /** True when the form is also a common word and must only match after a preposition or country noun. */
  guarded: boolean;
}

function first(value: string | string[] | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? (value[0] ?? '') : value;
}

/**
 * Every ISO 3166-1 country (and Kosovo, which the data set carries) as a
 * reviewed Entity: id = alpha-2, Arabic and English names, curated aliases.
 *
 * @returns one entity per code, sorted by code
 */
export function countryEntities(): Entity[] {
  const ar = (arabicNames as NameTable).countries;
  const en = (englishNames as NameTable).countries;
  return Object.keys(ar)
    .sort()
    .map((code) => {
      const name = first(ar[code]);
      const english = ENGLISH_OVERRIDES[code] ?? first(en[code]);
      const aliases = new Set<string>(COUNTRY_FORMS.get(code)?.alias ?? []);
      const arabicValue = ar[code];
      if (Array.isArray(arabicValue)) arabicValue.slice(1).forEach((alias) => aliases.add(alias));
      if (english) aliases.add(english);
      aliases.delete(name);
      return {
        id: code,
        type: 'country' as const,
        name,
        nameEn: english || null,
        aliases: [...aliases],
        country: code,
        titles: [],
        wikidata: null,
        reviewed: true,
      };
    });
}

/**
 * Capitals and major cities from `data/places.ts` as reviewed place entities
 * linked to their country.
 *
 * @returns one entity per table row
 */
export function placeEntities(): Entity[] {
  const ar = (arabicNames as NameTable).countries;
  return PLACES.map((row) => {
    const [name = '', ...aliases] = row.names;
    const countryName = row.country ? first(ar[row.country]) : '';
    return {
      id: row.id,
      type: 'place' as const,
      name,
      nameEn: row.nameEn,
      aliases: [...aliases, row.nameEn],
      country: row.country,
      titles: [],
      wikidata: null,
      reviewed: true,
      ...(row.capital && countryName ? { description: `عاصمة ${countryName}` } : {}),
    };
  });
}

/**
 * The international organizations of `data/organizations.ts` as reviewed
 * organization entities of no country.
 *
 * @returns one entity per table row
 */
export function organizationEntities(): Entity[] {
  return ORGANIZATIONS.map((row) => {
    const [name = '', ...aliases] = row.names;
    return { id: row.id, type: 'organization' as const, name, nameEn: row.nameEn, aliases: [...aliases, row.nameEn], country: null, titles: [], wikidata: null, reviewed: true };
  });
}

/**
 * What every dossier knows before its registry: countries, cities and
 * regions, and international organizations.
 */
export function builtInEntities(): Entity[] {
  return [...countryEntities(), ...placeEntities(), ...organizationEntities()];
}

/** Ids of capital cities by country code. */
export const CAPITALS: ReadonlyMap<string, string> = new Map(
  PLACES.filter((row) => row.capital && row.country).map((row) => [row.country as string, row.id]),
);

/**
 * The masculine singular nisba stem of a one-word country name, by the usual
 * derivation; null when the name has several words or already ends like a
 * nisba (`مالي`, `جيبوتي`), or in a vowel the rule cannot handle (`بيرو`).
 *
 * @param name the country's Arabic name (`المغرب`, `تركيا`, `السعودية`)
 * @returns the stem (`مغربي`, `تركي`, `سعودي`) or null
 */
export function deriveNisbaStem(name: string): string | null {
  const word = name.trim();
  if (!word || /\s/u.test(word)) return null;
  const bare = word.startsWith('ال') ? word.slice(2) : word;
  if (bare.length < 2) return null;
  if (/ية$/u.test(bare)) return bare.slice(0, -1);
  if (/يا$/u.test(bare)) return bare.slice(0, -1);
  if (/ا$/u.test(bare)) return `${bare.slice(0, -1)}ي`;
  if (/ة$/u.test(bare)) return `${bare.slice(0, -1)}ي`;
  if (/[يىو]$/u.test(bare)) return null;
  return `${bare}ي`;
}

/**
 * All genders, numbers and cases of a nisba, with and without the article:
 * `مغربي` → مغربي، مغربية، مغربيون، مغربيين، مغربيات، مغربيان، مغربيتان،
 * مغربيتين، مغربيا and the same with ال (except the indefinite accusative).
 * A stem of several words (`كوري جنوبي`) inflects each word alike.
 *
 * @param stem masculine singular indefinite nisba
 * @returns the inflected forms, definite and indefinite
 */
export function inflectNisba(stem: string): string[] {
  const endings = ['', 'ة', 'ون', 'ين', 'ات', 'ان', 'تان', 'تين'];
  const words = stem.split(/\s+/u);
  const forms: string[] = [];
  for (const ending of endings) {
    forms.push(words.map((w) => w + ending).join(' '));
    forms.push(words.map((w) => `ال${w}${ending}`).join(' '));
  }
  if (words.length === 1) forms.push(`${stem}ا`);
  return forms;
}

/**
 * Every form that names a country: its name and aliases, regime names
 * (`جمهورية X`, `دولة X`, `الجمهورية` / `المملكة` + nisba), nisbas and
 * broken plurals. Works on registry-extended country entities too: curated
 * aliases are forms like any other.
 *
 * @param country an entity of type `country` whose id is an ISO code
 * @returns forms with their kind; guarded forms only match in safe company
 */
export function countryForms(country: Entity): CountryForm[] {
  const curated = COUNTRY_FORMS.get(country.id);
  const guards = new Set(curated?.guard ?? []);
  const forms = new Map<string, CountryForm>();
  const add = (form: string, kind: CountryFormKind): void => {
    if (!form || forms.has(form)) return;
    forms.set(form, { form, kind, guarded: guards.has(form) });
  };
  for (const name of [country.name, ...country.aliases]) add(name, 'name');
  if (country.name) {
    add(`جمهورية ${country.name}`, 'name');
    add(`دولة ${country.name}`, 'name');
  }
  // A curated stem replaces the derived one (`نمساوي`, not `نمسي`).
  const stems = new Set<string>(curated?.stem ?? []);
  if (!stems.size && !curated?.nostem.length) {
    const derived = deriveNisbaStem(country.name);
    if (derived) stems.add(derived);
  }
  const regime = MONARCHIES.includes(country.id) ? 'المملكة' : 'الجمهورية';
  for (const stem of stems) {
    for (const form of inflectNisba(stem)) add(form, 'nisba');
    add(`${regime} ال${stem}ة`, 'name');
  }
  for (const form of curated?.form ?? []) {
    add(form, 'nisba');
    if (form.startsWith('ال')) add(form.slice(2), 'nisba');
  }
  return [...forms.values()];
}
