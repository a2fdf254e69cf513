/**
 * Throw-away copies of the project to build in, and the baseline project.
 *
 * The bench never builds in the working tree: it copies what a build reads
 * (package.json, tsconfig.json, astro.config.mjs, src, public,
 * content/entities, content/docs) into a folder under `os.tmpdir()` and puts
 * the synthetic seeds in that copy's `seeds/`.
 *
 * `node_modules` is neither symlinked as one folder nor as a folder of
 * symlinks, but hard-linked file by file (`cp -al`: instant, no extra disk,
 * same filesystem as os.tmpdir() here), for two reasons found the hard way:
 *
 * - Astro 7.3.5 cannot build a project whose packages resolve outside its
 *   root when root and packages share no folder but `/`: Vite resolves a
 *   symlink to its real path (`/work/main/node_modules/@astrojs/starlight/…`),
 *   Astro's `normalizeFilename` takes that for a root-relative id and looks
 *   for `<root>/work/main/node_modules/…`, and the build fails with "No
 *   cached compile metadata found for …Page.astro?astro&type=style".
 * - Astro and Vite keep build state under `node_modules/` (`.vite/`, and
 *   `.astro/`, Astro's default `cacheDir`: the baselines use it; the project
 *   moves it to `.cache/astro/`). Through a symlink, every bench build would
 *   read and overwrite the working tree's state, "cold" builds would start
 *   warm, and site and baselines would share one store.
 *
 * The copy leaves out the caches in `node_modules/` (`.astro`, `.vite`,
 * `.cache`) and the project's own `.cache/` (Astro's and the pipeline's), so
 * each copy starts cold and keeps its own state. Nothing in a build writes into package
 * files in place (caches are new files in those folders), so the hard links
 * never change the working tree's packages. Without `cp`, or across
 * filesystems, it falls back to a plain recursive copy (~300 MB).
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** What a build of the project reads, relative to the project root. */
export const PROJECT_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'astro.config.mjs',
  'src',
  'public',
  'content/entities',
  'content/docs',
];

/**
 * Copies the project's build inputs into `target` and mirrors its node_modules.
 *
 * @param root the project root (`/work/main`)
 * @param target an empty folder
 */
export async function copyProject(root: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const entry of PROJECT_FILES) {
    const from = path.join(root, entry);
    if (!existsSync(from)) continue;
    await cp(from, path.join(target, entry), { recursive: true });
  }
  await mkdir(path.join(target, 'content/entities'), { recursive: true });
  await mirrorNodeModules(path.join(root, 'node_modules'), path.join(target, 'node_modules'));
}

/** Astro's and Vite's build caches inside `node_modules/`, which a copy must not share. */
const NODE_MODULES_CACHES = ['.astro', '.vite', '.cache'];

/**
 * A `node_modules` whose files are hard links to `source`'s, without Astro's
 * and Vite's caches, so that each copy keeps its own build state.
 */
export async function mirrorNodeModules(source: string, target: string): Promise<void> {
  const linked = await new Promise<boolean>((resolve) => {
    execFile('cp', ['-al', realpathSync(source), target], (error) => resolve(!error));
  });
  if (!linked) {
    await rm(target, { recursive: true, force: true });
    await cp(source, target, { recursive: true, verbatimSymlinks: true });
  }
  for (const cache of NODE_MODULES_CACHES) await rm(path.join(target, cache), { recursive: true, force: true });
}

/**
 * Moves `target` (if it exists) into the folder `trash`, to be deleted once
 * the bench has measured everything (`emptyTrash`), instead of deleting it
 * right before the next build.
 *
 * A cold build on a fresh clone or a fresh CI runner creates its files on a
 * filesystem that has not just lost ten thousand of them; the bench's
 * rounds should measure that, not the aftermath of their own clean-up. On
 * ext4 without a journal (this machine's root filesystem), the inode
 * allocator skips every inode deleted in the last minute or so and looks up
 * each one it skips (`recently_deleted` in the kernel's
 * `find_inode_bit`), so every file and folder a build creates right after a
 * mass deletion costs a scan over everything just deleted. Measured with
 * `perf record` on the site's cold `astro build` at 1,000 articles: 19 % of
 * its CPU samples were in that scan when the previous round's output had
 * just been deleted, 0.2 % when it had been moved aside. The site creates
 * about 9,000 files and folders per cold build, the bare baseline about
 * 2,000, so the deletion weighed on their ratio as well as on both.
 *
 * @param trash a folder on the same filesystem (inside the bench's temp folder)
 */
export async function discard(target: string, trash: string): Promise<void> {
  if (!existsSync(target)) return;
  await mkdir(trash, { recursive: true });
  await rename(target, path.join(trash, `${path.basename(target)}-${randomUUID()}`));
}

/** Deletes what `discard` moved into `trash`, once nothing is measured any more. */
export async function emptyTrash(trash: string): Promise<void> {
  await rm(trash, { recursive: true, force: true });
}

/**
 * Puts a built copy back in the state `copyProject` left it in, seeds
 * kept: no site, no generated content, no cache of the pipeline, Astro or
 * Vite. The next build of the copy is cold again (`--repeat`). What the
 * last build made is moved into `trash` (`discard` says why).
 */
export async function resetBuild(siteDir: string, trash: string): Promise<void> {
  const built = ['dist', '.cache', '.astro', 'content/articles', 'content/generated', ...NODE_MODULES_CACHES.map((cache) => `node_modules/${cache}`)];
  for (const entry of built) await discard(path.join(siteDir, entry), trash);
}

/**
 * Sets up a baseline project in `target`: the template files
 * (`bench/baseline/` or `bench/baseline-starlight/`), a package.json with
 * the project's dependencies, mirrored node_modules, and a copy of the MDX
 * the pipeline emitted.
 *
 * @param templateDir `bench/baseline` or `bench/baseline-starlight`
 * @param nodeModules the project's node_modules
 * @param articlesDir the pipeline's `content/articles` to copy
 */
export async function createBaseline(templateDir: string, nodeModules: string, articlesDir: string, target: string): Promise<void> {
  await cp(templateDir, target, { recursive: true });
  // The project's dependencies, so that Vite treats packages that ship .astro
  // components (Starlight) as it does in the project: bundled, not external.
  const project = JSON.parse(await readFile(path.join(nodeModules, '..', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  await writeFile(
    path.join(target, 'package.json'),
    `${JSON.stringify({ name: 'malaff-bench-baseline', private: true, type: 'module', dependencies: project.dependencies ?? {} }, null, 2)}\n`,
  );
  await mirrorNodeModules(nodeModules, path.join(target, 'node_modules'));
  if (path.basename(templateDir) === 'baseline-md') {
    await writeMarkdownArticles(articlesDir, path.join(target, 'content/articles'));
  } else {
    await cp(articlesDir, path.join(target, 'content/articles'), { recursive: true });
  }
}

/**
 * The emitted MDX as Markdown: each `<Entity id type>text</Entity>` becomes
 * the link it renders to, the file becomes `.md`. The rest of the file is
 * already valid Markdown (the emitter escapes with backslashes and character
 * references, which Markdown reads the same way).
 */
export async function writeMarkdownArticles(mdxDir: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const file of (await readdir(mdxDir)).filter((name) => name.endsWith('.mdx'))) {
    const mdx = await readFile(path.join(mdxDir, file), 'utf8');
    const md = mdx.replace(/<Entity id="([^"]*)" type="([^"]*)">([\s\S]*?)<\/Entity>/gu, '<a href="/$2/$1/" class="entity">$3</a>');
    await writeFile(path.join(target, file.replace(/\.mdx$/u, '.md')), md);
  }
}

/**
 * Turns `experimental.incrementalBuild` off in a COPY of the project, so the
 * bench can price what the flag buys: the copy builds every page every time.
 * The routes keep their `cacheKey`s, which Astro ignores without the flag.
 *
 * The edit is textual (`incrementalBuild: true` → `false`) rather than a
 * rewrite of the config, so the copy differs from the project in that one
 * value and nothing else.
 *
 * @returns whether the config had `incrementalBuild: true` to turn off; false
 *   means the config changed shape and the copy was left as it was
 */
export async function disableIncrementalBuild(siteDir: string): Promise<boolean> {
  const configFile = path.join(siteDir, 'astro.config.mjs');
  const config = await readFile(configFile, 'utf8');
  const pattern = /(incrementalBuild\s*:\s*)true\b/u;
  if (!pattern.test(config)) return false;
  await writeFile(configFile, config.replace(pattern, '$1false'));
  return true;
}
