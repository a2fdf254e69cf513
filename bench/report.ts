/**
 * The bench's figures: one result type, the targets of the issue, and the
 * printed tables.
 *
 * Units are decimal (1 kB = 1,000 bytes, 1 MB = 10^6, 1 GB = 10^9), as the
 * targets are written. "RSS 1 proc" is GNU time's max RSS of the largest
 * single process of a stage; "RSS tree" is the sampled peak of the sum over
 * the stage's process tree (node + Pagefind's binary), a lower bound; see
 * measure.ts.
 *
 * Targets are those of the issue ("A dossier of 10,000 articles builds fast
 * on a 2-core machine"). Each applies at one dossier size; at other sizes it
 * is still printed, marked as indicative, because the trend is the point.
 */
import type { AnnotateSummary, AstroLog } from './astro-log.ts';
import { SAMPLE_MS, type Measurement } from './measure.ts';
import type { DistStats } from './site-stats.ts';

/** A measured stage without its samples and log lines. */
export type StageFigures = Omit<Measurement, 'samples' | 'lines'>;

export function stageFigures(measurement: Measurement): StageFigures {
  const { samples: _samples, lines: _lines, ...figures } = measurement;
  return figures;
}

/** One run of search-probe.ts. */
export interface SearchProbe {
  query: string;
  results: number;
  filterValues: Record<string, number>;
  bytes: {
    script: number;
    core: number;
    filters: number;
    index: number;
    fragments: number;
    /** The names table's file the query falls in. */
    names: number;
    /** What the header search downloads: no filter lists. */
    header: number;
    /** What the search page downloads in all: the header's, then the filter lists for its counts. */
    searchPage: number;
  };
  files: { file: string; bytes: number; step: string }[];
}

export interface Target {
  text: string;
  /** The dossier size the target is set for; `null` when it holds at any size. */
  at: number | null;
  value: string;
  /**
   * Whether this run's figures meet it; `null` when the run skipped what it
   * needs. Only indicative when `at` is not the run's `meta.articles` (a
   * 10,000-article target judged on 1,000 articles): the printed report
   * says so beside the mark.
   */
  met: boolean | null;
  /**
   * Why this run's figure says less than it seems to, when it does, though
   * the target holds at any size: printed beside the mark as `at` is.
   */
  caveat?: string;
}

export interface BenchResult {
  meta: {
    articles: number;
    seed: number;
    date: string;
    node: string;
    cpus: number;
    memoryBytes: number;
    astro: string;
    starlight: string;
    pagefind: string;
    gnuTime: boolean;
    heapMb: number | null;
    workDir: string;
    registered: { source: 'registry' | 'seeds'; count: number };
    dossierBytes: number;
    /** Median time of calibrate.ts's fixed JavaScript workload at the start and at the end of the run (absent in older results). */
    speed?: { startMs: number; endMs: number };
  };
  cold: {
    /**
     * The pipeline alone (`annotate.ts --quiet`), run before each cold build
     * for its throughput, a series of its own (its median round with
     * `--repeat`). `npm run build` runs it beside Astro's start-up, so its
     * time is inside `build`, not added to it.
     */
    pipeline: StageFigures;
    /** That run's summary line. */
    summary: AnnotateSummary | null;
    /** `npm run build` as a whole (`src/cli/build.ts`): the pipeline beside `astro build`, then the search index. */
    build: StageFigures;
    log: AstroLog;
    dist: DistStats;
    articlePages: number;
  };
  baseline?: { astro: StageFigures; log: AstroLog; dist: DistStats };
  /** The bare baseline inside Starlight's shell (`bench/baseline-starlight/`). */
  starlightBaseline?: { astro: StageFigures; log: AstroLog; dist: DistStats };
  /** The bare baseline with the articles as Markdown (`bench/baseline-md/`), with --md-baseline. */
  markdownBaseline?: { astro: StageFigures; log: AstroLog; dist: DistStats };
  /** One more seed, built as the project builds: Astro's `experimental.incrementalBuild` on. */
  incremental?: { summary: AnnotateSummary | null; build: StageFigures; log: AstroLog };
  /**
   * The same +1 step in a copy with `incrementalBuild: false`, to show what
   * the flag buys; `patched: false` when the config had no flag to turn off.
   */
  withoutAstroCache?:
    | { patched: false }
    | { patched: true; priming: StageFigures; build: StageFigures; log: AstroLog };
  search: SearchProbe[];
  targets: Target[];
  /**
   * With `--repeat N` (N > 1): every round of each repeated series. The
   * stages above are then each series' median round, which the targets use.
   */
  repeats?: Repeats;
}

/** One round of a repeated series, in brief. */
export interface RoundFigures {
  /** `npm run build` for the site's rounds; `astro build` for the baselines'. */
  wallMs: number;
  cpuMs: number;
  /** The pipeline alone, in the site's cold rounds. */
  pipelineMs: number | null;
  /** The same run by the pipeline's own timer (without Node's start-up), which its target uses. */
  pipelineOwnMs: number | null;
  pagefindMs: number | null;
  /** Pages and endpoints a one-article round rendered rather than restored (`renderedPages`). */
  renderedPages?: number;
}

/**
 * `--repeat N`: cold builds and baselines run in interleaved rounds (site,
 * bare, +Starlight; site, bare, +Starlight; …), so that a slow minute of the
 * machine slows both sides of a ratio; then N one-article builds in a row.
 */
export interface Repeats {
  rounds: number;
  cold: RoundFigures[];
  baseline: RoundFigures[];
  starlightBaseline: RoundFigures[];
  incremental: RoundFigures[];
}

/**
 * The index of the median of `values` (the lower of the two middle ones
 * when their number is even): the round whose figures stand for a series.
 */
export function medianIndex(values: readonly number[]): number {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  return order[Math.floor((order.length - 1) / 2)]?.index ?? 0;
}

/** A round in brief: a site round's whole build (with the pipeline timed alone, if given), a baseline's astro build. */
export function roundFigures(build: StageFigures, pagefindMs: number | null, pipeline?: StageFigures, pipelineOwnMs: number | null = null): RoundFigures {
  return { wallMs: build.wallMs, cpuMs: build.cpuMs, pipelineMs: pipeline?.wallMs ?? null, pipelineOwnMs, pagefindMs };
}

/**
 * The pipeline's rate in the rounds, by its own timer (articles a second):
 * their median and extremes; undefined when no round timed it.
 * The rate swings more than the build from one round to the next (the run
 * is short, and much of it is V8 compiling the pipeline's code), so the
 * report shows the spread beside the median round the target uses.
 */
export function pipelineRates(rounds: readonly RoundFigures[], articles: number): { median: number; min: number; max: number } | undefined {
  const rates = rounds.flatMap((round) => (round.pipelineOwnMs ? [articles / (round.pipelineOwnMs / 1000)] : []));
  if (rates.length === 0) return undefined;
  return { median: rates[medianIndex(rates)] as number, min: Math.min(...rates), max: Math.max(...rates) };
}

/** `610/s`, or `461–680/s` for a spread. */
function rate(perSecond: number, upTo?: number): string {
  return upTo === undefined ? `${Math.round(perSecond)}/s` : `${Math.round(perSecond)}–${Math.round(upTo)}/s`;
}

// ───────────────────────── formatting ─────────────────────────

export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (value < 1000) return `${Math.round(value)} ms`;
  if (value < 120_000) return `${(value / 1000).toFixed(1)} s`;
  const minutes = Math.floor(value / 60_000);
  return `${minutes} min ${Math.round((value - minutes * 60_000) / 1000)} s`;
}

export function bytes(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value < 1000) return `${value} B`;
  if (value < 1e6) return `${(value / 1e3).toFixed(1)} kB`;
  if (value < 1e9) return `${(value / 1e6).toFixed(1)} MB`;
  return `${(value / 1e9).toFixed(2)} GB`;
}

function ratio(a: number, b: number | undefined): string {
  return b ? `${(a / b).toFixed(2)}×` : '—';
}

function pct(a: number, b: number): string {
  return b ? `${Math.round((a / b) * 100)}%` : '—';
}

function table(rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => String(row[col] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, col) => {
          const text = String(cell ?? '');
          return (align[col] ?? (col === 0 ? 'l' : 'r')) === 'l' ? text.padEnd(widths[col]!) : text.padStart(widths[col]!);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function stageRow(label: string, stage: StageFigures | undefined): (string | number)[] {
  if (!stage) return [label, '—', '—', '—', '—', '—', '—'];
  return [
    label,
    ms(stage.wallMs),
    `${ms(stage.cpuMs)}${stage.cpuApproximate ? '~' : ''}`,
    (stage.cpuMs / stage.wallMs).toFixed(2),
    bytes(stage.maxRssSingle),
    bytes(stage.peakRssTree),
    stage.loadAverage.toFixed(1),
  ];
}

function peakRss(result: BenchResult): number {
  const stages = [result.cold.pipeline, result.cold.build];
  return Math.max(...stages.map((s) => Math.max(s.peakRssTree, s.maxRssSingle ?? 0)));
}

// ───────────────────────── targets ─────────────────────────

/**
 * Below this many articles the pipeline's rate says more about its fixed
 * costs than about its pace: reading the registry and building the
 * gazetteers (about 0.3 s), and V8 compiling the pipeline's code (about
 * 0.5 s), take as long as several hundred articles once warm
 * (bench/FINDINGS.md, "The pipeline"). CI's 200-article run is below it.
 */
const PIPELINE_STEADY_ARTICLES = 1000;
const PIPELINE_WARM_UP = `below ${PIPELINE_STEADY_ARTICLES.toLocaleString('en')} articles the rate is mostly the pipeline's fixed costs (registry, gazetteers, V8 compiling its code)`;

/**
 * Why a target's mark on a run of `articles` articles only indicates: the
 * target is set at another size, or the figure has a caveat at this one.
 *
 * @returns the reason, or `undefined` when the mark stands as it is
 */
export function indicativeBecause(target: Target, articles: number): string | undefined {
  return target.at !== null && target.at !== articles ? `target is set at ${target.at.toLocaleString('en')}` : target.caveat;
}

/** The issue's targets, evaluated on this run. */
export function evaluateTargets(result: BenchResult): Target[] {
  const n = result.meta.articles;
  const targets: Target[] = [];
  const cold = result.cold;
  const coldFull = cold.build.wallMs;
  const coldFullCpu = cold.build.cpuMs;

  const wallRate = n / (cold.pipeline.wallMs / 1000);
  const ownRate = cold.summary?.pipelineMs ? n / (cold.summary.pipelineMs / 1000) : null;
  const roundRates = result.repeats ? pipelineRates(result.repeats.cold, n) : undefined;
  targets.push({
    text: 'pipeline ≥ 500 articles/s on one core',
    at: null,
    value: `${rate(wallRate)} wall incl. node start-up; ${ownRate ? `${rate(ownRate)} by the CLI's own timer` : 'no CLI timer'}; CPU/wall ${(cold.pipeline.cpuMs / cold.pipeline.wallMs).toFixed(2)}${roundRates ? `; rounds ${rate(roundRates.min, roundRates.max)}` : ''}`,
    met: (ownRate ?? wallRate) >= 500,
    ...(n < PIPELINE_STEADY_ARTICLES && { caveat: PIPELINE_WARM_UP }),
  });

  const base = result.baseline?.astro.wallMs;
  for (const size of [1000, 10_000]) {
    targets.push({
      text: `full build ≤ 2× bare Astro MDX baseline (at ${size.toLocaleString('en')})`,
      at: size,
      value: base
        ? `${(coldFull / base).toFixed(2)}× wall (${ms(coldFull)} vs ${ms(base)}); ${(coldFullCpu / result.baseline!.astro.cpuMs).toFixed(2)}× CPU`
        : 'baseline skipped',
      met: base ? coldFull / base <= 2 : null,
    });
    targets.push({
      text: `peak RSS ≤ ${size === 1000 ? 3 : 8} GB (at ${size.toLocaleString('en')})`,
      at: size,
      value: bytes(peakRss(result)),
      met: peakRss(result) <= (size === 1000 ? 3e9 : 8e9),
    });
  }
  targets.push({
    text: 'full build < 5 min (at 10,000)',
    at: 10_000,
    value: `${ms(coldFull)} wall, ${ms(coldFullCpu)} CPU`,
    met: coldFull < 300_000,
  });

  if (result.incremental) {
    const inc = result.incremental;
    const annotated = inc.summary?.annotated ?? null;
    targets.push({
      text: '+1 article: pipeline re-annotates exactly one file (at 1,000)',
      at: 1000,
      value: annotated === null ? 'no annotate summary' : `${annotated} annotated, ${inc.summary?.cached} from cache`,
      met: annotated === null ? null : annotated === 1,
    });
    const incFull = inc.build.wallMs;
    const pairedIncremental = result.repeats ? pairedRatio(result.repeats.incremental, result.repeats.cold) : undefined;
    targets.push({
      text: '+1 article: whole build ≤ 60% of cold (at 1,000)',
      at: 1000,
      value: `${pct(incFull, coldFull)} wall (${ms(incFull)} vs ${ms(coldFull)}); ${pct(inc.build.cpuMs, coldFullCpu)} CPU${pairedIncremental !== undefined ? `; rounds' own: ${pct(pairedIncremental, 1)}` : ''}`,
      met: incFull / coldFull <= 0.6,
    });
    const plain = result.withoutAstroCache;
    if (plain?.patched) {
      const plainFull = plain.build.wallMs;
      targets.push({
        text: '  … without experimental.incrementalBuild (patched copy)',
        at: 1000,
        value: `${pct(plainFull, coldFull)} wall (${ms(plainFull)}); ${pct(plain.build.cpuMs, coldFullCpu)} CPU`,
        met: plainFull / coldFull <= 0.6,
      });
    }
  }

  const first = result.search[0];
  targets.push({
    text: 'first search query downloads ≤ 400 kB (at 10,000)',
    at: 10_000,
    value: first
      ? `${bytes(first.bytes.header)} for "${first.query}" to the first results (header search and search page alike); the search page's counts then load the filter lists (${bytes(first.bytes.filters)}, ${bytes(first.bytes.searchPage)} in all)`
      : 'not measured (no dist/pagefind)',
    met: first ? first.bytes.header <= 400_000 : null,
  });
  return targets;
}

// ───────────────────────── printing ─────────────────────────

/** Pages and endpoints a build rendered rather than restored from Astro's cache or `dist/`. */
export function renderedPages(log: AstroLog): number {
  return log.sections.reduce((sum, s) => sum + s.pages, 0) - log.cachedPages;
}

/**
 * Pages an incremental astro build rendered and pages it restored (copied
 * from its cache or left in dist/), with the routes that were rendered: the
 * restored share is what `experimental.incrementalBuild` saves, the
 * rendered routes show which cache keys a new article changes.
 */
function pageCounts(log: AstroLog): string {
  const total = log.sections.reduce((sum, s) => sum + s.pages, 0);
  const rendered = log.sections
    .map((s) => ({ section: s.section, count: s.pages - s.cached }))
    .filter((s) => s.count > 0)
    .toSorted((a, b) => b.count - a.count);
  const shown = rendered.slice(0, 10).map((s) => `${s.section} ${s.count}`);
  if (rendered.length > shown.length) shown.push(`${rendered.length - shown.length} more routes`);
  return `rendered ${renderedPages(log)} · restored ${log.cachedPages} (of ${total} files in the log, pages and endpoints); rendered by route: ${shown.join(', ') || 'none'}`;
}

/** "saves 3.1 s (42%)" or "costs 0.4 s (+6%)": the change from `without` to `with`. */
function saving(withMs: number, withoutMs: number): string {
  const saved = withoutMs - withMs;
  return saved >= 0 ? `saves ${ms(saved)} (${pct(saved, withoutMs)})` : `costs ${ms(-saved)} (+${pct(-saved, withoutMs)})`;
}

/**
 * The +1 step without Astro's incremental build next to the main one (with
 * it): whether the flag pays for itself on an added article, and what it
 * costs a cold build (the priming build is a cold build without the flag).
 */
function withoutAstroCacheSection(
  plain: NonNullable<BenchResult['withoutAstroCache']>,
  inc: NonNullable<BenchResult['incremental']>,
  cold: BenchResult['cold'],
): string[] {
  const out = ["WITHOUT ASTRO'S incrementalBuild (a copy with `incrementalBuild: false`; astro.config.mjs untouched)"];
  if (!plain.patched) return [...out, 'not measured: the config has no `incrementalBuild: true` to turn off'];
  const rows: (string | number)[][] = [['stage', 'wall', 'CPU', 'CPU/wall', 'RSS 1 proc', 'RSS tree', 'load']];
  rows.push(stageRow('npm run build, flag off, priming', plain.priming));
  rows.push(stageRow('npm run build (+1 article)', plain.build));
  out.push(table(rows));
  out.push(
    `+1 article without Astro's incremental build: ${pct(plain.build.wallMs, cold.build.wallMs)} of cold; with it: ${pct(inc.build.wallMs, cold.build.wallMs)}`,
    `incrementalBuild on the +1 build: ${saving(inc.build.wallMs, plain.build.wallMs)} wall, ${saving(inc.build.cpuMs, plain.build.cpuMs)} CPU; on a cold build: ${saving(cold.build.wallMs, plain.priming.wallMs)} wall, ${saving(cold.build.cpuMs, plain.priming.cpuMs)} CPU`,
  );
  return out;
}

/**
 * The median of each round's wall-time ratio of one series to another
 * (the site over the bare baseline, a +1 build over its round's cold
 * build), or undefined with fewer than two rounds. A round's two builds ran
 * minutes apart, so their ratio shares the machine's state of those
 * minutes; this is a second reading beside the ratio of the two series'
 * medians, which may come from different rounds (the targets use that one).
 */
export function pairedRatio(over: readonly RoundFigures[], under: readonly RoundFigures[]): number | undefined {
  const ratios = over.flatMap((round, index) => {
    const other = under[index];
    return other ? [round.wallMs / other.wallMs] : [];
  });
  return ratios.length > 1 ? ratios[medianIndex(ratios)] : undefined;
}

/** Every round of a `--repeat` run: what the medians above were chosen from. */
function repeatsSection(repeats: Repeats, articles: number): string[] {
  const range = (rounds: RoundFigures[]): string => {
    if (rounds.length === 0) return '—';
    const walls = rounds.map((round) => round.wallMs);
    return `${ms(walls[medianIndex(walls)])} (${ms(Math.min(...walls))}–${ms(Math.max(...walls))})`;
  };
  const rows: (string | number)[][] = [['round', 'pipeline alone', 'site full', 'CPU', 'bare', 'ratio', '+Starlight', '+1 full', '+1 / its cold', '+1 rendered']];
  for (let index = 0; index < repeats.rounds; index++) {
    const site = repeats.cold[index];
    const bare = repeats.baseline[index];
    const shell = repeats.starlightBaseline[index];
    const inc = repeats.incremental[index];
    const ownMs = site?.pipelineOwnMs;
    rows.push([
      String(index + 1),
      site?.pipelineMs ? `${ms(site.pipelineMs)}${ownMs ? ` · ${rate(articles / (ownMs / 1000))}` : ''}` : '—',
      ms(site?.wallMs),
      ms(site?.cpuMs),
      ms(bare?.wallMs),
      site && bare ? ratio(site.wallMs, bare.wallMs) : '—',
      ms(shell?.wallMs),
      ms(inc?.wallMs),
      inc && site ? pct(inc.wallMs, site.wallMs) : '—',
      inc?.renderedPages ?? '—',
    ]);
  }
  const paired = pairedRatio(repeats.cold, repeats.baseline);
  const pairedLine = paired !== undefined ? [`median of the rounds' own ratios (site and bare built back to back): ${paired.toFixed(2)}×`] : [];
  const pairedIncremental = pairedRatio(repeats.incremental, repeats.cold);
  const incrementalLine =
    pairedIncremental !== undefined ? [`median of the rounds' own +1 / cold (each +1 build right after its round's cold one): ${pct(pairedIncremental, 1)}`] : [];
  const rates = pipelineRates(repeats.cold, articles);
  const ratesLine = rates ? [`pipeline alone, by its own timer: median ${rate(rates.median)}, rounds ${rate(rates.min, rates.max)}`] : [];
  return [
    `REPEATS: ${repeats.rounds} rounds, site and baselines interleaved; every table above shows each series' median round (by wall time), and the targets use it`,
    table(rows),
    `median (min–max): site ${range(repeats.cold)} · bare ${range(repeats.baseline)} · +Starlight ${range(repeats.starlightBaseline)} · +1 ${range(repeats.incremental)}`,
    ...pairedLine,
    ...incrementalLine,
    ...ratesLine,
  ];
}

export function printReport(result: BenchResult): void {
  const { meta, cold, baseline, starlightBaseline: shell, markdownBaseline: markdown } = result;
  const out: string[] = [];
  /** The baselines that ran, with their column titles. */
  const bases = [
    ...(baseline ? [{ title: 'bare', run: baseline }] : []),
    ...(shell ? [{ title: '+Starlight', run: shell }] : []),
    ...(markdown ? [{ title: 'bare .md', run: markdown }] : []),
  ];
  const n = meta.articles;
  const coldFull = cold.build.wallMs;

  out.push('', `━━━ Malaff build bench: ${n.toLocaleString('en')} articles ━━━`);
  out.push(
    `machine: ${meta.cpus} CPUs, ${bytes(meta.memoryBytes)} RAM · node ${meta.node} · astro ${meta.astro} · starlight ${meta.starlight} · pagefind ${meta.pagefind} · GNU time: ${meta.gnuTime ? 'yes' : 'no (CPU approximate, ~)'}${meta.heapMb ? ` · --max-old-space-size=${meta.heapMb}` : ''}`,
  );
  if (meta.speed) {
    out.push(
      `machine speed: a fixed JavaScript workload (bench/calibrate.ts) took ${Math.round(meta.speed.startMs)} ms at the start, ${Math.round(meta.speed.endMs)} ms at the end; lower is faster, and runs compare only at like speeds`,
    );
  }
  out.push(
    `dossier: ${n} synthetic seeds, ${bytes(meta.dossierBytes)} (${bytes(Math.round(meta.dossierBytes / n))}/article, seed ${meta.seed}); registered officials: ${meta.registered.count} (from ${meta.registered.source === 'registry' ? 'content/entities' : 'the five seeds'})`,
  );
  if (cold.summary) {
    out.push(
      `pipeline: ${cold.summary.articles} article(s) (${cold.summary.annotated} annotated, ${cold.summary.cached} from cache), ${cold.summary.entities ?? '?'} entities, ${cold.summary.written ?? '?'} file(s) written`,
    );
  }

  out.push('', `COLD BUILD${result.repeats ? ` (median of ${result.repeats.rounds} rounds)` : ''}`);
  const rows: (string | number)[][] = [['stage', 'wall', 'CPU', 'CPU/wall', 'RSS 1 proc', 'RSS tree', 'load']];
  rows.push(stageRow('pipeline alone (annotate --quiet, for its rate)', cold.pipeline));
  rows.push(stageRow('full build (npm run build)', cold.build));
  rows.push([`  of which Pagefind`, ms(cold.log.pagefindMs), '', cold.log.pagefindMs ? pct(cold.log.pagefindMs, cold.build.wallMs) : '', '', '']);
  if (baseline) rows.push(stageRow('baseline: bare Astro + MDX', baseline.astro));
  if (shell) {
    rows.push(stageRow('baseline + Starlight shell', shell.astro));
    rows.push([`  of which Pagefind`, ms(shell.log.pagefindMs), '', shell.log.pagefindMs ? pct(shell.log.pagefindMs, shell.astro.wallMs) : '', '', '']);
  }
  if (markdown) rows.push(stageRow('baseline: bare, Markdown not MDX', markdown.astro));
  out.push(table(rows));
  if (baseline) {
    out.push(
      `ratio ours/baseline: full build ${ratio(cold.build.wallMs, baseline.astro.wallMs)} (CPU ${ratio(cold.build.cpuMs, baseline.astro.cpuMs)}, RSS ${ratio(cold.build.maxRssSingle ?? cold.build.peakRssTree, baseline.astro.maxRssSingle ?? baseline.astro.peakRssTree)})`,
    );
  }
  if (baseline && shell) {
    const bare = baseline.astro.cpuMs;
    const starlight = shell.astro.cpuMs - bare;
    const dossier = cold.build.cpuMs - shell.astro.cpuMs;
    out.push(
      `full build CPU splits into: Astro + MDX ${ms(bare)} (${pct(bare, cold.build.cpuMs)}) · Starlight shell + Pagefind over the articles ${ms(starlight)} (${pct(starlight, cold.build.cpuMs)}) · the dossier's pipeline, own pages and components ${ms(dossier)} (${pct(dossier, cold.build.cpuMs)}); steps more than parts: the baselines compile every article's MDX in Vite's bundle (see its phase below), the site renders it page by page, so the last step can come out small or below zero`,
    );
  }
  const ownMs = cold.summary?.pipelineMs;
  out.push(
    `pipeline throughput: ${Math.round(n / (cold.pipeline.wallMs / 1000))} articles/s wall (incl. node start-up), ${Math.round(n / (cold.pipeline.cpuMs / 1000))} per CPU-second${ownMs ? `; CLI's own timer ${ms(ownMs)} → ${Math.round(n / (ownMs / 1000))} articles/s` : ''}`,
  );

  out.push('', 'OUTPUT');
  const outRows: (string | number)[][] = [['', 'ours', ...bases.map((b) => b.title)]];
  outRows.push(['pages (index.html)', cold.dist.pages, ...bases.map((b) => b.run.dist.pages)]);
  outRows.push(['pages Astro reports built', cold.log.pagesBuilt ?? '—', ...bases.map((b) => b.run.log.pagesBuilt ?? '—')]);
  outRows.push(['article pages / seeds', `${cold.articlePages}/${n}`, ...bases.map(() => '')]);
  outRows.push(['dist/', bytes(cold.dist.bytes), ...bases.map((b) => bytes(b.run.dist.bytes))]);
  outRows.push([
    'dist/pagefind/',
    `${bytes(cold.dist.pagefindBytes)} (${cold.dist.pagefindFiles} files)`,
    ...bases.map((b) => (b.run.dist.pagefindFiles ? `${bytes(b.run.dist.pagefindBytes)} (${b.run.dist.pagefindFiles})` : '—')),
  ]);
  outRows.push([
    'dist/_astro/ assets',
    `${bytes(cold.dist.assetsBytes)} (${cold.dist.assetsFiles} files)`,
    ...bases.map((b) => `${bytes(b.run.dist.assetsBytes)} (${b.run.dist.assetsFiles})`),
  ]);
  outRows.push(['log warnings', cold.log.warnings, ...bases.map((b) => b.run.log.warnings)]);
  out.push(table(outRows));

  out.push('', "WHERE THE BUILD'S TIME AND MEMORY GO (ours: npm run build, baselines: astro build; phases cut at log markers; RSS = sampled tree peak)");
  const phaseNames = [...new Set([...cold.log.phases, ...bases.flatMap((b) => b.run.log.phases)].map((p) => p.name))];
  const phaseRows: (string | number)[][] = [['phase', 'ours', 'peak RSS', ...bases.flatMap((b) => [b.title, 'peak RSS'])]];
  for (const name of phaseNames) {
    const ours = cold.log.phases.find((p) => p.name === name);
    const others = bases.flatMap((b) => {
      const phase = b.run.log.phases.find((p) => p.name === name);
      return [ms(phase?.ms), bytes(phase?.peakRss)];
    });
    phaseRows.push([name, ms(ours?.ms), bytes(ours?.peakRss), ...others]);
  }
  out.push(table(phaseRows));

  out.push('', 'RENDER TIME BY ROUTE (sum of per-page times from the log, which overlap: pages render several at once; routes.ts) AND OUTPUT SIZE');
  const sizeByRoute = new Map(cold.dist.routes.map((route) => [route.route, route]));
  const sectionRows: (string | number)[][] = [['route', 'pages', 'render', 'share', 'avg/page', 'slowest page', 'output', 'avg size']];
  const renderTotal = cold.log.sections.reduce((sum, s) => sum + s.ms, 0);
  const shown = cold.log.sections.slice(0, 16);
  for (const section of shown) {
    const size = sizeByRoute.get(section.section);
    sectionRows.push([
      section.section,
      section.pages,
      ms(section.ms),
      pct(section.ms, renderTotal),
      ms(section.ms / section.pages),
      `${section.slowest.path} (${ms(section.slowest.ms)})`,
      size ? bytes(size.bytes) : '',
      size && size.files ? bytes(Math.round(size.bytes / size.files)) : '',
    ]);
  }
  const rest = cold.log.sections.slice(shown.length);
  if (rest.length > 0) {
    const restMs = rest.reduce((sum, s) => sum + s.ms, 0);
    sectionRows.push([`(${rest.length} more routes)`, rest.reduce((sum, s) => sum + s.pages, 0), ms(restMs), pct(restMs, renderTotal), '', '', '', '']);
  }
  for (const base of bases) {
    const b = base.run.log.sections.reduce((acc, s) => ({ pages: acc.pages + s.pages, ms: acc.ms + s.ms }), { pages: 0, ms: 0 });
    const html = base.run.dist.routes.reduce((sum, s) => sum + s.bytes, 0);
    sectionRows.push([
      `baseline ${base.title} (all pages)`,
      b.pages,
      ms(b.ms),
      '',
      ms(b.ms / Math.max(1, b.pages)),
      '',
      bytes(html),
      bytes(Math.round(html / Math.max(1, b.pages))),
    ]);
  }
  out.push(table(sectionRows, ['l', 'r', 'r', 'r', 'r', 'l', 'r', 'r']));
  out.push(`largest pages: ${cold.dist.largestPages.map((p) => `${p.path} ${bytes(p.bytes)}`).join(', ')}`);
  out.push(`output by folder: ${cold.dist.sections.slice(0, 8).map((s) => `${s.section} ${bytes(s.bytes)}`).join(', ')}`);
  out.push(`largest routes by output: ${cold.dist.routes.slice(0, 6).map((r) => `${r.route} ${bytes(r.bytes)} (${r.files})`).join(', ')}`);

  if (result.incremental) {
    const inc = result.incremental;
    out.push('', "INCREMENTAL: one more seed, full build again (Astro's experimental.incrementalBuild on, as configured)");
    const incRows: (string | number)[][] = [['stage', 'wall', 'CPU', 'CPU/wall', 'RSS 1 proc', 'RSS tree', 'load']];
    incRows.push(stageRow('full build (npm run build)', inc.build));
    out.push(table(incRows));
    out.push(
      `pipeline: ${inc.summary ? `${inc.summary.articles} article(s), ${inc.summary.annotated} annotated, ${inc.summary.cached} from cache, ${inc.summary.written ?? '?'} file(s) written` : 'no summary line'} · full build ${pct(inc.build.wallMs, coldFull)} of cold`,
    );
    out.push(`astro build: ${pageCounts(inc.log)}`);
    if (result.withoutAstroCache) out.push('', ...withoutAstroCacheSection(result.withoutAstroCache, inc, cold));
  }

  if (result.search.length > 0) {
    out.push('', 'FIRST SEARCH (Pagefind client run on the built index, on the query\'s search keys; bytes on disk; "header" is what both searches load before the first results, the search page then loads the filter lists for its counts)');
    const searchRows: (string | number)[][] = [['query', 'results', 'js', 'wasm+meta', 'index', '5 fragments', 'names', 'header', 'filters', 'search page']];
    for (const probe of result.search) {
      searchRows.push([
        probe.query,
        probe.results,
        bytes(probe.bytes.script),
        bytes(probe.bytes.core),
        bytes(probe.bytes.index),
        bytes(probe.bytes.fragments),
        bytes(probe.bytes.names),
        bytes(probe.bytes.header),
        bytes(probe.bytes.filters),
        bytes(probe.bytes.searchPage),
      ]);
    }
    out.push(table(searchRows));
    const filters = result.search[0]!.filterValues;
    out.push(`filter values: ${Object.entries(filters).map(([name, values]) => `${name} ${values}`).join(', ') || 'none'}`);
  }

  if (result.repeats) out.push('', ...repeatsSection(result.repeats, n));

  out.push('', 'TARGETS');
  for (const target of result.targets) {
    const mark = target.met === null ? '·' : target.met ? '✓' : '✗';
    const reason = indicativeBecause(target, n);
    const indicative = reason ? ` [indicative: ${reason}]` : '';
    out.push(`${mark} ${target.text}: ${target.value}${indicative}`);
  }
  out.push(
    '',
    `load: the 1-minute load average when each stage ended; above ${meta.cpus} other work shared the CPUs and wall times are inflated: compare CPU times then.`,
    `CPU with ~: summed from /proc samples, because the stage ran processes GNU time cannot see, never reaped by their parent (Pagefind's binary in the site's build, for one); a lower bound by up to ${SAMPLE_MS} ms per process.`,
    `logs: ${meta.workDir}/logs`,
  );
  console.log(out.join('\n'));
}
