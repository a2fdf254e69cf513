/**
 * Builds the sites the site and browser tests read, once per test run.
 *
 * - `seeds`: the project's own seeds, at the domain root: what readers get.
 * - `fixtures`: every golden-fixture input (encodings, hostile text, month
 *   families…) and a stream of synthetic articles that takes the dossier
 *   past one page of every list, served under a base path (`/malaff/`) as
 *   a GitHub project page is, so that links, assets and search are checked
 *   under a base.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, PROJECT_ROOT } from '../helpers/site.ts';
import { composeArticle, defaultPoolSize } from '../../bench/generate.ts';
import { ARTICLES_PER_INDEX_PAGE } from '../../src/lib/limits.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seedsSite: { dist: string; base: string };
    fixturesSite: { dist: string; base: string };
  }
}

const OUTPUT = path.join(PROJECT_ROOT, 'tests/.output');

/** The project's seeds, by file name. */
export function projectSeeds(): Record<string, Uint8Array> {
  const dir = path.join(PROJECT_ROOT, 'seeds');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, readFileSync(path.join(dir, name))]),
  );
}

/**
 * Synthetic articles of the bench's generator (`bench/generate.ts`): full
 * length, dated across years, naming officials none of the fixtures name.
 * As many as two pages of the article index hold take the fixtures site,
 * with its other seeds, past the one and a half pages the index's front
 * can hold (`src/lib/paginate.ts`), so that the pager and an older page
 * are built, checked and crawled.
 */
export function streamSeeds(count = 2 * ARTICLES_PER_INDEX_PAGE): Record<string, Uint8Array> {
  const pool = defaultPoolSize(count);
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => {
      const { name, text } = composeArticle(7, index, [], pool, count);
      return [name, Buffer.from(text, 'utf8')];
    }),
  );
}

/**
 * Every golden fixture's input, named after its case (`<case>.txt`), the
 * seeds of `tests/fixtures/site-seeds/` under their own names (file names
 * with Arabic letters and spaces, as editors save them), and the
 * {@link streamSeeds}.
 */
export function fixtureSeeds(): Record<string, Uint8Array> {
  const dir = path.join(PROJECT_ROOT, 'tests/fixtures');
  const seeds: Record<string, Uint8Array> = { ...streamSeeds() };
  for (const name of readdirSync(path.join(dir, 'site-seeds'))) {
    seeds[name] = readFileSync(path.join(dir, 'site-seeds', name));
  }
  for (const name of readdirSync(dir)) {
    for (const input of ['input.txt', 'input.bin']) {
      const file = path.join(dir, name, input);
      if (existsSync(file)) seeds[`${name}.txt`] = readFileSync(file);
    }
  }
  return seeds;
}

function build(name: string, seeds: Record<string, Uint8Array>, base: string): { dist: string; base: string } {
  const started = Date.now();
  const result = buildSite({ dir: path.join(OUTPUT, name), seeds, base });
  if (result.status !== 0) {
    throw new Error(`building the ${name} site failed (exit ${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  }
  console.log(`built the ${name} site in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return { dist: result.dist, base };
}

export default function setup(project: TestProject): void {
  project.provide('seedsSite', build('seeds', projectSeeds(), '/'));
  project.provide('fixturesSite', build('fixtures', fixtureSeeds(), '/malaff/'));
}
