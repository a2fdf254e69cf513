/**
 * `dist/` is kept between builds; what a build did not make must not stay
 * published (`src/integrations/prune-output.ts`).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { snapshot, staleFiles } from '../../../src/integrations/prune-output.ts';
import { removeEmptiedFolders } from '../../../src/lib/empty-folders.ts';

describe('what a build left over', () => {
  const before = new Map([
    ['dist/articles/kept/index.html', 1000],
    ['dist/articles/rendered/index.html', 1000],
    ['dist/articles/deleted-seed/index.html', 1000],
    ['dist/_astro/page.OLDHASH.js', 1000],
  ]);
  const after = new Map([
    ['dist/articles/kept/index.html', 1000],
    ['dist/articles/rendered/index.html', 2000],
    ['dist/articles/deleted-seed/index.html', 1000],
    ['dist/_astro/page.OLDHASH.js', 1000],
    ['dist/_astro/page.NEWHASH.js', 2000],
  ]);
  const outputs = new Set(['dist/articles/kept/index.html', 'dist/articles/rendered/index.html']);

  test("is every earlier file the build neither wrote nor counts among its pages: a deleted seed's page, an old script", () => {
    expect(staleFiles(before, after, outputs).sort()).toEqual(['dist/_astro/page.OLDHASH.js', 'dist/articles/deleted-seed/index.html']);
  });

  test('never includes an unchanged page the build left in place, a file it rewrote, or a file it added', () => {
    const stale = staleFiles(before, after, outputs);
    expect(stale).not.toContain('dist/articles/kept/index.html');
    expect(stale).not.toContain('dist/articles/rendered/index.html');
    expect(stale).not.toContain('dist/_astro/page.NEWHASH.js');
  });

  test('is nothing on a first build', () => {
    expect(staleFiles(new Map(), after, outputs)).toEqual([]);
  });
});

describe('the output folder on disk', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('is listed file by file with modification times, and is empty when missing', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'malaff-prune-'));
    mkdirSync(path.join(dir, 'articles/a'), { recursive: true });
    writeFileSync(path.join(dir, 'articles/a/index.html'), '<p>a</p>');
    utimesSync(path.join(dir, 'articles/a/index.html'), 1_700_000_000, 1_700_000_000);
    expect(snapshot(dir)).toEqual(new Map([[path.join(dir, 'articles/a/index.html'), 1_700_000_000_000]]));
    expect(snapshot(path.join(dir, 'missing')).size).toBe(0);
  });

  test('never lists the search index, which the step after the build updates file by file', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'malaff-prune-'));
    mkdirSync(path.join(dir, 'pagefind/fragment'), { recursive: true });
    writeFileSync(path.join(dir, 'pagefind/fragment/ar_0a1b2c3.pf_fragment'), 'record');
    writeFileSync(path.join(dir, 'index.html'), '<p>home</p>');
    expect([...snapshot(dir).keys()]).toEqual([path.join(dir, 'index.html')]);
  });

  test("never lists or empties a deploy branch's .git checked out in the output folder", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'malaff-prune-'));
    mkdirSync(path.join(dir, '.git/refs/tags'), { recursive: true });
    writeFileSync(path.join(dir, '.git/HEAD'), 'ref: refs/heads/gh-pages\n');
    writeFileSync(path.join(dir, 'index.html'), '<p>home</p>');
    expect([...snapshot(dir).keys()]).toEqual([path.join(dir, 'index.html')]);
    rmSync(path.join(dir, 'index.html'));
    removeEmptiedFolders(dir, [path.join(dir, 'index.html')]);
    expect(existsSync(path.join(dir, '.git/refs/tags'))).toBe(true);
  });

  test('loses the folders a removed page leaves empty, and keeps the rest', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'malaff-prune-'));
    const gone = path.join(dir, 'articles/gone/deeper/index.html');
    mkdirSync(path.dirname(gone), { recursive: true });
    mkdirSync(path.join(dir, 'articles/here'), { recursive: true });
    writeFileSync(path.join(dir, 'articles/here/index.html'), '<p>here</p>');
    removeEmptiedFolders(dir, [gone]);
    expect(existsSync(path.join(dir, 'articles/gone'))).toBe(false);
    expect(existsSync(path.join(dir, 'articles/here/index.html'))).toBe(true);
    expect(existsSync(dir)).toBe(true);
  });
});
