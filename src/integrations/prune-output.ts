/**
 * Removes from `dist/` what an earlier build left there and this one did not make.
 *
 * The build keeps `dist/` from one build to the next (`vite.build.emptyOutDir:
 * false` in `astro.config.mjs`): Astro's incremental build then leaves each
 * page whose cache key is unchanged where it is, instead of emptying `dist/`
 * and copying every such page back from its cache (for one new article in a
 * dossier of 1,000, some 4,400 files deleted and 2,300 copied back: a third
 * of that build's Astro time). What the last build made and this one did
 * not must then be removed, or it stays published: the page of a deleted
 * seed, of an entity no article names any more, a page of a list that got
 * shorter, a client script under an old hash.
 *
 * A file is stale when it was in `dist/` before the build, was not written
 * again (same modification time), and is not the output of one of this
 * build's routes (a page Astro found unchanged and left in place is one).
 * This runs before `verifyPages`, so a page this build failed to render is
 * missing, not silently replaced by last build's copy. Folders the removal
 * leaves empty go too. A `.git` folder at the top of `dist/` (a deploy
 * branch checked out there) is left alone, as Astro's own emptying leaves it,
 * and so is the search index, which the step after `astro build` updates
 * file by file (`src/search/write-bundle.ts`).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeEmptiedFolders } from '../lib/empty-folders.ts';
import { SEARCH_INDEX_DIR } from '../search/write-bundle.ts';

/** What is never Astro's build to remove: a deploy branch's checkout, the search index. */
const KEPT = new Set(['.git', SEARCH_INDEX_DIR]);

/**
 * Every file under `dir` outside `.git/` and the search index, as absolute
 * path → modification time (ms); empty when `dir` does not exist.
 */
export function snapshot(dir: string): Map<string, number> {
  const files = new Map<string, number>();
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (KEPT.has(path.relative(dir, file).split(path.sep)[0] ?? '')) continue;
    files.set(file, statSync(file).mtimeMs);
  }
  return files;
}

/**
 * The files of `before` that this build neither wrote (`after` has them with
 * the same time) nor counts among its outputs.
 *
 * @param before `dist/` when the build started
 * @param after `dist/` when it ended
 * @param outputs the files this build's routes produce, rendered or left in place
 */
export function staleFiles(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>, outputs: ReadonlySet<string>): string[] {
  return [...before]
    .filter(([file, mtime]) => after.get(file) === mtime && !outputs.has(file))
    .map(([file]) => file);
}

/**
 * Every file (absolute path) this build's routes produce, rendered or left
 * in place unchanged, from the `assets` of Astro's `astro:build:done` hook.
 */
export function routeOutputs(assets: ReadonlyMap<string, readonly URL[]>): string[] {
  return [...assets.values()].flat().map((url) => fileURLToPath(url));
}

export function pruneOutput(): AstroIntegration {
  let outDir = '';
  let before = new Map<string, number>();
  return {
    name: 'malaff:prune-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        before = snapshot(outDir);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const outputs = new Set(routeOutputs(assets));
        const stale = staleFiles(before, snapshot(out), outputs);
        for (const file of stale) rmSync(file, { force: true });
        removeEmptiedFolders(out, stale);
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) an earlier build left in dist/ and this one did not make`);
      },
    },
  };
}
