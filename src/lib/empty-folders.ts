/**
 * Takes away the folders a removal of files left empty, and only those:
 * shared by the two places that keep `dist/` in line with a build
 * (`src/integrations/prune-output.ts`, `src/search/write-bundle.ts`).
 */
import { existsSync, readdirSync, rmdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Removes the folders under `dir` (never `dir` itself) that removing
 * `removed` left empty, from the deepest up: a deleted seed's
 * `articles/<slug>/`, a shorter list's `page/7/`, a search index's chunk
 * folder it no longer uses. Only those folders are read, not the whole
 * tree the caller already walked.
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
