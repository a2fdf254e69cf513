/**
 * How fast this machine runs JavaScript right now, by a fixed workload timed
 * at the start and at the end of a run.
 *
 * The bench's machines are shared: on the 2-core machine of the README's
 * figures, the same build took 1.5–1.8× as long from one hour to the next,
 * and not evenly. Our build is nearly all JavaScript (the pipeline, Astro's
 * render, Starlight), while the bare site spends most of a large build in
 * Rolldown's native bundler, which slowed less: in one slow hour the render
 * phase of both sites took 1.8× as long, the bare site's bundling 1.3×, so
 * the ratio rose from 1.71× to 1.89–2.06× without a line of the build
 * changing. Ratios from runs on different hours compare only with this
 * figure beside them.
 *
 * The workload does what the build does most: splits Arabic text into
 * words, folds them (a regular expression and `normalize`), counts them in
 * a Map and serialises the counts. Its result is a fixed checksum, so a
 * changed workload (whose timings would no longer compare with old runs)
 * fails a test.
 *
 * The bench runs it as a process of its own (`node bench/calibrate.ts`
 * prints the calibration as JSON), so that its timing does not depend on
 * the state of the bench's own heap.
 */
import { fileURLToPath } from 'node:url';

const PARAGRAPH =
  'وفد عسكري باكستاني يزور القاهرة لبحث تبادل المعلومات الاستخباراتية، واستقبل الفريق أول ' +
  'رئيس أركان القوات المسلحة المغربية نظيره في الرباط يوم الأربعاء 12 مارس 2025 ضمن مناورات Indus Shield. ';

/** Diacritics and tatweel, removed by the fold. */
const MARKS = /[\u064B-\u0652\u0640]/gu;

/** Rounds of the workload in one timing: about a quarter of a second on the README's machine. */
export const WORKLOAD_ROUNDS = 8_000;

/**
 * The workload itself.
 *
 * @returns a checksum of what it computed (the same on every machine)
 */
export function javascriptWorkload(rounds = WORKLOAD_ROUNDS): number {
  let checksum = 0;
  for (let round = 0; round < rounds; round++) {
    const text = `${PARAGRAPH.repeat(4)}${round}`;
    const counts = new Map<string, number>();
    for (const word of text.split(/\s+/u)) {
      const folded = word.normalize('NFKC').replace(MARKS, '').replace(/^(?:و|ف|ب|ل|ال)+/u, '');
      counts.set(folded, (counts.get(folded) ?? 0) + 1);
    }
    checksum = (checksum * 31 + JSON.stringify([...counts]).length) % 1_000_000_007;
  }
  return checksum;
}

/** What a timing found. */
export interface Calibration {
  /** Median of the timed runs, in milliseconds. */
  ms: number;
  /** Every timed run, in milliseconds. */
  runs: number[];
}

/**
 * Times the workload `times` times after one untimed run (which lets V8
 * optimise it), and keeps the median.
 */
export function calibrate(times = 7, rounds = WORKLOAD_ROUNDS): Calibration {
  javascriptWorkload(rounds);
  const runs: number[] = [];
  for (let time = 0; time < times; time++) {
    const started = performance.now();
    javascriptWorkload(rounds);
    runs.push(performance.now() - started);
  }
  const sorted = runs.toSorted((a, b) => a - b);
  return { ms: sorted[Math.floor(sorted.length / 2)]!, runs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(calibrate()));
