/**
 * The `articles` collection loader: every generated MDX file becomes an entry
 * with its front matter and rendered body, and a sync renders again only the
 * articles whose file, or whose linked entities, changed.
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
  digest?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

function entity(id: string, type: string, name: string) {
  return { id, type, name, nameEn: null, aliases: [], country: null, titles: [], wikidata: null, reviewed: true, articles: [], mentions: 1 };
}

const article = (title: string, body: string) => `---\n${JSON.stringify({ title })}\n---\n\n${body}\n`;

describe('articleLoader', () => {
  let dir: string;
  let entries: Map<string, Entry>;
  let sets: string[];
  let logs: string[];

  const write = (file: string, text: string) => writeFileSync(path.join(dir, file), text);
  const writeEntities = (...list: ReturnType<typeof entity>[]) => write('entities.json', JSON.stringify(list));

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
    await articleLoader({ base: path.join(dir, 'articles'), entities: path.join(dir, 'entities.json') }).load(context);
  }

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'malaff-loader-'));
    entries = new Map();
    logs = [];
    mkdirSync(path.join(dir, 'articles'));
    writeEntities(entity('MA', 'country', 'المغرب'), entity('PK', 'country', 'باكستان'));
    write('articles/a.mdx', article('أ', 'زيارة إلى <Entity id="MA" type="country">المغرب</Entity>.'));
    write('articles/b.mdx', article('ب', 'وفد من <Entity id="PK" type="country">باكستان</Entity>.'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads each article with its front matter and its body rendered', async () => {
    await sync();
    expect([...entries.keys()].sort()).toEqual(['a', 'b']);
    expect(entries.get('a')?.data).toEqual({ title: 'أ' });
    expect(entries.get('a')?.rendered?.html).toContain('href="/countries/ma/"');
  });

  it('renders nothing again when nothing changed', async () => {
    await sync();
    await sync();
    expect(sets).toEqual([]);
  });

  it('renders a new or edited article, and only that one', async () => {
    await sync();
    write('articles/c.mdx', article('ج', 'نص.'));
    write('articles/b.mdx', article('ب', 'وفد من <Entity id="PK" type="country">باكستان</Entity> وصل.'));
    await sync();
    expect(sets.sort()).toEqual(['b', 'c']);
    expect(entries.get('b')?.rendered?.html).toContain('وصل');
  });

  it('renders again the articles that link to a renamed entity, and only those', async () => {
    await sync();
    writeEntities(entity('MA', 'country', 'المملكة المغربية'), entity('PK', 'country', 'باكستان'));
    await sync();
    expect(sets).toEqual(['a']);
    expect(entries.get('a')?.rendered?.html).toContain('title="المملكة المغربية"');
  });

  it('drops the entry of a deleted article', async () => {
    await sync();
    rmSync(path.join(dir, 'articles/b.mdx'));
    await sync();
    expect([...entries.keys()]).toEqual(['a']);
  });

  it('stops on an article it cannot render, naming the file', async () => {
    write('articles/bad.mdx', article('سيئ', 'نص {process.exit(7)}'));
    await expect(sync()).rejects.toThrow(/articles\/bad\.mdx:5: a \{…\} expression is not allowed/u);
  });

  it('stops on a file without front matter, naming the file', async () => {
    write('articles/bare.mdx', 'نص بلا ترويسة');
    await expect(sync()).rejects.toThrow(/articles\/bare\.mdx: no front matter/u);
  });
});
