/**
 * `npm run entities:report`: what the annotator found that nobody curated.
 *
 * Annotates every seed with the registry and lists the discovered entities
 * (persons, organizations, events: `reviewed: false`), merged across
 * articles as the site merges them: per entity its type, id, the surface
 * forms seen, the titles and country inferred from the text, the articles
 * that mention it, and a YAML entry ready to paste into
 * `content/entities/<type>.yaml` once checked (add `name_en` and fix
 * anything the heuristics got wrong: that is the review).
 *
 * Flags: `--no-registry` annotates with the built-in countries, places and
 * international organizations only, which
 * shows what discovery alone finds in the seeds; `--json` prints the
 * entities as JSON. Seeds that cannot be read are listed and skipped.
 */

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import type { Entity, EntityType } from '../pipeline/types.ts';
import { readSeeds } from '../pipeline/read.ts';
import { cleanSeed } from '../pipeline/clean.ts';
import { extractMetadata } from '../pipeline/metadata.ts';
import { createAnnotator, mergeEntities } from '../pipeline/annotate.ts';
import { builtInEntities } from '../entities/countries.ts';
import { loadRegistry } from '../entities/registry.ts';
import { normalizeArabic } from '../arabic/normalize.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = new Set(process.argv.slice(2));

/** Registry file each type belongs in. */
const FILES: Readonly<Record<EntityType, string>> = {
  person: 'people.yaml',
  organization: 'organizations.yaml',
  place: 'places.yaml',
  event: 'events.yaml',
  country: 'countries.yaml',
};

/** One discovered entity with where it was seen. */
interface Finding {
  entity: Entity;
  articles: Set<string>;
  /** Surface forms of every mention. */
  forms: Set<string>;
  /** Roles given at mentions. */
  roles: Set<string>;
}

const registry = args.has('--no-registry') ? { entities: [], errors: [] } : await loadRegistry(path.join(root, 'content/entities'));
for (const error of registry.errors) console.warn(`registry: ${error.message}`);
const annotate = createAnnotator([...builtInEntities(), ...registry.entities]);
const { seeds, errors } = await readSeeds(path.join(root, 'seeds'));
for (const error of errors) console.warn(`skipped: ${error.message}`);

const findings = new Map<string, Finding>();
let articles = 0;
for (const seed of seeds) {
  let annotated;
  try {
    annotated = annotate(extractMetadata(cleanSeed(seed)));
  } catch (error) {
    console.warn(`skipped: ${(error as Error).message}`);
    continue;
  }
  articles++;
  for (const entity of annotated.discovered) {
    const finding = findings.get(entity.id);
    if (finding) finding.entity = mergeEntities([finding.entity, entity])[0] as Entity;
    else findings.set(entity.id, { entity, articles: new Set(), forms: new Set(), roles: new Set() });
  }
  for (const mention of annotated.mentions) {
    const finding = findings.get(mention.entityId);
    if (!finding) continue;
    finding.articles.add(annotated.meta.slug);
    finding.forms.add(mention.text);
    if (mention.role) finding.roles.add(mention.role);
  }
}

/** A registry entry for the finding, in the registry's field names. */
function yamlEntry(finding: Finding): string {
  const { entity } = finding;
  // `للقوات …` is the name after `ل`, not another spelling of it.
  const key = (form: string): string => normalizeArabic(form).replace(/^لل/u, 'ال');
  const aliases = [...new Set([...entity.aliases, ...finding.forms])].filter((form) => key(form) !== key(entity.name));
  const entry: Record<string, unknown> = { id: entity.id, name: entity.name };
  if (entity.nameEn) entry.name_en = entity.nameEn;
  if (aliases.length) entry.aliases = aliases;
  if (entity.country) entry.country = entity.country;
  if (entity.titles.length) entry.titles = entity.titles.map((title) => title.title);
  return stringify([entry], { lineWidth: 0 }).trimEnd();
}

const ordered = [...findings.values()].sort(
  (a, b) => a.entity.type.localeCompare(b.entity.type) || b.articles.size - a.articles.size || a.entity.id.localeCompare(b.entity.id),
);

if (args.has('--json')) {
  console.log(JSON.stringify(ordered.map((f) => ({ ...f.entity, articles: [...f.articles], forms: [...f.forms], roles: [...f.roles] })), null, 2));
} else {
  console.log(`entities:report: ${articles} article(s), ${ordered.length} discovered entit${ordered.length === 1 ? 'y' : 'ies'} not yet reviewed${args.has('--no-registry') ? ' (annotated without the registry)' : ''}.`);
  let type: string | undefined;
  for (const finding of ordered) {
    const { entity } = finding;
    if (entity.type !== type) {
      type = entity.type;
      console.log(`\n== ${type} → content/entities/${FILES[entity.type]}`);
    }
    console.log(`\n• ${entity.name}  (${entity.id})`);
    console.log(`  seen as:   ${[...finding.forms].join('، ')}`);
    if (entity.titles.length) console.log(`  titles:    ${entity.titles.map((t) => t.title).join(' | ')}`);
    console.log(`  country:   ${entity.country ?? '—'}`);
    console.log(`  articles:  ${[...finding.articles].join(', ')}`);
    console.log(yamlEntry(finding).replace(/^/gm, '    '));
  }
}
