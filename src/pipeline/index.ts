/**
 * The pipeline: the only place that chains the stages.
 *
 *   seeds/**.txt ─read─▶ Seed ─clean─▶ CleanedSeed ─metadata─▶ Article
 *                 ─annotate─▶ AnnotatedArticle ─emit─▶ content/articles/<slug>.mdx
 *                                                        content/generated/annotations/<slug>.json
 *   content/entities/*.yaml + ISO countries ─▶ entity index ─▶ content/generated/entities.json
 *
 * Between annotate and emit, the people articles discovered apart are
 * joined across the dossier (`identities.ts`): one official, one id.
 *
 * Every stage is pure; this module does the I/O. Errors are collected, never
 * thrown one at a time, so that a run names every bad seed and registry file
 * at once; when there is any, nothing is written, and the site keeps the
 * content of the last good run. Unchanged seeds are not re-annotated: an
 * annotation cache keyed by the seed's bytes, the registry and the pipeline's
 * own code (see `cache.ts`) returns the previous annotation, and files are rewritten
 * only when their content changes, so Astro's own caches stay warm.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { readSeeds } from './read.ts';
import { cleanSeed } from './clean.ts';
import { extractMetadata } from './metadata.ts';
import { createAnnotator, mergeEntities } from './annotate.ts';
import { emitAnnotations, emitMdx } from './emit.ts';
import { loadRegistry } from '../entities/registry.ts';
import { builtInEntities } from '../entities/countries.ts';
import { AnnotationCache, contentDigest } from './cache.ts';
import { buildEntityIndex, type IndexedEntity } from './entity-index.ts';
import { formerIdsOf, reidentify, unifyPeople } from './identities.ts';
import { SeedError, type AnnotatedArticle, type Article, type DateMention, type Entity, type RemovedLine, type Seed } from './types.ts';

/** Where the pipeline reads and writes; every path is absolute. */
export interface PipelineOptions {
  /** Folder of seed articles (`seeds/`). */
  seedsDir: string;
  /** Folder of curated registry YAML (`content/entities/`). */
  registryDir: string;
  /** Output folder of generated MDX (`content/articles/`). */
  articlesDir: string;
  /** Output folder of each article's annotations (`content/generated/annotations/`). */
  annotationsDir: string;
  /** Output folder of generated data (`content/generated/`). */
  generatedDir: string;
  /** Cache folder (`.cache/annotate/`); omit to annotate everything. */
  cacheDir?: string;
}

/** What a run did, article by article: the material of `npm run annotate`'s report. */
export interface ArticleReport {
  slug: string;
  sourceFile: string;
  encoding: string;
  title: string;
  titleDerived: boolean;
  date: string | null;
  source: string | null;
  removed: RemovedLine[];
  dates: DateMention[];
  entities: { id: string; type: string; name: string; count: number; reviewed: boolean }[];
  warnings: string[];
  /** True when the article came from the cache. */
  cached: boolean;
}

export interface PipelineResult {
  /** Empty when the run succeeded. */
  errors: SeedError[];
  /** Warnings that do not fail the build (duplicate bodies, derived titles…). */
  warnings: string[];
  articles: ArticleReport[];
  entities: IndexedEntity[];
  /** Files whose content changed on disk in this run. */
  written: number;
}

/**
 * Runs the whole pipeline: reads every seed, annotates it, and writes its
 * MDX and annotations and the entity index, unless any seed or registry file is invalid.
 *
 * @returns the per-article report and every error found, all in one run
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const [{ seeds, errors: readErrors }, entities] = await Promise.all([
    readSeeds(options.seedsDir),
    loadDossierEntities(options.registryDir),
  ]);
  const errors: SeedError[] = [...readErrors, ...entities.errors];
  const warnings: string[] = [];

  const cache = options.cacheDir ? await AnnotationCache.open(options.cacheDir, entities.registry) : undefined;
  const annotated: { article: AnnotatedArticle; cached: boolean }[] = [];
  for (const seed of seeds) {
    try {
      const hit = cache?.get(seed.hash, seed.sourceFile);
      if (hit) {
        annotated.push({ article: hit, cached: true });
        continue;
      }
      const article = processSeed(seed, entities.annotator);
      cache?.set(seed.hash, seed.sourceFile, article);
      annotated.push({ article, cached: false });
    } catch (error) {
      errors.push(error instanceof SeedError ? error : new SeedError(seed.sourceFile, (error as Error).message ?? String(error)));
    }
  }

  errors.push(...duplicateSlugs(annotated.map(({ article }) => article)));
  warnings.push(...duplicateBodies(annotated.map(({ article }) => article)));
  if (errors.length > 0) return { errors, warnings, articles: [], entities: [], written: 0 };

  const identities = unifyPeople(entities.registry, annotated.flatMap(({ article }) => article.discovered));
  const joined = annotated.map(({ article }) => reidentify(article, identities));
  const articles = joined.map(({ article }) => article);
  const renamed = new Map(joined.map(({ article, renamed }) => [article, renamed]));
  const known = mergeEntities([...entities.known, ...articles.flatMap((article) => article.discovered)]);
  const index = buildEntityIndex(known, articles, formerIdsOf(identities));
  const entityById = new Map<string, Entity>(known.map((entity) => [entity.id, entity]));

  await Promise.all([options.articlesDir, options.annotationsDir, options.generatedDir].map((dir) => mkdir(dir, { recursive: true })));
  /**
   * The MDX of an article depends on the article and on the people the
   * dossier joined in it: when the file on disk has the digest the cache
   * recorded for the same joins, serialising it again would write the same
   * bytes, so it is skipped (returns undefined).
   */
  const mdxToWrite = (article: AnnotatedArticle, file: string, exists: boolean): string | undefined => {
    // An article carries its seed's hash and file name, the cache's key.
    const joins = renamed.get(article) ?? '';
    const recorded = cache?.emittedMdx(article.hash, article.sourceFile, joins);
    if (recorded && exists && recorded === digestIfPresent(file)) return undefined;
    const mdx = emitMdx(article);
    cache?.setEmittedMdx(article.hash, article.sourceFile, contentDigest(mdx), joins);
    return mdx;
  };
  const outputs = [
    { dir: options.articlesDir, extension: '.mdx', emit: mdxToWrite },
    { dir: options.annotationsDir, extension: '.json', emit: (article: AnnotatedArticle) => emitAnnotations(article, entityById) },
  ];
  let written = 0;
  for (const { dir, extension, emit } of outputs) {
    const existing = new Set(await readdir(dir));
    const keep = new Set<string>();
    for (const article of articles) {
      const file = `${article.meta.slug}${extension}`;
      keep.add(file);
      const target = path.join(dir, file);
      const content = emit(article, target, existing.has(file));
      if (content !== undefined && writeIfChanged(target, content, existing.has(file))) written++;
    }
    written += await removeStale(dir, extension, existing, keep);
  }
  if (writeIfChanged(path.join(options.generatedDir, 'entities.json'), `${JSON.stringify(index, null, 1)}\n`)) written++;
  await cache?.save();

  return {
    errors,
    warnings,
    articles: articles.map((article, k) => report(article, annotated[k]?.cached ?? false, entityById)),
    entities: index,
    written,
  };
}

/** Everything annotation needs to know before it reads an article. */
export interface DossierEntities {
  /** The curated registry, as loaded. */
  registry: Entity[];
  /** Registry problems; the build fails when there is any. */
  errors: SeedError[];
  /** Every entity a mention can point to before discovery: ISO countries, cities, the registry. */
  known: Entity[];
  annotator: (article: Article) => AnnotatedArticle;
  /** Lookup of every entity one annotated article can point to (known plus what it discovered). */
  entityById(article: AnnotatedArticle): Map<string, Entity>;
}

/**
 * Loads the registry and builds the annotator over it and the ISO country
 * and city data.
 *
 * @param registryDir the curated registry folder (`content/entities`)
 */
export async function loadDossierEntities(registryDir: string): Promise<DossierEntities> {
  const { entities: registry, errors } = await loadRegistry(registryDir);
  const known = mergeEntities([...builtInEntities(), ...registry]);
  const byId = new Map(known.map((entity) => [entity.id, entity]));
  return {
    registry,
    errors,
    known,
    annotator: createAnnotator(known),
    entityById: (article) => new Map([...byId, ...article.discovered.map((entity) => [entity.id, entity] as const)]),
  };
}

/**
 * One seed through every stage up to annotation.
 *
 * @throws SeedError when the seed cannot become an article
 */
export function processSeed(seed: Seed, annotator: (article: Article) => AnnotatedArticle): AnnotatedArticle {
  return annotator(extractMetadata(cleanSeed(seed)));
}

function report(article: AnnotatedArticle, cached: boolean, entityById: ReadonlyMap<string, Entity>): ArticleReport {
  const counts = new Map<string, number>();
  for (const mention of article.mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  return {
    slug: article.meta.slug,
    sourceFile: article.sourceFile,
    encoding: article.encoding,
    title: article.meta.title,
    titleDerived: article.meta.titleDerived,
    date: article.meta.date,
    source: article.meta.source,
    removed: article.removed,
    dates: article.meta.dates,
    entities: [...counts].map(([id, count]) => {
      const entity = entityById.get(id);
      return { id, type: entity?.type ?? '?', name: entity?.name ?? id, count, reviewed: entity?.reviewed ?? false };
    }),
    warnings: article.meta.warnings,
    cached,
  };
}

/** Two seeds that resolve to one slug would overwrite each other's page: an error for both. */
function duplicateSlugs(articles: readonly AnnotatedArticle[]): SeedError[] {
  const bySlug = new Map<string, string[]>();
  for (const article of articles) {
    bySlug.set(article.meta.slug, [...(bySlug.get(article.meta.slug) ?? []), article.sourceFile]);
  }
  return [...bySlug]
    .filter(([, files]) => files.length > 1)
    .flatMap(([slug, files]) =>
      files.map((file) => new SeedError(file, `slug "${slug}" is also used by ${files.filter((f) => f !== file).join(', ')}; set a distinct \`slug:\` in front matter or rename the file`)),
    );
}

/** The same article saved twice under two names: reported, not fatal (both pages build). */
function duplicateBodies(articles: readonly AnnotatedArticle[]): string[] {
  const byBody = new Map<string, string[]>();
  for (const article of articles) {
    const key = article.paragraphs.join('\n');
    byBody.set(key, [...(byBody.get(key) ?? []), article.sourceFile]);
  }
  return [...byBody.values()]
    .filter((files) => files.length > 1)
    .map((files) => `${files.join(', ')}: same article text in ${files.length} seeds`);
}

/**
 * Writes `content` unless the file already holds exactly that; returns whether it wrote.
 *
 * Synchronous on purpose: the pipeline is CPU-bound and runs on one thread,
 * so there is no other work for the event loop to do meanwhile, and each
 * `fs/promises` call costs several promise and thread-pool round trips: for
 * a thousand articles, sync calls take a third of the CPU time.
 *
 * @param exists false when the folder's listing shows no such file, which
 *   saves a read that could only fail
 */
function writeIfChanged(file: string, content: string, exists = true): boolean {
  if (exists && readIfPresent(file) === content) return false;
  writeFileSync(file, content);
  return true;
}

function digestIfPresent(file: string): string | undefined {
  try {
    return contentDigest(readFileSync(file));
  } catch {
    return undefined;
  }
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Removes generated files whose seed is gone, so a deleted seed's page disappears.
 *
 * @param extension the kind of file the folder holds per article
 * @param listing the folder's files before this run wrote any
 * @param keep the files of this run's articles
 */
async function removeStale(dir: string, extension: string, listing: ReadonlySet<string>, keep: ReadonlySet<string>): Promise<number> {
  const stale = [...listing].filter((file) => file.endsWith(extension) && !keep.has(file));
  await Promise.all(stale.map((file) => rm(path.join(dir, file))));
  return stale.length;
}
