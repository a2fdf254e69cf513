/**
 * The `articles` collection loader: every generated MDX file becomes an entry
 * with its front matter as data and the file's path (the text and the
 * annotations stay in their files), and a sync touches only the articles
 * whose MDX or annotations changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { articleLoader } from '../../../src/render/article-loader.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

interface Entry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
}

const article = (title: string, body: string) => `---\n${JSON.stringify({ title })}\n---\n\n${body}\n`;
const annotations = (...ids: string[]) => JSON.stringify({ entities: ids.map((id) => ({ id })), sentences: [], mentions: [], dates: [] });

describe('articleLoader', () => {
  let dir: string;
  let entries: Map<string, Entry>;
  let sets: string[];
  let logs: string[];

  const write = (file: string, text: string) => writeFileSync(path.join(dir, file), text);

  /** One content sync, against a store that persists between calls as Astro's does. */
  async function sync(): Promise<void> {
    sets = [];
    const store = {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => {
        sets.push(entry.id);
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    };
    const context = {
      collection: 'articles',
      store,
      config: { root: pathToFileURL(`${ROOT}/`), base: '/' },
      logger: { info: (message: string) => logs.push(message), error: (message: string) => logs.push(message) },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
    } as unknown as LoaderContext;
    await articleLoader({ base: path.join(dir, 'articles'), annotations: path.join(dir, 'annotations') }).load(context);
  }

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'malaff-loader-'));
    entries = new Map();
    logs = [];
    mkdirSync(path.join(dir, 'articles'));
    mkdirSync(path.join(dir, 'annotations'));
    write('articles/a.mdx', article('أ', 'زيارة إلى <Entity id="MA" type="country">المغرب</Entity>.'));
    write('annotations/a.json', annotations('MA'));
    write('articles/b.mdx', article('ب', 'وفد من <Entity id="PK" type="country">باكستان</Entity>.'));
    write('annotations/b.json', annotations('PK'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads each article with its front matter as data and the path of its file, leaving the text out of the store', async () => {
    await sync();
    expect([...entries.keys()].sort()).toEqual(['a', 'b']);
    expect(entries.get('a')?.data).toEqual({ title: 'أ' });
    expect(entries.get('a')?.filePath).toMatch(/articles\/a\.mdx$/u);
    expect(entries.get('a')?.body).toBeUndefined();
    expect(JSON.stringify([...entries.values()])).not.toContain('المغرب');
  });

  it('reads front matter written as YAML by hand', async () => {
    write('articles/c.mdx', '---\ntitle: عنوان\n---\n\nنص.\n');
    write('annotations/c.json', annotations());
    await sync();
    expect(entries.get('c')?.data).toEqual({ title: 'عنوان' });
  });

  it('touches nothing when nothing changed', async () => {
    await sync();
    await sync();
    expect(sets).toEqual([]);
  });

  it('loads a new or edited article, and only that one', async () => {
    await sync();
    write('articles/c.mdx', article('ج', 'نص.'));
    write('articles/b.mdx', article('ب', 'وفد من <Entity id="PK" type="country">باكستان</Entity> وصل.'));
    write('annotations/c.json', annotations());
    await sync();
    expect(sets.sort()).toEqual(['b', 'c']);
  });

  it('loads an article again when only its annotations changed', async () => {
    await sync();
    write('annotations/a.json', annotations('MA', 'PK'));
    await sync();
    expect(sets).toEqual(['a']);
  });

  it('stops on an article without its annotations file, naming both files', async () => {
    write('articles/c.mdx', article('ج', 'نص.'));
    await expect(sync()).rejects.toThrow(/annotations\/c\.json: the file is missing \(it goes with .*articles\/c\.mdx\); run `npm run annotate`/u);
  });

  it('drops the entry of a deleted article', async () => {
    await sync();
    rmSync(path.join(dir, 'articles/b.mdx'));
    await sync();
    expect([...entries.keys()]).toEqual(['a']);
  });

  it('stops on a file without front matter, naming the file', async () => {
    write('articles/bare.mdx', 'نص بلا ترويسة');
    write('annotations/bare.json', annotations());
    await expect(sync()).rejects.toThrow(/articles\/bare\.mdx: no front matter/u);
  });

  it('stops on front matter that is not a mapping, naming the file', async () => {
    write('articles/list.mdx', '---\n- أ\n- ب\n---\n\nنص.\n');
    write('annotations/list.json', annotations());
    await expect(sync()).rejects.toThrow(/articles\/list\.mdx: front matter is not a mapping/u);
  });
});
