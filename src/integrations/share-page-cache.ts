/**
 * Lets Astro's incremental build cache the pages of `dist/` where they are,
 * so that each page is written once.
 *
 * Astro's incremental build (`experimental.incrementalBuild`) writes every
 * page it renders twice: to `dist/`, and as a copy under
 * `<cacheDir>/dist/`, from which a later build restores an unchanged page
 * when `dist/` lacks it. The dossier keeps `dist/` between builds (see
 * `prune-output.ts`; CI carries it with the caches), so an unchanged page is
 * already where it belongs and the copies are only written, never read: at
 * 1,000 articles some 2,400 files and 190 MB on every cold build, at 10,000
 * ten times that.
 *
 * Before the build, `<cacheDir>/dist` becomes a link to `dist/`. Astro then
 * writes its copy over the page it has just written (same bytes, no new
 * file), removes a page whose route no longer makes it from `dist/` (which
 * `pruneOutput` would do anyway), and has nothing to restore that `dist/`
 * does not already hold. Copies left by a build without the link are not
 * lost: when `dist/` is missing they become `dist/`, otherwise they are
 * deleted.
 *
 * The folder's name is Astro's own (`INCREMENTAL_OUTPUT_DIR` in
 * `astro/dist/core/build/incremental.js`). Should Astro move its copies
 * elsewhere, the link is simply unused and each page is written twice again;
 * `tests/site/incremental.test.ts` checks that a build makes no second copy.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where, under its cache folder, Astro keeps its copy of each page. */
export const PAGE_COPIES_DIR = 'dist';

/** What `linkPageCopies` found: the right link, another link, copies moved into place or deleted, nothing. */
export type LinkOutcome = 'linked' | 'relinked' | 'moved' | 'replaced' | 'created';

/**
 * Turns `<cacheDir>/dist` into a link to `outDir`, keeping the pages of an
 * earlier build that copied them there when `outDir` does not exist.
 *
 * @param cacheDir Astro's cache folder (absolute)
 * @param outDir the build's output folder (absolute)
 * @returns what was found where the link goes
 */
export function linkPageCopies(cacheDir: string, outDir: string): LinkOutcome {
  const link = path.join(cacheDir, PAGE_COPIES_DIR);
  // Relative, so that the project (and CI's restored cache) can move; Windows
  // junctions need an absolute target.
  const target = process.platform === 'win32' ? outDir : path.relative(cacheDir, outDir);
  let found: LinkOutcome = 'created';
  const stat = lstatOrNull(link);
  if (stat?.isSymbolicLink()) {
    if (readlinkSync(link) === target && existsSync(outDir)) return 'linked';
    unlinkSync(link);
    found = 'relinked';
  } else if (stat) {
    if (!existsSync(outDir) && stat.isDirectory()) {
      mkdirSync(path.dirname(outDir), { recursive: true });
      moveFolder(link, outDir);
      found = 'moved';
    } else {
      rmSync(link, { recursive: true, force: true });
      found = 'replaced';
    }
  }
  mkdirSync(outDir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  symlinkSync(target, link, process.platform === 'win32' ? 'junction' : 'dir');
  return found;
}

/** Renames a folder, or copies then deletes it when `to` is on another filesystem. */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

function lstatOrNull(file: string): ReturnType<typeof lstatSync> | null {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
}

/** Must come before `pruneOutput`, whose record of `dist/` at the start must include moved pages. */
export function sharePageCache(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  return {
    name: 'malaff:share-page-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.resolve(fileURLToPath(config.cacheDir));
        outDir = path.resolve(fileURLToPath(config.outDir));
      },
      'astro:build:start': ({ logger }) => {
        const found = linkPageCopies(cacheDir, outDir);
        if (found === 'moved') logger.info(`pages cached by an earlier build moved to ${outDir}`);
      },
    },
  };
}
