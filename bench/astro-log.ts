/**
 * Reading the stages' own output for the figures a stopwatch cannot give.
 *
 * - The annotate CLI's summary line says how many articles it annotated and
 *   how many came from its cache, and how long the pipeline itself took
 *   (without node's start-up).
 * - `astro build` logs its phases (content sync, Vite bundling, page
 *   generation, integrations' build-done hooks) and one line per page with
 *   its render time (`├─ /articles/x/index.html (+12ms)`), summed per route
 *   (routes.ts) to see which kind of page costs what. Astro renders several
 *   pages at once (`build.concurrency`, `src/render/concurrency.ts`), so a
 *   page's time includes the others' turns while it waited, and the sums add
 *   up to more than the generation phase: they rank routes, they do not
 *   split the phase. With
 *   `experimental.incrementalBuild`, a page Astro did not render carries a
 *   marker instead of a time: `(restored)` when copied from its cache,
 *   `(cached)` when already in dist/; both count as restored here.
 * - Pagefind's run: Starlight's `Finished building search index in X` (the
 *   Starlight baseline, inside `astro build`), or the project's own
 *   `search index: N HTML files read and indexed in Xs`
 *   (`src/cli/search-index.ts`, run after `astro build` exits: the site's
 *   build stage is the whole of `npm run build`, pipeline included).
 *
 * Phases are cut at the ARRIVAL time of marker lines (recorded by
 * measure.ts), so they also give each phase's peak memory from the RSS
 * samples. Unknown or missing markers leave a phase out rather than fail: the
 * log format is Astro's, not ours.
 */
import type { LogLine, Measurement } from './measure.ts';
import { peakBetween } from './measure.ts';
import { routeShapes } from './routes.ts';

export interface AnnotateSummary {
  articles: number;
  annotated: number;
  cached: number;
  entities: number | null;
  written: number | null;
  /** The CLI's own timing of the pipeline, ms. */
  pipelineMs: number | null;
}

/** Parses `annotate: N article(s) (X annotated, Y from cache), E entities (…), W file(s) written in Ts`. */
export function parseAnnotateSummary(lines: readonly LogLine[]): AnnotateSummary | null {
  for (const { text } of lines.toReversed()) {
    const match = /annotate: (\d+) article\(s\) \((\d+) annotated, (\d+) from cache\)/u.exec(text);
    if (!match) continue;
    const entities = /, (\d+) entities/u.exec(text);
    const written = /(\d+) file\(s\) written/u.exec(text);
    const seconds = /in ([\d.]+)s\s*$/u.exec(text);
    return {
      articles: Number(match[1]),
      annotated: Number(match[2]),
      cached: Number(match[3]),
      entities: entities ? Number(entities[1]) : null,
      written: written ? Number(written[1]) : null,
      pipelineMs: seconds ? Number(seconds[1]) * 1000 : null,
    };
  }
  return null;
}

/** A phase of `astro build` with its duration and peak tree RSS. */
export interface Phase {
  name: string;
  ms: number;
  peakRss: number;
}

/** Render time and count of the pages of one route shape (`/countries/*`, `/articles/*`), see routes.ts. */
export interface SectionRender {
  section: string;
  pages: number;
  ms: number;
  /** Pages Astro did not render (`(restored)` or `(cached)` in its log). */
  cached: number;
  slowest: { path: string; ms: number };
}

export interface AstroLog {
  phases: Phase[];
  sections: SectionRender[];
  /** Slowest individual pages. */
  slowest: { path: string; ms: number }[];
  /** Pagefind's own timing from its log line, ms. */
  pagefindMs: number | null;
  /** Pages Astro says it built. */
  pagesBuilt: number | null;
  /** Pages restored from the incremental cache. */
  cachedPages: number;
  warnings: number;
}

/** Marker lines, in the order they appear; a phase runs from one found marker to the next. */
const MARKERS: { phase: string; pattern: RegExp }[] = [
  { phase: 'start-up, config, Vite server', pattern: /^/u },
  { phase: 'content layer sync', pattern: /\[content\] Syncing content/u },
  { phase: 'types, collect build info', pattern: /\[content\] Synced content/u },
  { phase: 'Vite/Rolldown bundle', pattern: /\[build\] Building static entrypoints/u },
  { phase: 'render pages', pattern: /(generating|prerendering) static routes/u },
  // Page generation ends with a bare `✓ Completed in`; the `[build] ✓ Completed in` lines are other phases.
  { phase: 'after render: images, build-done hooks', pattern: /^\S*\s*✓ Completed in/u },
  { phase: 'exit', pattern: /\[build\] Complete!/u },
  { phase: 'search index (Pagefind, own process)', pattern: /^search index: reading/u },
];

const PAGE_LINE = /├─ (\S+) \((?:\+)?([\d.]+)(ms|s)\)|├─ (\S+)\s+\((cached|restored)\)/u;

/**
 * Reads an `astro build` measurement's output.
 *
 * @param measurement the measured `astro build`
 */
export function parseAstroLog(measurement: Measurement): AstroLog {
  const { lines } = measurement;
  const phases: Phase[] = [];
  const found: { phase: string; at: number }[] = [];
  let from = 0;
  found.push({ phase: MARKERS[0]!.phase, at: 0 });
  for (const marker of MARKERS.slice(1)) {
    const index = lines.findIndex((line, i) => i >= from && marker.pattern.test(line.text));
    if (index < 0) continue;
    found.push({ phase: marker.phase, at: lines[index]!.at });
    from = index + 1;
  }
  for (let i = 0; i < found.length; i++) {
    const start = found[i]!.at;
    const end = found[i + 1]?.at ?? measurement.wallMs;
    phases.push({ name: found[i]!.phase, ms: end - start, peakRss: peakBetween(measurement, start, end) });
  }

  const pages: { path: string; ms: number; cached: boolean }[] = [];
  for (const { text } of lines) {
    const match = PAGE_LINE.exec(text);
    if (!match) continue;
    const cached = match[5] !== undefined;
    pages.push({ path: match[1] ?? match[4]!, ms: cached ? 0 : Number(match[2]) * (match[3] === 's' ? 1000 : 1), cached });
  }
  const shapes = routeShapes(pages.map((page) => page.path));
  const bySection = new Map<string, SectionRender>();
  let cachedPages = 0;
  for (const page of pages) {
    const section = shapes.get(page.path)!;
    const entry = bySection.get(section) ?? { section, pages: 0, ms: 0, cached: 0, slowest: { path: '', ms: -1 } };
    entry.pages++;
    entry.ms += page.ms;
    if (page.cached) {
      entry.cached++;
      cachedPages++;
    }
    if (page.ms > entry.slowest.ms) entry.slowest = { path: page.path, ms: page.ms };
    bySection.set(section, entry);
  }

  let pagefindMs: number | null = null;
  let pagesBuilt: number | null = null;
  let warnings = 0;
  for (const { text } of lines) {
    const pagefind = /Finished building search index in ([\d.]+)(ms|s)/u.exec(text);
    if (pagefind) pagefindMs = Number(pagefind[1]) * (pagefind[2] === 's' ? 1000 : 1);
    const own = /search index: \d+ HTML files read and indexed in ([\d.]+)s/u.exec(text);
    if (own) pagefindMs = Number(own[1]) * 1000;
    const built = /\[build\] (\d+) page\(s\) built in/u.exec(text);
    if (built) pagesBuilt = Number(built[1]);
    if (/\[WARN\]/u.test(text)) warnings++;
  }

  return {
    phases,
    sections: [...bySection.values()].sort((a, b) => b.ms - a.ms),
    slowest: pages
      .toSorted((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map(({ path, ms }) => ({ path, ms })),
    pagefindMs,
    pagesBuilt,
    cachedPages,
    warnings,
  };
}
