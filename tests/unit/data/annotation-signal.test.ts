/**
 * How Astro's content loaders wait for the pipeline that `npm run build`
 * runs beside them: not at all when Astro runs on its own, and until the
 * build's signal when it does, so that no loader reads content the
 * pipeline has not finished writing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterAnnotation, ANNOTATION_SIGNAL, annotationFinished, signalAnnotation } from '../../../src/data/annotation-signal.ts';

let dir: string;
let signal: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'malaff-signal-'));
  signal = path.join(dir, 'annotated');
});
afterEach(() => {
  delete process.env[ANNOTATION_SIGNAL];
  rmSync(dir, { recursive: true, force: true });
});

/** Settles within `ms`, or says it is still pending. */
async function within(promise: Promise<unknown>, ms: number): Promise<'settled' | 'pending'> {
  return Promise.race([promise.then(() => 'settled' as const), new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);
}

describe('waiting for the pipeline', () => {
  it('does not wait when Astro runs on its own (no signal named)', async () => {
    expect(await within(annotationFinished({}), 50)).toBe('settled');
  });

  it('waits until the build signals that the pipeline has finished', async () => {
    const waiting = annotationFinished({ [ANNOTATION_SIGNAL]: signal });
    expect(await within(waiting, 100)).toBe('pending');
    signalAnnotation(signal);
    expect(await within(waiting, 500)).toBe('settled');
  });

  it('holds a content loader back until the signal, then runs it', async () => {
    process.env[ANNOTATION_SIGNAL] = signal;
    const loaded: string[] = [];
    const loader: Loader = { name: 'test-loader', load: async () => void loaded.push('loaded') };
    const gated = afterAnnotation(loader);
    expect(gated.name).toBe('test-loader');
    const loading = gated.load({} as LoaderContext);
    expect(await within(loading, 100)).toBe('pending');
    expect(loaded).toEqual([]);
    signalAnnotation(signal);
    await loading;
    expect(loaded).toEqual(['loaded']);
  });
});
