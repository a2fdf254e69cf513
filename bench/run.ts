/**
 * `npm run bench -- --articles N`: how fast and how big the dossier's build
 * is at N articles, and against what.
 *
 * The only module that chains the steps:
 *
 *   1. generate N synthetic seeds (generate.ts) into a copy of the project
 *      under os.tmpdir() (project.ts);
 *   2. cold build (measure.ts): the pipeline alone first
 *      (`src/cli/annotate.ts --quiet`), for its throughput, then, from
 *      cold again, the whole of `npm run build` (`src/cli/build.ts`: the
 *      pipeline beside `astro build`, then the search index); Pagefind's
 *      share and the per-phase / per-section costs read from the logs
 *      (astro-log.ts); what came out (site-stats.ts); what a first search
 *      downloads (search-probe.ts);
 *   3. the bare Astro MDX baseline (bench/baseline/) over the very MDX the
 *      pipeline emitted, so the ratio prices the site, not the text; then
 *      the same inside the Starlight shell (bench/baseline-starlight/), to
 *      split the difference between Starlight (layout + Pagefind) and the
 *      dossier's own pages;
 *   4. incremental: one more seed, full build again, as the project builds
 *      (Astro's `experimental.incrementalBuild` on: pages whose cache key
 *      and code are unchanged are restored, not rendered); then the same in
 *      a second copy with the flag off, to show what it buys;
 *   5. the report (report.ts), and JSON with `--json`.
 *
 * Before step 1 and after step 4, a fixed JavaScript workload is timed
 * (calibrate.ts): how fast the machine ran at either end of the run, to
 * compare runs made at different hours by.
 *
 * With `--repeat R`, steps 2–4 run R times in interleaved rounds (site,
 * bare, +Starlight, one article added to the site just built, then again
 * from cold; the second copy's +1 build runs once, at the end); each
 * series is reported by its median round, every round is listed. This
 * machine's wall times swing by 10–30% from one minute to the next: one
 * round cannot tell a 1.9× from a 2.1×, and a +1 build timed minutes after
 * the cold builds it is compared with would weigh the drift in between.
 *
 * Timings never fail the run: it exits 0 unless a build fails, and then 1
 * with that build's output, keeping the temp folders to look into.
 *
 * Flags: --articles N (200), --seed S (1), --keep, --skip-baseline (both
 * baselines), --skip-starlight-baseline, --skip-incremental,
 * --skip-no-astro-cache (skip only the copy without incrementalBuild;
 * --skip-astro-cache, its old name, still works), --md-baseline (also build
 * the bare baseline from Markdown instead of MDX), --heap MB
 * (NODE_OPTIONS=--max-old-space-size for every stage), --repeat R (1), --json (write
 * bench/results/<N>.json), --verbose (echo stage output).
 */
import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import type { Calibration } from './calibrate.ts';
import { defaultPoolSize, generateDossier, loadRegisteredOfficials } from './generate.ts';
import { hasGnuTime, measure, type Measurement } from './measure.ts';
import { copyProject, createBaseline, disableIncrementalBuild, discard, emptyTrash, mirrorNodeModules, PROJECT_FILES, resetBuild } from './project.ts';
import { parseAnnotateSummary, parseAstroLog } from './astro-log.ts';
import { distStats } from './site-stats.ts';
import { evaluateTargets, medianIndex, printReport, renderedPages, roundFigures, stageFigures, type BenchResult, type SearchProbe } from './report.ts';
import { RENDER_CONCURRENCY } from '../src/render/concurrency.ts';
import { ASTRO_ENV, ASTRO_NODE_FLAGS, buildSteps, TS_NODE_FLAGS } from '../src/cli/build-steps.ts';

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-incremental': { type: 'boolean', default: false },
    'skip-no-astro-cache': { type: 'boolean', default: false },
    // The flag's name when the experiment was the other way round (flag on in the copy).
    'skip-astro-cache': { type: 'boolean', default: false },
    'skip-starlight-baseline': { type: 'boolean', default: false },
    'md-baseline': { type: 'boolean', default: false },
    heap: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
  strict: true,
});

const count = Number(flags.articles);
const seed = Number(flags.seed);
const rounds = Number(flags.repeat);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !Number.isInteger(rounds) || rounds < 1) {
  console.error(
    'usage: npm run bench -- --articles N [--seed S] [--repeat R] [--keep] [--skip-baseline] [--skip-starlight-baseline] [--md-baseline] [--skip-incremental] [--skip-no-astro-cache] [--heap MB] [--json] [--verbose]',
  );
  process.exit(2);
}

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const benchDir = fileURLToPath(new URL('./', import.meta.url));
const work = await mkdtemp(path.join(os.tmpdir(), `malaff-bench-${count}-`));
const logs = path.join(work, 'logs');
await mkdir(logs, { recursive: true });
/** Where the output of a round goes when the next one starts (`discard` in project.ts); emptied at the end. */
const trash = path.join(work, 'trash');
const skipNoAstroCache = flags['skip-no-astro-cache'] || flags['skip-astro-cache'];
/**
 * Every stage's environment: the heap ceiling of `--heap`, the number of
 * pages Astro renders at once in the site (`build.concurrency`), which the
 * baselines' configs read, and Astro's telemetry off as in `npm run build`
 * (`ASTRO_ENV`), so that the ratios compare the sites, not those settings.
 */
const env: Record<string, string> = {
  ...ASTRO_ENV,
  BENCH_RENDER_CONCURRENCY: String(RENDER_CONCURRENCY),
  ...(flags.heap ? { NODE_OPTIONS: `--max-old-space-size=${flags.heap}` } : {}),
};
const started = performance.now();

const note = (message: string): void => {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
};

/** Runs one stage; on failure prints its output, keeps the folders, exits 1. */
async function stage(label: string, command: string[], cwd: string, logName: string): Promise<Measurement> {
  note(`▶ ${label}`);
  const measurement = await measure(command, { label, cwd, env, logFile: path.join(logs, logName), echo: flags.verbose });
  note(`  ${label}: ${(measurement.wallMs / 1000).toFixed(1)} s, exit ${measurement.exitCode}`);
  if (measurement.exitCode !== 0) {
    const tail = measurement.lines.slice(-200).map((line) => line.text);
    console.error(`\n✗ ${label} failed (exit ${measurement.exitCode}) in ${cwd}`);
    if (measurement.lines.length > 200) console.error(`  … ${measurement.lines.length - 200} earlier line(s) in ${measurement.logFile}`);
    console.error(tail.join('\n'));
    console.error(`\nTemp folders kept: ${work}`);
    process.exit(1);
  }
  return measurement;
}

/** A TypeScript script run by this Node, as the project's npm scripts run theirs. */
const tsScript = (script: string, ...args: string[]): string[] => [process.execPath, ...TS_NODE_FLAGS, script, ...args];
/** The pipeline alone, exactly as `npm run build` runs it beside Astro (`src/cli/build-steps.ts`). */
const pipelineCommand = (dir: string): string[] => [process.execPath, ...buildSteps(dir).annotate];
/**
 * A baseline's `astro build`, with the Node flags `npm run build` gives the
 * site's (`src/cli/build-steps.ts`), so that the ratios compare the
 * projects, not Node's settings.
 */
const astroCommand = (dir: string): string[] => [process.execPath, ...ASTRO_NODE_FLAGS, realpathSync(path.join(dir, 'node_modules/.bin/astro')), 'build'];
/** The site's `npm run build`, measured as one stage: the pipeline beside `astro build`, then the search index. */
const siteCommand = (dir: string): string[] => tsScript(path.join(dir, 'src/cli/build.ts'));

note('timing a fixed JavaScript workload (machine speed at the start)');
const speedAtStart = await calibrateMachine();

// 1. The synthetic dossier in a copy of the project.
const site = path.join(work, 'site');
await copyProject(projectRoot, site);
const { officials, source } = await loadRegisteredOfficials(path.join(projectRoot, 'content/entities'));
const pool = defaultPoolSize(count);
note(`generating ${count} articles into ${path.join(site, 'seeds')}`);
const dossier = await generateDossier({ count, seed, outDir: path.join(site, 'seeds'), registered: officials, poolSize: pool });

// 2–3. Cold builds and baselines over the same MDX (bare Astro + MDX, then
// the same inside the Starlight shell), in interleaved rounds with --repeat.
type BaselineRun = NonNullable<BenchResult['baseline']>;
/** Suffix of a round's log file and stage label, empty without --repeat. */
const roundTag = (round: number): { log: string; label: string } =>
  rounds > 1 ? { log: `-${round}`, label: ` ${round}/${rounds}` } : { log: '', label: '' };
const buildBaseline = async (template: string, label: string, round: number): Promise<BaselineRun> => {
  const dir = path.join(work, template);
  await discard(dir, trash);
  await createBaseline(path.join(benchDir, template), path.join(projectRoot, 'node_modules'), path.join(site, 'content/articles'), dir);
  const tag = roundTag(round);
  const astro = await stage(`${label}${tag.label}`, astroCommand(dir), dir, `astro-${template}${tag.log}.log`);
  return { astro: stageFigures(astro), log: parseAstroLog(astro), dist: await distStats(path.join(dir, 'dist')) };
};
const coldRuns: { pipeline: Measurement; build: Measurement; log: ReturnType<typeof parseAstroLog> }[] = [];
const baselineRuns: BaselineRun[] = [];
const starlightRuns: BaselineRun[] = [];
const incrementalRuns: NonNullable<BenchResult['incremental']>[] = [];
let markdownBaseline: BenchResult['markdownBaseline'];
let coldDist: Awaited<ReturnType<typeof distStats>> | undefined;
let articlesBuilt = 0;
const search: SearchProbe[] = [];
const plainSite = path.join(work, 'site-no-incremental-build');
for (let round = 1; round <= rounds; round++) {
  const tag = roundTag(round);
  if (round > 1) await resetBuild(site, trash);
  // The pipeline alone, for its throughput; then the build from cold again,
  // which runs the pipeline beside Astro's start-up.
  const pipeline = await stage(`pipeline alone (cold${tag.label})`, pipelineCommand(site), site, `pipeline-cold${tag.log}.log`);
  await resetBuild(site, trash);
  const build = await stage(`npm run build (cold${tag.label})`, siteCommand(site), site, `build-cold${tag.log}.log`);
  coldRuns.push({ pipeline, build, log: parseAstroLog(build) });
  if (!flags['skip-baseline']) {
    baselineRuns.push(await buildBaseline('baseline', 'baseline astro build (bare Astro + MDX)', round));
    if (!flags['skip-starlight-baseline']) starlightRuns.push(await buildBaseline('baseline-starlight', 'baseline astro build (+ Starlight shell)', round));
    if (flags['md-baseline'] && round === 1) markdownBaseline = await buildBaseline('baseline-md', 'baseline astro build (Markdown instead of MDX)', round);
  }
  // What the cold site holds and what its first search downloads, before an article is added.
  if (round === rounds) {
    coldDist = await distStats(path.join(site, 'dist'));
    articlesBuilt = await countArticlePages(site);
    search.push(...(await probeFirstSearches(site)));
  }
  if (flags['skip-incremental']) continue;
  // 4. One more article on the site this round just built, in the same
  // minutes as its cold build, so that the two share the machine's state.
  // Each round adds the next article of the dossier, and takes it out
  // again before the next round, so that every cold round builds the same N.
  if (round === 1 && !skipNoAstroCache) await cloneSite(site, plainSite);
  const added = await addOneArticle(site, count + round - 1);
  const plusOne = await stage(`npm run build (+1 article${tag.label})`, siteCommand(site), site, `build-incremental${tag.log}.log`);
  incrementalRuns.push({ summary: parseAnnotateSummary(plusOne.lines), build: stageFigures(plusOne), log: parseAstroLog(plusOne) });
  if (round < rounds) for (const file of added) await rm(path.join(site, 'seeds', file));
}
const coldRun = coldRuns[medianIndex(coldRuns.map((run) => run.build.wallMs))]!;
// The pipeline alone is a series of its own: its median round, not the one of the build's median round.
const pipelineRun = coldRuns[medianIndex(coldRuns.map((run) => run.pipeline.wallMs))]!.pipeline;
const baseline = baselineRuns[medianIndex(baselineRuns.map((run) => run.astro.wallMs))];
const starlightBaseline = starlightRuns[medianIndex(starlightRuns.map((run) => run.astro.wallMs))];
if (!coldDist) throw new Error('the bench ran no cold round'); // rounds ≥ 1: never
const incremental = incrementalRuns.length > 0 ? incrementalRuns[medianIndex(incrementalRuns.map((run) => run.build.wallMs))] : undefined;
// Then the same once in a second copy without Astro's incremental build.
const withoutAstroCache: BenchResult['withoutAstroCache'] = !flags['skip-incremental'] && !skipNoAstroCache ? await buildWithoutAstroCache(plainSite) : undefined;

note('timing the fixed JavaScript workload again (machine speed at the end)');
const speedAtEnd = await calibrateMachine();

// 5. Report.
const result: BenchResult = {
  meta: {
    articles: count,
    seed,
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    memoryBytes: os.totalmem(),
    astro: await packageVersion('astro'),
    starlight: await packageVersion('@astrojs/starlight'),
    pagefind: await packageVersion('pagefind'),
    gnuTime: hasGnuTime(),
    heapMb: flags.heap ? Number(flags.heap) : null,
    workDir: work,
    registered: { source, count: officials.length },
    dossierBytes: dossier.bytes,
    speed: { startMs: speedAtStart.ms, endMs: speedAtEnd.ms },
  },
  cold: {
    pipeline: stageFigures(pipelineRun),
    summary: parseAnnotateSummary(pipelineRun.lines),
    build: stageFigures(coldRun.build),
    log: coldRun.log,
    dist: coldDist,
    articlePages: articlesBuilt,
  },
  baseline,
  starlightBaseline,
  markdownBaseline,
  incremental,
  withoutAstroCache,
  search,
  targets: [],
  repeats:
    rounds > 1
      ? {
          rounds,
          cold: coldRuns.map((run) => roundFigures(stageFigures(run.build), run.log.pagefindMs, stageFigures(run.pipeline), parseAnnotateSummary(run.pipeline.lines)?.pipelineMs ?? null)),
          baseline: baselineRuns.map((run) => roundFigures(run.astro, run.log.pagefindMs)),
          starlightBaseline: starlightRuns.map((run) => roundFigures(run.astro, run.log.pagefindMs)),
          incremental: incrementalRuns.map((run) => ({ ...roundFigures(run.build, run.log.pagefindMs), renderedPages: renderedPages(run.log) })),
        }
      : undefined,
};
result.targets = evaluateTargets(result);
printReport(result);

if (flags.json) {
  const out = path.join(benchDir, 'results', `${count}.json`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nJSON: ${path.relative(projectRoot, out)}`);
}

if (flags.keep) {
  await emptyTrash(trash);
  console.log(`\nTemp folders kept: ${work}`);
} else {
  await rm(work, { recursive: true, force: true });
}

// ───────────────────────── helpers ─────────────────────────

/** A script of the bench run in a Node process of its own, and the JSON it prints. */
async function scriptJson<T>(script: string, ...args: string[]): Promise<T> {
  const [node, ...rest] = tsScript(path.join(benchDir, script), ...args) as [string, ...string[]];
  const { stdout } = await promisify(execFile)(node, rest, { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as T;
}

/** calibrate.ts in a fresh Node process: the machine's speed at this moment. */
async function calibrateMachine(): Promise<Calibration> {
  return scriptJson<Calibration>('calibrate.ts');
}

/** Runs search-probe.ts for one query; a probe failure is reported, never fatal. */
async function probeSearch(dir: string, query: string): Promise<SearchProbe | null> {
  try {
    return await scriptJson<SearchProbe>('search-probe.ts', dir, query);
  } catch (error) {
    note(`  search probe for "${query}" failed: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
}

/**
 * Adds seed number `number` to a site's seeds: by default the first after
 * the dossier, the same article in every copy.
 */
async function addOneArticle(dir: string, number = count): Promise<string[]> {
  const { files } = await generateDossier({ count: 1, first: number, seed, outDir: path.join(dir, 'seeds'), registered: officials, poolSize: pool, span: count });
  return files;
}

/** The article pages a built site holds (`dist/articles/<slug>/index.html`, not the index's pages). */
async function countArticlePages(dir: string): Promise<number> {
  return readdir(path.join(dir, 'dist/articles')).then(
    (entries) => entries.filter((entry) => entry !== 'page' && existsSync(path.join(dir, 'dist/articles', entry, 'index.html'))).length,
    () => 0,
  );
}

/** What a first search downloads on a built site, for a few queries (`search-probe.ts`); none without an index. */
async function probeFirstSearches(dir: string): Promise<SearchProbe[]> {
  const pagefindDir = path.join(dir, 'dist/pagefind');
  if (!existsSync(path.join(pagefindDir, 'pagefind.js'))) return [];
  note('probing Pagefind first-query downloads');
  const rare = officials.at(-1)?.short ?? 'الشودري';
  const probes: SearchProbe[] = [];
  for (const query of ['المغرب', 'حموشي', rare, 'Indus Shield']) {
    const probe = await probeSearch(pagefindDir, query);
    if (probe) probes.push(probe);
  }
  return probes;
}

/**
 * The "+1 article" step again, in `dir` (a clone of the cold site) with
 * `experimental.incrementalBuild` turned off, so the report can put the
 * two +1 builds side by side and show whether the flag earns its keep.
 *
 * A priming build comes first, so that the +1 build follows a build made
 * with the same config, as the main +1 build does. The changed config
 * makes Astro clear the copied content-layer store, so the priming build is
 * also a cold astro build without the flag: what the flag costs a cold build.
 */
async function buildWithoutAstroCache(dir: string): Promise<NonNullable<BenchResult['withoutAstroCache']>> {
  if (!(await disableIncrementalBuild(dir))) return { patched: false };
  const priming = await stage('npm run build, incrementalBuild off (priming)', siteCommand(dir), dir, 'build-no-cache-prime.log');
  await addOneArticle(dir);
  const build = await stage('npm run build, incrementalBuild off (+1 article)', siteCommand(dir), dir, 'build-no-cache.log');
  return { patched: true, priming: stageFigures(priming), build: stageFigures(build), log: parseAstroLog(build) };
}

/**
 * A second copy of a built site (without dist/), sharing nothing with the
 * first. Everything comes from the first copy, not from the working tree:
 * the project's sources may have changed since the bench started, and a
 * changed pipeline would empty the annotation cache of the copy. `.cache/`
 * holds that annotation cache and Astro's `cacheDir`.
 */
async function cloneSite(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of [...PROJECT_FILES, 'seeds', 'content/articles', 'content/generated', '.cache']) {
    if (existsSync(path.join(from, entry))) await cp(path.join(from, entry), path.join(to, entry), { recursive: true });
  }
  await mirrorNodeModules(path.join(projectRoot, 'node_modules'), path.join(to, 'node_modules'));
}

async function packageVersion(name: string): Promise<string> {
  const file = path.join(projectRoot, 'node_modules', name, 'package.json');
  return readFile(file, 'utf8').then((text) => (JSON.parse(text) as { version: string }).version, () => '?');
}
