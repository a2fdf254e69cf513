/**
 * Loads the curated registry: `content/entities/*.yaml`.
 *
 * A curator who breaks three entries wants to hear about all three at once,
 * with where they are: every problem becomes a `SeedError` naming the file,
 * the line, the entry (index and id) and the field, and loading goes on to
 * the end. Problems across files are found here too: an id used twice, and
 * an alias (or name) claimed by two entities, which would make a mention
 * ambiguous. Aliases are compared on matching keys, so `إسلام آباد` and
 * `اسلام اباد` collide.
 *
 * Valid entries are returned even when others are not, so a caller can
 * report and still build what it can; whether to fail is the caller's call.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import { SeedError, type Entity } from '../pipeline/types.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import { parseEntry, RegistryFileSchema, type EntryProblem } from './schema.ts';

/** What `loadRegistry` found: the valid entities and every problem. */
export interface Registry {
  entities: Entity[];
  errors: SeedError[];
}

/** Where an entity came from, for cross-file messages. */
interface Origin {
  file: string;
  index: number;
  line: number | undefined;
}

/**
 * Reads every `*.yaml` / `*.yml` file of `dir` (not recursive), in name
 * order, validates each entry and checks ids and aliases across files.
 *
 * @param dir the registry folder, usually `content/entities`
 * @returns valid entities in file order, and one error per problem; a missing
 *   folder is an empty registry, not an error
 */
export async function loadRegistry(dir: string): Promise<Registry> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/i.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entities: [], errors: [] };
    throw error;
  }
  const entities: Entity[] = [];
  const origins = new Map<Entity, Origin>();
  const errors: SeedError[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const text = await readFile(file, 'utf8');
    const parsed = parseRegistryFile(text, file);
    errors.push(...parsed.errors);
    for (const { entity, origin } of parsed.entries) {
      entities.push(entity);
      origins.set(entity, origin);
    }
  }
  const checked = crossCheck(entities, origins);
  errors.push(...checked.errors);
  // The first entry with an id keeps it; later duplicates are left out.
  return { entities: entities.filter((entity) => !checked.duplicates.has(entity)), errors };
}

/**
 * Parses and validates one registry file's text.
 *
 * @param text the YAML source
 * @param file the path used in messages
 * @returns valid entries with their origin, and errors
 */
export function parseRegistryFile(text: string, file: string): { entries: { entity: Entity; origin: Origin }[]; errors: SeedError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (doc.errors.length) {
    return {
      entries: [],
      errors: doc.errors.map((error) => new SeedError(file, `not valid YAML: ${error.message.split('\n')[0]}`, lineOf(error.pos[0]))),
    };
  }
  const value: unknown = doc.toJS() ?? [];
  const list = RegistryFileSchema.safeParse(value);
  if (!list.success) {
    return { entries: [], errors: [new SeedError(file, 'a registry file must be a YAML list of entries (each starting with "- id: …")', 1)] };
  }
  const entries: { entity: Entity; origin: Origin }[] = [];
  const errors: SeedError[] = [];
  for (const [index, raw] of list.data.entries()) {
    const result = parseEntry(raw, index, file);
    if ('problems' in result) {
      for (const problem of result.problems) errors.push(new SeedError(file, describe(problem), lineOf(offsetOf(doc, index, problem.field))));
      continue;
    }
    entries.push({ entity: result.entity, origin: { file, index, line: lineOf(offsetOf(doc, index, '')) } });
  }
  return { entries, errors };
}

/** `entry 3 (id "x"), field "country": message`. */
function describe(problem: EntryProblem): string {
  const entry = `entry ${problem.index + 1}${problem.id ? ` (id "${problem.id}")` : ''}`;
  return problem.field ? `${entry}, field "${problem.field}": ${problem.message}` : `${entry}: ${problem.message}`;
}

/** Source offset of an entry's field (or of the entry), for the line number. */
function offsetOf(doc: Document, index: number, field: string): number | undefined {
  const path: (string | number)[] = [index, ...field.split('.').filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part))];
  while (path.length) {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return node.range[0];
    // A missing field: point at the entry that lacks it.
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    if (path.length > 1 && (isMap(parent) || isSeq(parent)) && parent.range) return parent.range[0];
    path.pop();
  }
  return undefined;
}

/**
 * Finds ids used twice and names/aliases claimed by two entities.
 */
function crossCheck(entities: Entity[], origins: Map<Entity, Origin>): { errors: SeedError[]; duplicates: Set<Entity> } {
  const errors: SeedError[] = [];
  const duplicates = new Set<Entity>();
  const where = (entity: Entity): string => {
    const origin = origins.get(entity);
    return origin ? `${origin.file}${origin.line === undefined ? '' : `:${origin.line}`} (entry ${origin.index + 1})` : 'another file';
  };
  const byId = new Map<string, Entity>();
  for (const entity of entities) {
    const first = byId.get(entity.id);
    const origin = origins.get(entity);
    if (first) {
      errors.push(new SeedError(origin?.file ?? '', `entry ${(origin?.index ?? 0) + 1} (id "${entity.id}"), field "id": id already used by ${where(first)}; ids must be unique across the registry`, origin?.line));
      duplicates.add(entity);
      continue;
    }
    byId.set(entity.id, entity);
  }
  const byKey = new Map<string, Entity>();
  for (const entity of entities) {
    if (duplicates.has(entity)) continue;
    const origin = origins.get(entity);
    for (const form of [entity.name, ...entity.aliases]) {
      const key = normalizeArabic(form);
      if (!key) continue;
      const owner = byKey.get(key);
      if (owner && owner.id !== entity.id) {
        const field = form === entity.name ? 'name' : 'aliases';
        errors.push(new SeedError(origin?.file ?? '', `entry ${(origin?.index ?? 0) + 1} (id "${entity.id}"), field "${field}": "${form}" is already a name or alias of "${owner.id}" (${where(owner)}); a mention could not tell them apart`, origin?.line));
        continue;
      }
      byKey.set(key, entity);
    }
  }
  return { errors, duplicates };
}
