/**
 * The processes `npm run build` runs (`build.ts`), as Node arguments, with
 * the flags each gets. The bench builds its baselines with the same Astro
 * flags, so that its ratios compare the sites, not Node's settings.
 */
import path from 'node:path';

/** How the project's TypeScript scripts run: Node strips the types, nothing is compiled. */
export const TS_NODE_FLAGS = ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];

/**
 * Node flags for `astro build`:
 *
 * - `--max-old-space-size=6144`: headroom for a dossier that keeps growing.
 *   The Astro process grows with the number of articles (2.6 GB at 10,000),
 *   and Node's default ceiling is about 4 GB of heap.
 * - `--max-semi-space-size=64`: a 64 MB young generation for a render that
 *   allocates a great many short-lived strings: about 10 % less CPU at
 *   1,000 articles, for 100 MB more memory.
 */
export const ASTRO_NODE_FLAGS = ['--max-old-space-size=6144', '--max-semi-space-size=64'];

/**
 * Environment for Astro's processes: its telemetry off. Astro otherwise
 * posts an event to its makers' server on every build, CI included, with
 * a hash of the project's git remote; a dossier's build sends nothing off
 * the machine (and reads and writes nothing in the user's home for it).
 */
export const ASTRO_ENV: Readonly<Record<string, string>> = { ASTRO_TELEMETRY_DISABLED: '1' };

/** Node's arguments for each step of the build of the project at `root`. */
export function buildSteps(root: string): { annotate: string[]; astro: string[]; searchIndex: string[] } {
  return {
    annotate: [...TS_NODE_FLAGS, path.join(root, 'src/cli/annotate.ts'), '--quiet'],
    astro: [...ASTRO_NODE_FLAGS, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    searchIndex: [...TS_NODE_FLAGS, path.join(root, 'src/cli/search-index.ts')],
  };
}
