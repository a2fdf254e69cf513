import { describe, expect, test } from 'vitest';
import { articleExports, entityExports, exportCsv, mentionExports, MENTION_COLUMNS } from '../../../src/lib/exports.ts';
import { atomFeed, escapeXml, rfc3339 } from '../../../src/lib/atom.ts';
import type { ArticleData } from '../../../src/schemas/article.ts';

const data: ArticleData = {
  title: 'عنوان',
  titleDerived: false,
  date: null,
  source: null,
  dateline: null,
  url: null,
  sourceFile: 'sub/000_x.txt',
  encoding: 'utf-8',
  description: '',
  entities: [{ id: 'MA', type: 'country', name: 'المغرب', count: 1 }],
  mentions: [{ entity: 'MA', paragraph: 0, text: 'المغرب', sentence: 'زار "المغرب"، ثم عاد.', at: 5 }],
  dates: [],
  removed: [],
  warnings: [],
};

describe('data exports', () => {
  test('articles.json rows have exactly the public fields, with the base path in the url', () => {
    const [row] = articleExports([{ id: '000-x', data }], '/malaff/');
    expect(Object.keys(row ?? {})).toEqual(['slug', 'url', 'source_file', 'title', 'date', 'source', 'entities']);
    expect(row).toMatchObject({ slug: '000-x', url: '/malaff/articles/000-x/', source_file: 'sub/000_x.txt', date: null, source: null });
    expect(row?.entities).toEqual([{ id: 'MA', type: 'country', name: 'المغرب' }]);
  });

  test('entities.json rows have exactly the public fields; country pages use the lower-case ISO code', () => {
    const [row] = entityExports(
      [
        {
          id: 'MA',
          type: 'country',
          name: 'المغرب',
          nameEn: 'Morocco',
          aliases: ['المملكة المغربية'],
          country: null,
          titles: [],
          wikidata: null,
          reviewed: true,
          articles: ['000-x'],
          mentions: 1,
        },
      ],
      '/',
    );
    expect(Object.keys(row ?? {})).toEqual(['id', 'type', 'name', 'name_en', 'aliases', 'country', 'reviewed', 'url', 'articles']);
    expect(row?.url).toBe('/countries/ma/');
  });

  test('mentions.csv quotes sentences with quotes and commas, keeps the UTF-16 offset and the words as written', () => {
    const rows = [...mentionExports([{ id: '000-x', data }])];
    expect(rows).toEqual([{ article: '000-x', entity: 'MA', sentence: 'زار "المغرب"، ثم عاد.', offset: 5, text: 'المغرب', role: null }]);
    expect([...exportCsv(MENTION_COLUMNS, rows)].join('')).toBe('\uFEFFarticle,entity,sentence,offset,text,role\r\n000-x,MA,"زار ""المغرب""، ثم عاد.",5,المغرب,\r\n');
  });
});

describe('Atom feed', () => {
  test('escapes seed text and gives every entry an RFC 3339 date', () => {
    const xml = atomFeed({
      title: 'ملف',
      subtitle: 's',
      home: 'https://x.test/',
      self: 'https://x.test/feed.xml',
      entries: [{ title: 'a < b & "c"', url: 'https://x.test/articles/a/', date: '2023-09', summary: '<script>', source: null, categories: ['المغرب'] }],
    });
    expect(xml).toContain('<title>a &lt; b &amp; &quot;c&quot;</title>');
    expect(xml).toContain('<updated>2023-09-01T00:00:00Z</updated>');
    expect(xml).not.toContain('<script>');
    expect(escapeXml("'")).toBe('&apos;');
    expect(rfc3339('2025')).toBe('2025-01-01T00:00:00Z');
  });
});
