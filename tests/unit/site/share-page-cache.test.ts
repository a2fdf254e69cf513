/**
 * Astro's incremental cache keeps its copy of each page in `dist/` itself
 * (`src/integrations/share-page-cache.ts`): a build writes each page once,
 * and pages an earlier build cached are never lost on the way.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { linkPageCopies, PAGE_COPIES_DIR } from '../../../src/integrations/share-page-cache.ts';

describe('sharing the pages of dist/ with Astro’s page cache', () => {
  let root = '';
  let cacheDir = '';
  let outDir = '';
  const copies = (): string => path.join(cacheDir, PAGE_COPIES_DIR);
  const page = (dir: string): string => path.join(dir, 'articles/a/index.html');
  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'malaff-page-cache-'));
    cacheDir = path.join(root, '.cache/astro');
    outDir = path.join(root, 'dist');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('on a first build, a page Astro caches is the page in dist/', () => {
    expect(linkPageCopies(cacheDir, outDir)).toBe('created');
    write(page(copies()), 'صفحة');
    expect(readFileSync(page(outDir), 'utf8')).toBe('صفحة');
    expect(realpathSync(copies())).toBe(realpathSync(outDir));
  });

  test('links with a relative path, so the project folder can move', () => {
    linkPageCopies(cacheDir, outDir);
    if (process.platform !== 'win32') expect(path.isAbsolute(readlinkSync(copies()))).toBe(false);
  });

  test('leaves a link that is already right as it is', () => {
    linkPageCopies(cacheDir, outDir);
    write(page(outDir), 'صفحة');
    expect(linkPageCopies(cacheDir, outDir)).toBe('linked');
    expect(readFileSync(page(outDir), 'utf8')).toBe('صفحة');
  });

  test('turns the copies of an earlier build into dist/ when dist/ is missing, so no page is rendered again for want of it', () => {
    write(page(copies()), 'نسخة سابقة');
    expect(linkPageCopies(cacheDir, outDir)).toBe('moved');
    expect(readFileSync(page(outDir), 'utf8')).toBe('نسخة سابقة');
    expect(lstatSync(copies()).isSymbolicLink()).toBe(true);
  });

  test('deletes the copies of an earlier build when dist/ already has the pages', () => {
    write(page(copies()), 'نسخة سابقة');
    write(page(outDir), 'الصفحة');
    expect(linkPageCopies(cacheDir, outDir)).toBe('replaced');
    expect(readFileSync(page(outDir), 'utf8')).toBe('الصفحة');
    expect(lstatSync(copies()).isSymbolicLink()).toBe(true);
  });

  test('points a link copied from another folder back at this project’s dist/', () => {
    const elsewhere = path.join(root, 'other-dist');
    mkdirSync(elsewhere);
    mkdirSync(cacheDir, { recursive: true });
    symlinkSync(elsewhere, copies(), 'dir');
    expect(linkPageCopies(cacheDir, outDir)).toBe('relinked');
    expect(realpathSync(copies())).toBe(realpathSync(outDir));
  });

  test('makes dist/ again when it was deleted, so the link never points nowhere', () => {
    linkPageCopies(cacheDir, outDir);
    rmSync(outDir, { recursive: true });
    expect(linkPageCopies(cacheDir, outDir)).toBe('relinked');
    expect(existsSync(outDir)).toBe(true);
  });
});
