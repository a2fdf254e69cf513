/**
 * `npm run eval:entities`: how well the annotator finds each article's
 * entities, against hand-made gold.
 *
 * Two sets live in `tests/fixtures/entities/<set>/`: `seeds` (the five seed
 * articles) and `unseen` (articles written for evaluation, about countries
 * and officials the registry does not know). Each `<article>.txt` has a
 * `<article>.gold.yaml` listing, per entity type, the entities the body
 * mentions: countries by ISO code, other entities by registry id or
 * canonical Arabic name (`|` between accepted alternatives; persons by full
 * name, so that a back-reference that became a second person counts as a
 * false positive).
 *
 * The seeds are annotated with the curated registry, then again without it;
 * every other set (`unseen`, `holdout`) with ISO countries and the city
 * table only, which is the point: it measures discovery, not curation. Scores are article-level (the set of entities an
 * article mentions), micro-averaged per type and set.
 *
 * Articles go through the pipeline's own read → clean → metadata stages when
 * they exist, so headlines and page furniture are handled as in the build;
 * otherwise every non-empty line after the first is a paragraph.
 *
 * Flags: `--verbose` lists misses and false alarms per article;
 * `--set <name>` runs one set (`seeds`, `unseen`, `holdout`). Always exits 0: it reports, it does not
 * judge.
 */

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ENTITY_TYPES, type AnnotatedArticle, type Article, type Entity, type EntityType } from '../pipeline/types.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import { builtInEntities } from '../entities/countries.ts';
import { loadRegistry } from '../entities/registry.ts';
import { createAnnotator, mergeEntities } from '../pipeline/annotate.ts';
import { unitsOfName } from '../entities/discover.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = path.join(root, 'tests/fixtures/entities');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;

/** One gold entry: accepted ids/names (any one matches). */
interface GoldEntry {
  label: string;
  ids: Set<string>;
  names: Set<string>;
}

type Gold = Record<EntityType, GoldEntry[]>;

/** Reads a gold file: per type, a list of strings (`a|b`) or `{ id, name }` maps. */
function parseGold(text: string, file: string): Gold {
  const raw = (parse(text) ?? {}) as Record<string, unknown>;
  const gold = Object.fromEntries(ENTITY_TYPES.map((type) => [type, [] as GoldEntry[]])) as unknown as Gold;
  for (const [type, list] of Object.entries(raw)) {
    if (!ENTITY_TYPES.includes(type as EntityType)) throw new Error(`${file}: unknown type "${type}"`);
    for (const item of (list as unknown[]) ?? []) {
      const entry: GoldEntry = { label: '', ids: new Set(), names: new Set() };
      if (typeof item === 'string') {
        for (const alternative of item.split('|').map((s) => s.trim())) {
          entry.ids.add(alternative);
          entry.names.add(normalizeArabic(alternative));
        }
        entry.label = item;
      } else if (item && typeof item === 'object') {
        const { id, name } = item as { id?: string; name?: string };
        if (id) entry.ids.add(id);
        for (const alternative of (name ?? '').split('|').filter(Boolean)) entry.names.add(normalizeArabic(alternative));
        entry.label = id ?? name ?? '?';
      }
      gold[type as EntityType].push(entry);
    }
  }
  return gold;
}

/** Turns an article file into an Article, through the pipeline stages when available. */
async function articleReader(): Promise<(bytes: Uint8Array, file: string) => Article> {
  try {
    const stage = (name: string): string => new URL(`../pipeline/${name}.ts`, import.meta.url).href;
    const read = (await import(stage('read'))) as { readSeed: (bytes: Uint8Array, file: string) => unknown };
    const clean = (await import(stage('clean'))) as { cleanSeed: (seed: unknown) => unknown };
    const metadata = (await import(stage('metadata'))) as { extractMetadata: (cleaned: unknown) => unknown };
    return (bytes, file) => {
      const cleaned = clean.cleanSeed(read.readSeed(bytes, file)) as Article;
      const result = metadata.extractMetadata(cleaned) as Article | Article['meta'];
      return 'paragraphs' in result ? result : { ...cleaned, meta: result };
    };
  } catch {
    return (bytes, file) => {
      const lines = new TextDecoder().decode(bytes).split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
      const [title = '', ...paragraphs] = lines;
      return {
        sourceFile: file,
        encoding: 'utf-8',
        text: lines.join('\n'),
        frontMatter: {},
        bodyStartLine: 1,
        hash: '',
        paragraphs,
        removed: [],
        meta: { slug: file.replace(/\.txt$/, ''), title, titleDerived: false, date: null, source: null, dateline: null, url: null, dates: [], warnings: [] },
      };
    };
  }
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const score = ({ tp, fp, fn }: Tally): { p: number; r: number; f: number } => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

/**
 * Whether a predicted entity is this gold entry: same id, or same name. A
 * person must carry the gold name as its canonical name (a back-reference
 * that became a person of its own does not); other entities may match by
 * any of their names (`سانت بطرسبورغ` is an alias of `سان بطرسبورغ`).
 */
function matches(entity: Entity, entry: GoldEntry): boolean {
  if (entry.ids.has(entity.id)) return true;
  const names = entity.type === 'person' ? [entity.name] : [entity.name, ...entity.aliases];
  return names.some((name) => entry.names.has(normalizeArabic(name)));
}

/** Two persons of one article where one's name is part of the other's: a back-reference gone wrong. */
function duplicatePeople(people: Entity[]): [Entity, Entity][] {
  const pairs: [Entity, Entity][] = [];
  for (const a of people) {
    for (const b of people) {
      if (a === b) continue;
      const ua = new Set(unitsOfName(a.name));
      const ub = unitsOfName(b.name);
      if (ub.length < ua.size && ub.every((unit) => ua.has(unit))) pairs.push([a, b]);
    }
  }
  return pairs;
}

async function evaluate(set: string, entities: Entity[], withRegistry: boolean): Promise<void> {
  const dir = path.join(fixtures, set);
  const files = (await readdir(dir)).filter((file) => file.endsWith('.txt')).sort();
  const read = await articleReader();
  const annotator = createAnnotator(entities);
  const tallies = Object.fromEntries(ENTITY_TYPES.map((type) => [type, { tp: 0, fp: 0, fn: 0 }])) as Record<EntityType, Tally>;
  let duplicates = 0;
  let elapsed = 0;
  const lines: string[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await readFile(path.join(dir, file)));
    const gold = parseGold(await readFile(path.join(dir, file.replace(/\.txt$/, '.gold.yaml')), 'utf8'), file);
    const article = read(bytes, file);
    const started = performance.now();
    const annotated: AnnotatedArticle = annotator(article);
    elapsed += performance.now() - started;
    const known = new Map(mergeEntities([...entities, ...annotated.discovered]).map((e) => [e.id, e]));
    const predicted = [...new Set(annotated.mentions.map((m) => m.entityId))].map((id) => known.get(id)).filter((e): e is Entity => e !== undefined);
    for (const type of ENTITY_TYPES) {
      const mine = predicted.filter((e) => e.type === type);
      const wanted = [...gold[type]];
      const falsePositives: Entity[] = [];
      for (const entity of mine) {
        const k = wanted.findIndex((entry) => matches(entity, entry));
        if (k >= 0) {
          tallies[type].tp++;
          wanted.splice(k, 1);
        } else {
          tallies[type].fp++;
          falsePositives.push(entity);
        }
      }
      tallies[type].fn += wanted.length;
      if (verbose && (falsePositives.length || wanted.length)) {
        lines.push(`  ${file} ${type}: ${wanted.length ? `missed ${wanted.map((w) => w.label).join('، ')}` : ''}${falsePositives.length ? ` extra ${falsePositives.map((e) => `${e.name} (${e.id})`).join('، ')}` : ''}`);
      }
    }
    const dupes = duplicatePeople(predicted.filter((e) => e.type === 'person'));
    duplicates += dupes.length;
    if (verbose) for (const [a, b] of dupes) lines.push(`  ${file} person: "${b.name}" is a second person inside "${a.name}"`);
  }
  console.log(`\n${set} (${files.length} articles, ${withRegistry ? 'with the curated registry' : 'built-in countries, places and international organizations, no registry'})`);
  console.log('  type           precision  recall     F1      tp  fp  fn');
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const type of ENTITY_TYPES) {
    const tally = tallies[type];
    total.tp += tally.tp;
    total.fp += tally.fp;
    total.fn += tally.fn;
    const { p, r, f } = score(tally);
    console.log(`  ${type.padEnd(13)}  ${p.toFixed(3).padStart(8)}  ${r.toFixed(3).padStart(7)}  ${f.toFixed(3).padStart(6)}  ${String(tally.tp).padStart(4)}${String(tally.fp).padStart(4)}${String(tally.fn).padStart(4)}`);
  }
  const all = score(total);
  console.log(`  ${'all'.padEnd(13)}  ${all.p.toFixed(3).padStart(8)}  ${all.r.toFixed(3).padStart(7)}  ${all.f.toFixed(3).padStart(6)}  ${String(total.tp).padStart(4)}${String(total.fp).padStart(4)}${String(total.fn).padStart(4)}`);
  console.log(`  back-references that became a second person: ${duplicates}`);
  console.log(`  annotation time: ${(elapsed / files.length).toFixed(2)} ms per article`);
  if (lines.length) console.log(lines.join('\n'));
}

const builtIn = builtInEntities();
if (!only || only === 'seeds') {
  const registry = await loadRegistry(path.join(root, 'content/entities'));
  for (const error of registry.errors) console.warn(`registry: ${error.message}`);
  await evaluate('seeds', [...builtIn, ...registry.entities], true);
  // The same articles without the registry: what discovery alone finds.
  await evaluate('seeds', builtIn, false);
}
const others = (await readdir(fixtures, { withFileTypes: true })).filter((entry) => entry.isDirectory() && entry.name !== 'seeds').map((entry) => entry.name).sort();
for (const set of others) if (!only || only === set) await evaluate(set, builtIn, false);
