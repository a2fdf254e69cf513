/**
 * The bench's choice of figures when a series is repeated (`--repeat`):
 * this machine's wall times swing by tens of percent between runs, so a
 * series is represented by its median round, never by its best.
 */
import { describe, expect, test } from 'vitest';
import type { AstroLog } from '../../../bench/astro-log.ts';
import type { DistStats } from '../../../bench/site-stats.ts';
import {
  evaluateTargets,
  indicativeBecause,
  medianIndex,
  pairedRatio,
  pipelineRates,
  renderedPages,
  roundFigures,
  type BenchResult,
  type StageFigures,
} from '../../../bench/report.ts';

const stageTaking = (wallMs: number, cpuMs: number): StageFigures => ({
  label: 'stage',
  command: [],
  exitCode: 0,
  wallMs,
  userMs: cpuMs,
  sysMs: 0,
  cpuMs,
  cpuApproximate: false,
  maxRssSingle: null,
  peakRssTree: 0,
  loadAverage: 0,
  logFile: '',
});

describe('a repeated series', () => {
  test('is represented by its median round, not its fastest', () => {
    expect(medianIndex([41_000, 36_000, 38_500])).toBe(2);
    expect(medianIndex([36_000])).toBe(0);
  });

  test('with an even number of rounds is represented by the faster of its two middle rounds', () => {
    // Sorted: 10 (1), 20 (3), 30 (0), 40 (2): the lower middle is 20, round 3.
    expect(medianIndex([30, 10, 40, 20])).toBe(3);
  });

  test("takes a site round's whole build, which runs the pipeline inside it, and keeps the pipeline timed alone beside it", () => {
    const site = roundFigures(stageTaking(30_000, 28_000), 8_000, stageTaking(2_500, 3_000), 2_000);
    expect(site).toEqual({ wallMs: 30_000, cpuMs: 28_000, pipelineMs: 2_500, pipelineOwnMs: 2_000, pagefindMs: 8_000 });
    const bare = roundFigures(stageTaking(16_000, 20_000), null);
    expect(bare).toEqual({ wallMs: 16_000, cpuMs: 20_000, pipelineMs: null, pipelineOwnMs: null, pagefindMs: null });
  });

  test("shows how far the pipeline's rate swung between rounds, by the pipeline's own timer", () => {
    const rounds = [2_000, 1_600, 2_500].map((own) => roundFigures(stageTaking(20_000, 20_000), null, stageTaking(own + 400, own), own));
    // 1,000 articles in 2.0 s, 1.6 s and 2.5 s: 500/s, 625/s and 400/s.
    expect(pipelineRates(rounds, 1000)).toEqual({ median: 500, min: 400, max: 625 });
    const untimed = [roundFigures(stageTaking(20_000, 20_000), null, stageTaking(2_400, 2_000))];
    expect(pipelineRates(untimed, 1000)).toBeUndefined();
  });

  test("also reads the ratio round by round, each site build over the baseline built right after it", () => {
    const site = [40_000, 30_000, 36_000].map((wall) => roundFigures(stageTaking(wall, wall), null));
    const bare = [20_000, 10_000, 20_000].map((wall) => roundFigures(stageTaking(wall, wall), null));
    // Rounds: 2.0×, 3.0×, 1.8×; the medians of the series would give 36 s / 20 s = 1.8×.
    expect(pairedRatio(site, bare)).toBe(2);
    expect(pairedRatio(site.slice(0, 1), bare.slice(0, 1))).toBeUndefined();
  });

  test('counts the pages a one-article round rendered again, the endpoints included, apart from those it restored', () => {
    const section = (name: string, pages: number, cached: number) => ({ section: name, pages, cached, ms: 0, slowest: { path: name, ms: 0 } });
    const log: AstroLog = {
      phases: [],
      sections: [section('/articles/*', 1_001, 990), section('/data/*', 5, 0), section('/officials/*', 1_300, 1_250)],
      slowest: [],
      pagefindMs: null,
      pagesBuilt: 2_306,
      cachedPages: 2_240,
      warnings: 0,
    };
    expect(renderedPages(log)).toBe(66);
  });
});

/** A cold run of `articles` articles whose pipeline took `pipelineMs` by its own timer, and nothing else measured. */
function coldRun(articles: number, pipelineMs: number): BenchResult {
  return {
    meta: { articles } as BenchResult['meta'],
    cold: {
      pipeline: stageTaking(pipelineMs + 300, pipelineMs),
      summary: { articles, annotated: articles, cached: 0, entities: 0, written: 2 * articles + 1, pipelineMs },
      build: stageTaking(20_000, 25_000),
      log: {} as AstroLog,
      dist: {} as DistStats,
      articlePages: articles,
    },
    search: [],
    targets: [],
  };
}

describe("the bench's targets", () => {
  const pipelineTarget = (run: BenchResult) => evaluateTargets(run).find((target) => target.text.startsWith('pipeline'))!;

  test("judge the pipeline's rate by its own timer, at any dossier size", () => {
    expect(pipelineTarget(coldRun(1000, 1_600)).met).toBe(true); // 625/s
    expect(pipelineTarget(coldRun(1000, 2_500)).met).toBe(false); // 400/s
    expect(indicativeBecause(pipelineTarget(coldRun(1000, 1_600)), 1000)).toBeUndefined();
    expect(indicativeBecause(pipelineTarget(coldRun(10_000, 14_600)), 10_000)).toBeUndefined();
  });

  test("say that a small run's pipeline rate is mostly fixed costs, as CI's 200-article run is", () => {
    const target = pipelineTarget(coldRun(200, 970));
    expect(target.met).toBe(false);
    expect(indicativeBecause(target, 200)).toMatch(/below 1,000 articles/);
  });

  test('mark a target set at 10,000 articles as indicative on a 1,000-article run, and not on a 10,000-article one', () => {
    const underFiveMinutes = (run: BenchResult) => evaluateTargets(run).find((target) => target.text.startsWith('full build < 5 min'))!;
    expect(indicativeBecause(underFiveMinutes(coldRun(1000, 1_600)), 1000)).toBe('target is set at 10,000');
    expect(indicativeBecause(underFiveMinutes(coldRun(10_000, 14_600)), 10_000)).toBeUndefined();
  });
});
