/**
 * The shape of a curated registry file, `content/entities/*.yaml`.
 *
 * A registry file is a YAML list of entries; each entry is one person,
 * organization, place or event (or extra forms for an ISO country). The
 * schema is the contract for the people who curate it, so every field says
 * what it is for, what it accepts and what happens when it is left out, and
 * every error names the file, the entry (index and id) and the field.
 *
 * Countries come from ISO 3166 data, not from the registry; an entry of type
 * `country` (id = ISO alpha-2) only adds to one: more aliases, a Wikidata id,
 * a description.
 */

import { z } from 'zod';
import arabicNames from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import type { Entity, EntityTitle, EntityType } from '../pipeline/types.ts';

/** The ISO alpha-2 codes the dossier knows. */
const ISO_CODES: ReadonlySet<string> = new Set(Object.keys((arabicNames as { countries: Record<string, unknown> }).countries));

/** A date of any precision: `2023`, `2023-10`, `2023-10-05`. */
const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

/** A title or office a person holds or held. */
export const TitleSchema = z.strictObject({
  /** The title as the press writes it, in Arabic (`المدير العام للأمن الوطني`). Required, non-empty. */
  title: z.string().trim().min(1, 'a title needs text'),
  /** When the title was first held, ISO date of any precision. Optional. */
  from: isoDate.optional(),
  /** When the title was last held, ISO date of any precision; leave out while it is held. Optional. */
  to: isoDate.optional(),
});

/** A title may be written as a bare string, shorthand for `{ title: … }`. */
const TitleInput = z.union([z.string().trim().min(1, 'a title needs text').transform((title): z.output<typeof TitleSchema> => ({ title })), TitleSchema]);

/** One entry of a registry file. */
export const EntryInputSchema = z.strictObject({
  /**
   * Stable id, used in URLs (`/officials/<id>/` for people) and by other entries: a Latin
   * slug, lower-case words joined by `-` (`abdellatif-hammouchi`). For type
   * `country`, the ISO alpha-2 code instead (`MA`). Required; never change
   * it once published.
   */
  id: z.string().trim().min(1, 'every entry needs an id'),
  /**
   * What the entry is: `person`, `organization`, `place`, `event`, or
   * `country` for extra forms of an ISO country. Optional when the file name
   * says it (`people.yaml` → person, `organizations.yaml`, `places.yaml`,
   * `events.yaml`, `countries.yaml`).
   */
  type: z.enum(['person', 'organization', 'place', 'event', 'country']).optional(),
  /** Canonical Arabic name, as displayed (`عبد اللطيف حموشي`). Required except for `country`. */
  name: z.string().trim().min(1, 'the name may not be empty').optional(),
  /** English name, for the page and Latin search (`Abdellatif Hammouchi`). Optional. */
  name_en: z.string().trim().min(1, 'leave name_en out rather than empty').optional(),
  /**
   * Other spellings, Arabic or Latin, all matched in articles as well as
   * `name` (`محمد آصف خواجة`, `خواجة آصف`, `Khawaja Asif`). Each must be
   * unique across the whole registry. Default: none.
   */
  aliases: z.array(z.string().trim().min(1, 'an alias may not be empty')).default([]),
  /** ISO 3166-1 alpha-2 code of the country the entity belongs to (`PK`). Optional. */
  country: z
    .string()
    .trim()
    .refine((code) => ISO_CODES.has(code), { message: 'expected an ISO 3166-1 alpha-2 code in capitals, like MA or PK' })
    .optional(),
  /** Titles held, newest first; each a string or `{ title, from?, to? }`. Default: none. */
  titles: z.array(TitleInput).default([]),
  /** Wikidata item id (`Q123`). Only when certain. Optional. */
  wikidata: z.string().trim().regex(/^Q[1-9]\d*$/, 'expected a Wikidata id like Q1028').optional(),
  /** A sentence or two for the entity's page, in Arabic. Optional. */
  description: z.string().trim().min(1).optional(),
});

/** An entry as written in YAML, before defaults. */
export type EntryInput = z.input<typeof EntryInputSchema>;
/** An entry after validation and defaults. */
export type Entry = z.output<typeof EntryInputSchema>;

/** A registry file: a list of entries (an empty file is an empty list). */
export const RegistryFileSchema = z.array(z.unknown());

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugMessage = (id: string): string => `expected a Latin slug of lower-case words joined by "-" (abdellatif-hammouchi), not "${id}"`;

/** The entity type a registry file holds, from its name; undefined when the name says nothing. */
export function typeFromFileName(file: string): EntityType | undefined {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
  const byName: Readonly<Record<string, EntityType>> = {
    people: 'person',
    persons: 'person',
    organizations: 'organization',
    organisations: 'organization',
    places: 'place',
    events: 'event',
    countries: 'country',
  };
  return byName[base];
}

/** One problem with one entry: what, where. */
export interface EntryProblem {
  /** 0-based index of the entry in the file. */
  index: number;
  /** The entry's id when it has a readable one. */
  id: string | undefined;
  /** Dotted path of the field inside the entry (`titles.0.from`), or '' for the entry itself. */
  field: string;
  message: string;
}

/**
 * Validates one parsed entry and converts it to an Entity.
 *
 * @param raw the YAML value of the entry
 * @param index its position in the file (for messages)
 * @param file the file name (to infer `type` when absent)
 * @returns the entity, or the problems found (all of them, not the first)
 */
export function parseEntry(raw: unknown, index: number, file: string): { entity: Entity } | { problems: EntryProblem[] } {
  const rawId = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;
  const result = EntryInputSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      index,
      id: rawId,
      field: issue.path.map(String).join('.'),
      message: issue.code === 'invalid_type' && issue.path.length === 0 ? 'each entry must be a mapping of fields (id, name, …)' : issue.message,
    }));
    // The id is checked too, so that one run lists every problem of the entry.
    const rawType = typeof raw === 'object' && raw !== null && 'type' in raw ? raw.type : undefined;
    const type = typeof rawType === 'string' ? rawType : typeFromFileName(file);
    if (rawId !== undefined && type !== 'country' && !SLUG.test(rawId) && !problems.some((p) => p.field === 'id')) {
      problems.push({ index, id: rawId, field: 'id', message: slugMessage(rawId) });
    }
    return { problems };
  }
  const entry = result.data;
  const problems: EntryProblem[] = [];
  const problem = (field: string, message: string): void => {
    problems.push({ index, id: entry.id, field, message });
  };
  const type = entry.type ?? typeFromFileName(file);
  if (type === undefined) problem('type', `no type, and the file name does not say one: use person, organization, place, event or country`);
  if (type === 'country') {
    if (!ISO_CODES.has(entry.id)) problem('id', `a country entry's id must be an ISO alpha-2 code in capitals (MA, PK), not "${entry.id}"`);
  } else {
    if (!SLUG.test(entry.id)) problem('id', slugMessage(entry.id));
    if (entry.name === undefined) problem('name', 'the Arabic name is required');
  }
  for (const [i, title] of entry.titles.entries()) {
    if (title.from && title.to && title.to < title.from) problem(`titles.${i}.to`, `ends (${title.to}) before it starts (${title.from})`);
  }
  if (problems.length || type === undefined) return { problems };
  const titles: EntityTitle[] = entry.titles.map((title) => ({
    title: title.title,
    ...(title.from ? { from: title.from } : {}),
    ...(title.to ? { to: title.to } : {}),
  }));
  return {
    entity: {
      id: entry.id,
      type,
      name: entry.name ?? '',
      nameEn: entry.name_en ?? null,
      aliases: [...new Set(entry.aliases)],
      country: type === 'country' ? entry.id : (entry.country ?? null),
      titles,
      wikidata: entry.wikidata ?? null,
      reviewed: true,
      ...(entry.description ? { description: entry.description } : {}),
    },
  };
}
