/**
 * Incremental builds: after a new seed, the next build re-renders only the
 * pages whose content changed and copies the rest from the last build
 * (`src/lib/page-keys.ts`). The check that matters to readers is that the
 * result is exactly what a build from scratch gives: a cache key that
 * misses an input would leave a stale page behind, and this test would see
 * it.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

describe('adding a seed to a built dossier', () => {
  const seeds = projectSeeds();
  // The seed added last names officials and countries the others name too (حموشي, المغرب).
  const added = Object.keys(seeds).find((name) => name.startsWith('003')) ?? Object.keys(seeds).at(-1) ?? '';
  const before = Object.fromEntries(Object.entries(seeds).filter(([name]) => name !== added));
  let incremental: BuildResult;
  let scratch: BuildResult;

  beforeAll(() => {
    assertBuilt(buildSite({ dir: path.join(OUTPUT, 'incremental'), seeds: before }));
    incremental = rebuildSite({ dir: path.join(OUTPUT, 'incremental'), seeds: { [added]: seeds[added] as Uint8Array } });
    assertBuilt(incremental);
    scratch = buildSite({ dir: path.join(OUTPUT, 'from-scratch'), seeds });
    assertBuilt(scratch);
  }, 600_000);

  it('reuses the pages the new article does not touch', () => {
    const log = incremental.stdout + incremental.stderr;
    expect(log).toMatch(/\((?:restored|cached)\)/u);
    expect(log).toContain(`/articles/${added.replace(/\.txt$/u, '').toLowerCase()}/`);
  });

  it('gives exactly the pages and exports a build from scratch gives', () => {
    const pages = (dist: string) => new Map([...files(dist)].filter(([file]) => !file.startsWith(`pagefind${path.sep}`)));
    const got = pages(incremental.dist);
    const want = pages(scratch.dist);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    const differing = [...want].filter(([file, bytes]) => !got.get(file)?.equals(bytes)).map(([file]) => file);
    expect(differing).toEqual([]);
  });

  it('indexes the same pages for search', () => {
    // Fragments are Pagefind's per-page records, named by their content. The
    // index files around them number pages in the order the files are found
    // on disk, so only the records are compared.
    const fragments = (dist: string) => [...files(dist).keys()].filter((file) => file.includes(`${path.sep}fragment${path.sep}`)).sort();
    expect(fragments(incremental.dist)).toEqual(fragments(scratch.dist));
    expect(fragments(scratch.dist).length).toBeGreaterThan(0);
  });
});
