/**
 * `npm run build`: seeds → `dist/`, the static site with its search index.
 *
 * 1. The pipeline (`annotate.ts --quiet`) and `astro build` start together.
 *    Astro's first two seconds or so go to loading itself, its
 *    configuration and Vite, which need no content; its content loaders
 *    wait for the pipeline's signal (`src/data/annotation-signal.ts`)
 *    before they read what it wrote. The pipeline runs meanwhile on the
 *    other core. At 1,000 articles, from cold, Astro had its content 4.2–4.9 s
 *    after the build started, against 4.9–5.9 s with the pipeline first
 *    (six alternating runs).
 * 2. When the pipeline fails (a bad seed or registry file), it has named
 *    every bad file and written nothing; Astro is stopped before it reads
 *    anything, and the build exits with the pipeline's code.
 * 3. When both succeed, the search index (`search-index.ts`), in a process
 *    of its own once Astro's has exited, so that the build's peak memory is
 *    the larger of the two, not their sum.
 *
 * Exit code: 0 when the site is built, otherwise the code of the first step
 * that failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANNOTATION_SIGNAL, signalAnnotation } from '../data/annotation-signal.ts';
import { ASTRO_ENV, buildSteps } from './build-steps.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const steps = buildSteps(root);
const running = new Set<ChildProcess>();

/** Runs Node with `args` in the project, its output on ours; resolves with its exit code. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; exit: Promise<number> } {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  running.add(child);
  const exit = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`build: could not run ${args.join(' ')}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
  return { child, exit };
}

const signalDir = mkdtempSync(path.join(os.tmpdir(), 'malaff-build-'));

// Stopped from outside (Ctrl-C, a cancelled CI job): stop the steps too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    rmSync(signalDir, { recursive: true, force: true });
    process.exit(128 + os.constants.signals[signal]);
  });
}

try {
  const signalFile = path.join(signalDir, 'annotated');
  const annotate = run(steps.annotate);
  const astro = run(steps.astro, { ...ASTRO_ENV, [ANNOTATION_SIGNAL]: signalFile });
  const annotated = await annotate.exit;
  if (annotated !== 0) {
    astro.child.kill('SIGTERM');
    await astro.exit;
    process.exitCode = annotated;
  } else {
    signalAnnotation(signalFile);
    const built = await astro.exit;
    process.exitCode = built !== 0 ? built : await run(steps.searchIndex).exit;
  }
} finally {
  rmSync(signalDir, { recursive: true, force: true });
}
