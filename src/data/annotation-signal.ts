/**
 * The signal by which `npm run build` tells Astro that the pipeline has
 * written the generated content.
 *
 * `src/cli/build.ts` starts the pipeline and `astro build` together: Astro
 * spends its first two seconds loading itself, its configuration and Vite
 * before it reads any content, and the pipeline's run fits in that time on
 * the other core. The two content loaders that read what the pipeline
 * writes (`articles` and `entities`) wait, through `annotationFinished`,
 * until the build writes the file named by `MALAFF_ANNOTATION_SIGNAL`,
 * which it does once the pipeline has exited without an error. When the
 * pipeline fails, the build stops Astro instead, so Astro never reads
 * half-made content. Without the variable (`astro dev`, `astro sync`, and
 * any `astro build` run by hand after `npm run annotate`) the loaders read
 * at once.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';

/** The environment variable that names the signal file. */
export const ANNOTATION_SIGNAL = 'MALAFF_ANNOTATION_SIGNAL';

/** How often a waiting loader looks for the signal file. */
const POLL_MS = 10;

/** Writes the signal file whole (written aside, then renamed into place). */
export function signalAnnotation(file: string): void {
  writeFileSync(`${file}.tmp`, `${new Date().toISOString()}\n`);
  renameSync(`${file}.tmp`, file);
}

/**
 * Resolves once the pipeline that `npm run build` started beside Astro has
 * written the generated content; at once when no build set the signal.
 *
 * @param env where to read the signal's file name
 * @throws Error if the process that started Astro is gone before the signal (it can no longer come)
 */
export async function annotationFinished(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const file = env[ANNOTATION_SIGNAL];
  if (!file) return;
  const parent = process.ppid;
  while (!existsSync(file)) {
    if (process.ppid !== parent) {
      throw new Error(`the build that started Astro stopped before the pipeline finished (no ${file}); run \`npm run build\` again`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A content loader that reads only once the pipeline has finished (`annotationFinished`). */
export function afterAnnotation(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await annotationFinished();
      await loader.load(context);
    },
  };
}
