/**
 * The bench times a fixed JavaScript workload at the start and the end of a
 * run, so that runs made at different hours of a shared machine can be told
 * apart. The workload must stay the same work, or old and new timings would
 * not compare.
 */
import { describe, expect, test } from 'vitest';
import { calibrate, javascriptWorkload } from '../../../bench/calibrate.ts';

describe('the machine-speed workload', () => {
  test('does the same work on every run and every machine (a changed workload changes this checksum)', () => {
    expect(javascriptWorkload(10)).toBe(119_715_351);
    expect(javascriptWorkload(10)).toBe(javascriptWorkload(10));
  });

  test('is reported as the median of its timed runs', () => {
    const { ms, runs } = calibrate(5, 20);
    expect(runs).toHaveLength(5);
    for (const run of runs) expect(run).toBeGreaterThan(0);
    const sorted = runs.toSorted((a, b) => a - b);
    expect(ms).toBe(sorted[2]);
  });
});
