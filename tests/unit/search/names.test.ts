/**
 * The names table: which pages a query names, how the table is split into
 * small files, and how the named pages are moved to the front of the results.
 */
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NAME_SHARDS, NAMED_PAGES_LIMIT, nameForms, namedFirst, namesTable, queryForm, shardOf, type NamedEntity } from '../../../src/search/names.ts';
import { pageIdsByPath } from '../../../src/search/names-bundle.ts';

const hammouchi: NamedEntity = {
  id: 'abdellatif-hammouchi',
  type: 'person',
  name: 'عبد اللطيف حموشي',
  name_en: 'Abdellatif Hammouchi',
  aliases: ['عبد اللطيف الحموشي'],
  articles: ['000', '003'],
};
const morocco: NamedEntity = { id: 'MA', type: 'country', name: 'المغرب', name_en: 'Morocco', aliases: ['المملكة المغربية'], articles: ['000'] };

/** The pages a query names in a table made of `entities`, every page indexed under its path. */
function named(entities: NamedEntity[], query: string): string[] {
  const table = namesTable(entities, (sitePath) => `id:${sitePath}`);
  const form = queryForm(query);
  return table.get(`${shardOf(form)}.json`)?.[form] ?? [];
}

describe('the pages a query names', () => {
  it('are found by a whole name as readers type it: any spelling, any order, Arabic or English', () => {
    for (const query of ['عبد اللطيف حموشي', 'عبد اللطيف الحموشي', 'حموشي عبد اللطيف', 'Abdellatif Hammouchi', 'abdellatif hammouchi']) {
      expect(named([hammouchi, morocco], query), query).toEqual(['id:/officials/abdellatif-hammouchi/']);
    }
    expect(named([hammouchi, morocco], 'المغرب')).toEqual(['id:/countries/ma/']);
    expect(named([hammouchi, morocco], 'المملكة المغربية')).toEqual(['id:/countries/ma/']);
    expect(named([hammouchi, morocco], 'Morocco')).toEqual(['id:/countries/ma/']);
  });

  it("are found by an official's family name alone, with or without the Latin article", () => {
    expect(named([hammouchi], 'حموشي')).toEqual(['id:/officials/abdellatif-hammouchi/']);
    expect(named([hammouchi], 'Hammouchi')).toEqual(['id:/officials/abdellatif-hammouchi/']);
    const alwi: NamedEntity = { id: 'mohammed-al-alwi', type: 'person', name: 'محمد العلوي', name_en: 'Mohammed al-Alwi', aliases: [], articles: ['1'] };
    expect(named([alwi], 'al-Alwi')).toEqual(['id:/officials/mohammed-al-alwi/']);
    expect(named([alwi], 'العلوي')).toEqual(['id:/officials/mohammed-al-alwi/']);
  });

  it('are none for a part of a name or a word that only appears in names', () => {
    expect(named([hammouchi, morocco], 'عبد اللطيف')).toEqual([]);
    expect(named([hammouchi, morocco], 'المملكة')).toEqual([]);
    expect(named([hammouchi, morocco], 'التعاون')).toEqual([]);
    expect(named([hammouchi, morocco], '')).toEqual([]);
    // Only officials are named by their last word.
    expect(nameForms(morocco)).toEqual(['مغرب', 'morocco', 'مغربيه مملكه']);
  });

  it('are at most a few when people share a name, the most cited first', () => {
    const khans = Array.from({ length: NAMED_PAGES_LIMIT + 2 }, (_, i): NamedEntity => ({
      id: `khan-${i}`,
      type: 'person',
      name: `أحمد خان${'ي'.repeat(i)}`,
      name_en: `Khan ${i}`,
      aliases: [],
      articles: Array.from({ length: i + 1 }, (_, k) => String(k)),
    }));
    const shared = khans.map((khan) => ({ ...khan, name: 'أحمد خان' }));
    const found = named(shared, 'أحمد خان');
    expect(found).toHaveLength(NAMED_PAGES_LIMIT);
    expect(found[0]).toBe(`id:/officials/khan-${NAMED_PAGES_LIMIT + 1}/`);
  });

  it('leave out an entity whose page was not indexed', () => {
    const table = namesTable([hammouchi, morocco], (sitePath) => (sitePath === '/countries/ma/' ? 'ar_1' : undefined));
    const forms = [...table.values()].flatMap((shard) => Object.values(shard).flat());
    expect(forms).toEqual(['ar_1', 'ar_1', 'ar_1']);
  });
});

describe('the table files', () => {
  it('are all written, empty ones included, so that a search never asks for a missing file', () => {
    const table = namesTable([hammouchi], () => 'ar_1');
    expect(table.size).toBe(NAME_SHARDS);
    expect([...table.keys()].every((name) => /^[0-9a-f]{2}\.json$/u.test(name))).toBe(true);
  });

  it('are chosen by a hash that spreads forms evenly', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 20 * NAME_SHARDS; i++) {
      const shard = shardOf(queryForm(`محمد الاسم${i}`));
      counts.set(shard, (counts.get(shard) ?? 0) + 1);
    }
    expect(counts.size).toBe(NAME_SHARDS);
    expect(Math.max(...counts.values())).toBeLessThan(60);
  });
});

describe('moving the named pages first', () => {
  const results = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

  it('puts them first in the order named, and keeps every other result in its place', () => {
    expect(namedFirst(results, ['c', 'a']).map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('adds nothing that is not among the results (a filter left it out)', () => {
    expect(namedFirst(results, ['x']).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(namedFirst(results, []).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('page ids from the search bundle', () => {
  const fragment = (url: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content: 'نص', meta: {} })}`));

  it('map each fragment page URL to the fragment name, which is the id a search returns', () => {
    const ids = pageIdsByPath([
      { path: 'fragment/ar_1a2b.pf_fragment', content: fragment('/officials/abdellatif-hammouchi/') },
      { path: 'fragment/ar_3c4d.pf_fragment', content: fragment('/countries/ma/') },
      { path: 'index/ar_x.pf_index', content: new Uint8Array([1, 2, 3]) },
    ]);
    expect([...ids]).toEqual([
      ['/officials/abdellatif-hammouchi/', 'ar_1a2b'],
      ['/countries/ma/', 'ar_3c4d'],
    ]);
  });

  it('read a URL longer than the first kilobyte of its fragment from the whole file', () => {
    const long = `/officials/${randomBytes(2000).toString('hex')}/`;
    const content = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: long, content: 'نص' })}`));
    expect(content.length).toBeGreaterThan(1024);
    expect([...pageIdsByPath([{ path: 'fragment/ar_long.pf_fragment', content }])]).toEqual([[long, 'ar_long']]);
  });

  it('name the fragment that does not start with its URL', () => {
    expect(() => pageIdsByPath([{ path: 'fragment/ar_bad.pf_fragment', content: gzipSync(Buffer.from('pagefind_dcd{"content":"x"}')) }])).toThrow('fragment/ar_bad.pf_fragment');
  });
});
