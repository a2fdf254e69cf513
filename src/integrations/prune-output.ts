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
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
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
 * Removes the folders under `dir` (never `dir` itself) that removing
 * `removed` left empty, from the deepest up: a deleted seed's
 * `articles/<slug>/`, a shorter list's `page/7/`. Only those folders are
 * read, not the whole tree the snapshot already walked.
 */
export function removeEmptiedFolders(dir: string, removed: readonly string[]): void {
  const inside = path.resolve(dir) + path.sep;
  const deepestFirst = [...new Set(removed.map((file) => path.dirname(file)))].sort((a, b) => b.length - a.length);
  for (const start of deepestFirst) {
    for (let folder = start; folder.startsWith(inside); folder = path.dirname(folder)) {
      if (!existsSync(folder)) continue; // removed already, from a deeper folder
      if (readdirSync(folder).length > 0) break;
      rmdirSync(folder);
    }
  }
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
        const outputs = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const stale = staleFiles(before, snapshot(out), outputs);
        for (const file of stale) rmSync(file, { force: true });
        removeEmptiedFolders(out, stale);
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) an earlier build left in dist/ and this one did not make`);
      },
    },
  };
}
