/**
 * Incremental builds: after a new seed, the next build re-renders only the
 * pages whose content changed and leaves the rest in place
 * (`src/lib/page-keys.ts`). The check that matters to readers is that the
 * result is exactly what a build from scratch gives: a cache key that
 * misses an input would leave a stale page behind, and this test would see
 * it. Then the seed is taken out again: `dist/` is kept between builds, and
 * every page only that seed made (its article, entities no other article
 * names, a longer list's last page) must leave the site with it. Last, a
 * page of `content/docs/` renamed under the same name must not leave
 * Astro's cache pointing at a file that is gone (`src/render/docs-loader.ts`).
 */
import { readdirSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, rebuildSite, PROJECT_ROOT, type BuildResult } from '../helpers/site.ts';
import { projectSeeds } from '../setup/sites.ts';

const OUTPUT = path.join(PROJECT_ROOT, 'tests/.output');

/** Every file of a built site (the search index included), as relative path → bytes. */
function files(dist: string): Map<string, Buffer> {
  const list = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(list.map((entry) => [path.relative(dist, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name))]));
}

function assertBuilt(result: BuildResult): void {
  if (result.status !== 0) throw new Error(`build failed (exit ${result.status}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
}

/** A site's pages and exports: every file but the search index, whose files are compared apart. */
function pages(site: Map<string, Buffer>): Map<string, Buffer> {
  return new Map([...site].filter(([file]) => !file.startsWith(`pagefind${path.sep}`)));
}

/**
 * Pagefind's per-page records, named by their content. The index files
 * around them number pages in the order the files are found on disk, so
 * only the records are compared.
 */
function fragments(site: Map<string, Buffer>): string[] {
  return [...site.keys()].filter((file) => file.includes(`${path.sep}fragment${path.sep}`)).sort();
}

/** The files of `want` that `got` lacks, has in excess, or holds with other bytes. */
function differences(got: Map<string, Buffer>, want: Map<string, Buffer>): string[] {
  const keys = new Set([...got.keys(), ...want.keys()]);
  return [...keys].filter((file) => !got.get(file)?.equals(want.get(file) ?? Buffer.alloc(0)) || !want.has(file)).sort();
}

describe('adding a seed to a built dossier, then deleting it', () => {
  const seeds = projectSeeds();
  // The seed added last names officials and countries the others name too (حموشي, المغرب).
  const added = Object.keys(seeds).find((name) => name.startsWith('003')) ?? Object.keys(seeds).at(-1) ?? '';
  const slug = added.replace(/\.txt$/u, '').toLowerCase();
  const before = Object.fromEntries(Object.entries(seeds).filter(([name]) => name !== added));
  /** The build that followed the new seed, its log and its files. */
  let incremental: BuildResult;
  let afterAdding: Map<string, Buffer>;
  /** Every seed, built from scratch. */
  let scratch: Map<string, Buffer>;
  /** The first build, of every seed but the one added. */
  let original: Map<string, Buffer>;
  /** The site once the added seed is deleted again. */
  let afterDeleting: Map<string, Buffer>;

  beforeAll(() => {
    const dir = path.join(OUTPUT, 'incremental');
    const first = buildSite({ dir, seeds: before });
    assertBuilt(first);
    original = files(first.dist);
    incremental = rebuildSite({ dir, seeds: { [added]: seeds[added] as Uint8Array } });
    assertBuilt(incremental);
    afterAdding = files(incremental.dist);
    rmSync(path.join(dir, 'seeds', added));
    const again = rebuildSite({ dir, seeds: {} });
    assertBuilt(again);
    afterDeleting = files(again.dist);
    const fromScratch = buildSite({ dir: path.join(OUTPUT, 'from-scratch'), seeds });
    assertBuilt(fromScratch);
    scratch = files(fromScratch.dist);
  }, 900_000);

  it('writes each page once: Astro’s incremental cache keeps no second copy of the site', () => {
    const site = path.join(OUTPUT, 'incremental');
    const dist = realpathSync(path.join(site, 'dist'));
    const cached = readdirSync(path.join(site, '.cache'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => realpathSync(path.join(entry.parentPath, entry.name)));
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.filter((file) => !file.startsWith(dist + path.sep))).toEqual([]);
  });

  it('reuses the pages the new article does not touch', () => {
    const log = incremental.stdout + incremental.stderr;
    expect(log).toMatch(/\((?:restored|cached)\)/u);
    expect(log).toContain(`/articles/${slug}/`);
  });

  it('gives exactly the pages and exports a build from scratch gives', () => {
    expect(differences(pages(afterAdding), pages(scratch))).toEqual([]);
  });

  it('indexes the same pages for search', () => {
    expect(fragments(afterAdding)).toEqual(fragments(scratch));
    expect(fragments(scratch).length).toBeGreaterThan(0);
  });

  it('takes every page only the deleted seed made out of the site, and gives back the first build', () => {
    expect([...afterDeleting.keys()].filter((file) => file.includes(slug))).toEqual([]);
    expect(differences(pages(afterDeleting), pages(original))).toEqual([]);
    expect(fragments(afterDeleting)).toEqual(fragments(original));
  });
});

describe('renaming a page of content/docs between builds', () => {
  let renamed: BuildResult;

  beforeAll(() => {
    const dir = path.join(OUTPUT, 'docs-rename');
    const [name, seed] = Object.entries(projectSeeds())[0] ?? [];
    if (!name || !seed) throw new Error('the project has no seeds');
    const page = '---\ntitle: دليل المحرر\n---\n\n## إضافة مقال\n\nيوضع النص في مجلد البذور.\n';
    assertBuilt(buildSite({ dir, seeds: { [name]: seed }, files: { 'content/docs/guide.mdx': page } }));
    // Same page, same text, another file: MDX to Markdown, as an editor tidying up would.
    renameSync(path.join(dir, 'content/docs/guide.mdx'), path.join(dir, 'content/docs/guide.md'));
    renamed = rebuildSite({ dir, seeds: {} });
  }, 900_000);

  it('builds again from the cache, with the page read from its new file', () => {
    expect(renamed.stderr + renamed.stdout).not.toContain('guide.mdx');
    assertBuilt(renamed);
    const guide = readFileSync(path.join(renamed.dist, 'guide/index.html'), 'utf8');
    expect(guide).toContain('دليل المحرر');
    expect(guide).toContain('يوضع النص في مجلد البذور.');
  });
});
