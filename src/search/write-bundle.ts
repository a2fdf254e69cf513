/**
 * Writes Pagefind's bundle into `dist/pagefind/` as a change, not a rewrite.
 *
 * Pagefind names most of its files by their content, and one new article
 * changes a few dozen of its ~2,000 files at 1,000 articles (the new page's
 * record, the word and filter chunks, the metadata); every other record is
 * the same file as before. Removing the folder and writing it again made
 * each build create every file anew, which on this project's build machines
 * costs more than the comparison: creating 2,000 small files where 2,000
 * were just deleted took 0.65 s on their ext4 disk, against 0.05–0.12 s in
 * a fresh folder; reading and comparing 2,000 files that are already
 * right takes about as little.
 *
 * A file is written when it is missing or its bytes differ (size first, then
 * bytes: a file truncated by an interrupted run is rewritten, whatever its
 * name says). `pagefind-entry.json`, the file the search client reads first
 * to find the rest, is written after every other file, and files of the
 * last index are removed only once the new one is complete, so a site
 * served from `dist/` during a build always has a search that works.
 *
 * The price is memory: the files arrive from Pagefind's process all at
 * once (`getFiles()`), 45 MB of them at 10,000 articles, which the Node
 * process holds as it writes them (0.43–0.50 GB at its peak, against 65 MB
 * when Pagefind wrote them itself), beside Pagefind's own process, which
 * at about 4 GB stays the larger part of the build's peak.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeEmptiedFolders } from '../lib/empty-folders.ts';

/** One file of the bundle, as Pagefind's `getFiles()` returns it. */
export interface BundleFile {
  /** Path inside the bundle folder, with `/` separators. */
  path: string;
  content: Uint8Array;
}

/** What `writeBundle` did, file by file. */
export interface BundleChanges {
  /** Files created or rewritten. */
  written: number;
  /** Files left as they were (same bytes). */
  kept: number;
  /** Files of an earlier bundle that this one does not have. */
  removed: number;
}

/**
 * The index's folder under `dist/`. It belongs to the search index step:
 * `astro build` leaves it in place (`pruneOutput`), and `writeBundle`
 * changes only the files that differ.
 */
export const SEARCH_INDEX_DIR = 'pagefind';

/** The file the search client fetches first; it names the others. */
export const ENTRY_FILE = 'pagefind-entry.json';

/**
 * Makes `folder` hold exactly `files`.
 *
 * @param folder the bundle's folder (`dist/pagefind`), created when missing
 * @param files every file of the new bundle
 * @throws Error when a file's path leaves the folder
 */
export function writeBundle(folder: string, files: readonly BundleFile[]): BundleChanges {
  const root = path.resolve(folder);
  const changes: BundleChanges = { written: 0, kept: 0, removed: 0 };
  const wanted = new Set<string>();
  const entryLast = [...files].sort((a, b) => Number(a.path === ENTRY_FILE) - Number(b.path === ENTRY_FILE));
  const folders = new Set<string>();
  for (const file of entryLast) {
    const target = path.resolve(root, file.path);
    if (!target.startsWith(root + path.sep)) throw new Error(`search index: Pagefind returned a file outside ${root}: ${file.path}`);
    wanted.add(target);
    if (sameBytes(target, file.content)) {
      changes.kept++;
      continue;
    }
    const parent = path.dirname(target);
    if (!folders.has(parent)) {
      mkdirSync(parent, { recursive: true });
      folders.add(parent);
    }
    writeFileSync(target, file.content);
    changes.written++;
  }
  changes.removed = removeOthers(root, wanted);
  return changes;
}

function sameBytes(file: string, content: Uint8Array): boolean {
  try {
    if (statSync(file).size !== content.byteLength) return false;
    return readFileSync(file).equals(content);
  } catch {
    return false;
  }
}

/** Removes every file under `root` not in `wanted`, then the folders that left empty; returns how many files went. */
function removeOthers(root: string, wanted: ReadonlySet<string>): number {
  const others = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !wanted.has(file));
  for (const file of others) rmSync(file, { force: true });
  removeEmptiedFolders(root, others);
  return others.length;
}
