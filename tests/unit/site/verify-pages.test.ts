/**
 * A build that lost a page fails and names it (`src/integrations/verify-pages.ts`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { missingPages } from '../../../src/integrations/verify-pages.ts';

describe('the pages a build should have written', () => {
  let out = '';
  const write = (page: string): string => {
    const file = path.join(out, page);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '<!DOCTYPE html>');
    return file;
  };

  beforeEach(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'malaff-verify-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  test('are all there: nothing is missing', () => {
    const outputs = [write('articles/a/index.html'), write('officials/hammouchi/index.html')];
    expect(missingPages(out, ['a'], outputs)).toEqual([]);
  });

  test("lack an article's page when its render failed", () => {
    write('articles/a/index.html');
    expect(missingPages(out, ['a', 'b'], [])).toEqual([path.join('articles', 'b', 'index.html')]);
  });

  test('lack any page a route made that is gone from dist/, an article named once', () => {
    const kept = write('articles/a/index.html');
    const gone = [path.join(out, 'officials/hammouchi/index.html'), path.join(out, 'articles/b/index.html')];
    expect(missingPages(out, ['a', 'b'], [kept, ...gone])).toEqual([path.join('articles', 'b', 'index.html'), path.join('officials', 'hammouchi', 'index.html')]);
  });
});
