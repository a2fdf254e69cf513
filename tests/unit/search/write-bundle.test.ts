/**
 * The search index's folder is changed file by file (`src/search/write-bundle.ts`):
 * what the new index shares with the last one stays on disk untouched.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ENTRY_FILE, writeBundle, type BundleFile } from '../../../src/search/write-bundle.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Every file under `dir`, relative path → text. */
function folder(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file).split(path.sep).join('/'), readFileSync(file, 'utf8')];
      }),
  );
}

const firstIndex: BundleFile[] = [
  { path: ENTRY_FILE, content: bytes('{"meta":"ar_1111"}') },
  { path: 'pagefind.js', content: bytes('client') },
  { path: 'pagefind.ar_1111.pf_meta', content: bytes('meta 1') },
  { path: 'fragment/ar_aaaa.pf_fragment', content: bytes('article a') },
  { path: 'fragment/ar_bbbb.pf_fragment', content: bytes('article b') },
  { path: 'index/ar_cccc.pf_index', content: bytes('words 1') },
];

describe('writing the search index over the last one', () => {
  let dist = '';
  let bundle = '';
  beforeEach(() => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'malaff-bundle-'));
    bundle = path.join(dist, 'pagefind');
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  test('writes every file into a folder that does not exist yet', () => {
    expect(writeBundle(bundle, firstIndex)).toEqual({ written: 6, kept: 0, removed: 0 });
    expect(folder(bundle)['fragment/ar_aaaa.pf_fragment']).toBe('article a');
    expect(Object.keys(folder(bundle))).toHaveLength(6);
  });

  test("leaves the files the new index shares with the last one untouched, and takes away the last one's others", () => {
    writeBundle(bundle, firstIndex);
    const unchanged = path.join(bundle, 'fragment/ar_aaaa.pf_fragment');
    utimesSync(unchanged, 1_700_000_000, 1_700_000_000);
    const next: BundleFile[] = [
      { path: ENTRY_FILE, content: bytes('{"meta":"ar_2222"}') },
      { path: 'pagefind.js', content: bytes('client') },
      { path: 'pagefind.ar_2222.pf_meta', content: bytes('meta 2') },
      { path: 'fragment/ar_aaaa.pf_fragment', content: bytes('article a') },
      { path: 'fragment/ar_dddd.pf_fragment', content: bytes('article d') },
      { path: 'index/ar_eeee.pf_index', content: bytes('words 2') },
    ];
    expect(writeBundle(bundle, next)).toEqual({ written: 4, kept: 2, removed: 3 });
    expect(statSync(unchanged).mtimeMs).toBe(1_700_000_000_000);
    expect(folder(bundle)).toEqual(Object.fromEntries(next.map((file) => [file.path, new TextDecoder().decode(file.content)])));
  });

  test('removes the folders the last index used and this one does not', () => {
    writeBundle(bundle, firstIndex);
    writeBundle(bundle, firstIndex.filter((file) => !file.path.startsWith('index/')));
    expect(existsSync(path.join(bundle, 'index'))).toBe(false);
    expect(existsSync(path.join(bundle, 'fragment'))).toBe(true);
  });

  test('rewrites a file of the right name whose bytes are not the new ones, as one cut short by an interrupted run', () => {
    writeBundle(bundle, firstIndex);
    writeFileSync(path.join(bundle, 'fragment/ar_bbbb.pf_fragment'), 'artic');
    writeFileSync(path.join(bundle, 'pagefind.js'), 'CLIENT');
    expect(writeBundle(bundle, firstIndex)).toEqual({ written: 2, kept: 4, removed: 0 });
    expect(folder(bundle)['fragment/ar_bbbb.pf_fragment']).toBe('article b');
    expect(folder(bundle)['pagefind.js']).toBe('client');
  });

  test('writes the entry file, which names the rest, after every other file', () => {
    // The entry is first in Pagefind's list; a file that cannot be written stops the run before the entry is replaced.
    writeBundle(bundle, firstIndex);
    mkdirSync(path.join(bundle, 'blocked.pf_meta'));
    const next = [{ path: ENTRY_FILE, content: bytes('{"meta":"blocked"}') }, { path: 'blocked.pf_meta', content: bytes('meta') }];
    expect(() => writeBundle(bundle, next)).toThrow();
    expect(folder(bundle)[ENTRY_FILE]).toBe('{"meta":"ar_1111"}');
  });

  test('refuses a path that leaves the folder', () => {
    expect(() => writeBundle(bundle, [{ path: '../index.html', content: bytes('x') }])).toThrow(/outside/u);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(false);
  });
});
