import { describe, expect, test } from 'vitest';
import { datedRange, relatedArticles, rolesOf, timelineOf, type ArticleLike } from '../../../src/lib/profile.ts';
import type { ArticleData } from '../../../src/schemas/article.ts';

function article(id: string, date: string | null, patch: Partial<ArticleData> = {}): ArticleLike {
  return {
    id,
    data: {
      title: id,
      titleDerived: false,
      date,
      source: null,
      dateline: null,
      url: null,
      sourceFile: `${id}.txt`,
      encoding: 'utf-8',
      description: '',
      entities: [],
      mentions: [],
      dates: [],
      removed: [],
      warnings: [],
      ...patch,
    },
  };
}

describe('entity profile', () => {
  test('roles are quoted with the sentence that gives them, most frequent first', () => {
    const a = article('a', '2025-01-20');
    const b = article('b', '2024-06-10');
    const base = { entity: 'h', paragraph: 0, text: 'حموشي', at: 0 };
    const roles = rolesOf([
      { ...base, sentence: 'حموشي، المدير العام للأمن الوطني، استقبل.', role: 'المدير العام للأمن الوطني', article: a },
      { ...base, sentence: 'حموشي، المدير العام للأمن الوطني ، قال.', role: 'المدير العام للأمن الوطني ،', article: b },
      { ...base, sentence: 'حموشي رئيس الوفد.', role: 'رئيس الوفد', article: b },
      { ...base, sentence: 'حموشي فقط.', article: b },
    ]);
    expect(roles.map((role) => [role.role, role.count])).toEqual([
      ['المدير العام للأمن الوطني', 2],
      ['رئيس الوفد', 1],
    ]);
    expect(roles[0]?.quotes.map((quote) => quote.article.id)).toEqual(['a', 'b']);
  });

  test('a curated title is quoted when an article states it word for word', () => {
    const a = article('a', null);
    const roles = rolesOf(
      [{ entity: 'h', paragraph: 0, text: 'حموشي', at: 0, sentence: 'حموشي، المدير العام للأمن الوطني، استقبل.', article: a }],
      ['المدير العام للأمن الوطني', 'منصب لا يذكره أي مقال'],
    );
    expect(roles.map((role) => role.role)).toEqual(['المدير العام للأمن الوطني']);
  });

  test('first and last dated mention ignore undated articles', () => {
    const list = [article('new', '2025-01-20'), article('old', '2023-09'), article('undated', null)];
    const { first, last } = datedRange(list);
    expect([first?.id, last?.id]).toEqual(['old', 'new']);
    expect(datedRange([article('x', null)])).toEqual({ first: undefined, last: undefined });
  });

  test('the timeline holds resolved dates only, newest first, with their article countries', () => {
    const date = { paragraph: 0, relative: false, precision: 'month' as const };
    const list = [
      article('a', '2024-06-10', {
        entities: [{ id: 'MA', type: 'country', name: 'المغرب', count: 1 }],
        dates: [
          { ...date, text: 'شتنبر 2023', value: '2023-09', sentence: 'في شتنبر 2023.' },
          { ...date, text: 'أمس', value: null, relative: true, precision: null, sentence: 'أمس.' },
        ],
      }),
      article('b', null, { dates: [{ ...date, text: 'سنة 2025', value: '2025', precision: 'year', sentence: 'سنة 2025.' }] }),
    ];
    const entries = timelineOf(list);
    expect(entries.map((entry) => [entry.value, entry.article.id, entry.countries])).toEqual([
      ['2025', 'b', []],
      ['2023-09', 'a', ['MA']],
    ]);
  });

  test('related articles share the most entities, rarer ones breaking ties, and are bounded', () => {
    const entity = (id: string) => ({ id, type: 'person' as const, name: id, count: 1 });
    const articles = [
      article('self', '2025-01-01', { entities: [entity('common'), entity('rare'), entity('x')] }),
      article('two-common', '2025-02-01', { entities: [entity('common'), entity('x')] }),
      article('rare', '2020-01-01', { entities: [entity('rare'), entity('x')] }),
      ...Array.from({ length: 10 }, (_, i) => article(`c${i}`, '2024-01-01', { entities: [entity('common')] })),
    ];
    const bySlug = new Map(articles.map((a) => [a.id, a]));
    const of = (id: string) => articles.filter((a) => a.data.entities.some((e) => e.id === id)).map((a) => a.id);
    const related = relatedArticles(articles[0] as ArticleLike, of, bySlug, 5);
    expect(related).toHaveLength(5);
    expect(related.map((r) => r.article.id).slice(0, 2)).toEqual(['rare', 'two-common']);
    expect(related.some((r) => r.article.id === 'self')).toBe(false);
  });

  test('related articles cost the same however many articles share a common entity', () => {
    const entity = (id: string) => ({ id, type: 'country' as const, name: id, count: 1 });
    const articles = [
      article('self', '2025-01-01', { entities: [entity('MA'), entity('PK'), entity('rare')] }),
      article('rare-too', '2019-01-01', { entities: [entity('rare'), entity('MA')] }),
      ...Array.from({ length: 5000 }, (_, i) => article(`c${i}`, '2024-01-01', { entities: [entity('MA'), entity('PK')] })),
    ];
    const bySlug = new Map(articles.map((a) => [a.id, a]));
    const lists = new Map<string, string[]>();
    for (const a of articles) for (const e of a.data.entities) lists.set(e.id, [...(lists.get(e.id) ?? []), a.id]);
    let looked = 0;
    const of = (id: string) => lists.get(id) ?? [];
    const lookup = { get: (slug: string) => (looked++, bySlug.get(slug)) } as ReadonlyMap<string, ArticleLike>;
    const related = relatedArticles(articles[0] as ArticleLike, of, lookup, 5, 400);
    expect(looked).toBeLessThanOrEqual(400);
    expect(related.map((r) => r.article.id)[0]).toBe('rare-too');
    expect(related.slice(1).map((r) => r.shared.map((e) => e.id))).toEqual(Array(4).fill(['MA', 'PK']));
    const common = relatedArticles(articles[2] as ArticleLike, of, bySlug, 5, 400);
    expect(common).toHaveLength(5);
    expect(common[0]?.shared.map((e) => e.id)).toEqual(['MA', 'PK']);
  });

  test('relating every article of a dossier looks each slug up once, with the same lists as relating each alone', () => {
    const entity = (id: string) => ({ id, type: 'person' as const, name: id, count: 1 });
    const articles = Array.from({ length: 60 }, (_, i) =>
      article(`a${i}`, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, {
        entities: [entity(`e${i % 7}`), entity(`f${i % 5}`), entity(`g${i % 3}`)],
      }),
    );
    const lists = new Map<string, string[]>();
    for (const a of articles) for (const e of a.data.entities) lists.set(e.id, [...(lists.get(e.id) ?? []), a.id]);
    // An entity whose list names an article the lookup does not hold: it takes a candidate's place and is never related.
    lists.get('e0')?.unshift('gone');
    const bySlug = new Map(articles.map((a) => [a.id, a]));
    const looked = new Map<string, number>();
    const counting = {
      get: (slug: string) => (looked.set(slug, (looked.get(slug) ?? 0) + 1), bySlug.get(slug)),
    } as ReadonlyMap<string, ArticleLike>;
    const together = articles.map((a) => relatedArticles(a as ArticleLike, (id) => lists.get(id) ?? [], counting, 5, 12));
    expect(Math.max(...looked.values())).toBe(1);
    const alone = articles.map((a) => relatedArticles(a as ArticleLike, (id) => [...(lists.get(id) ?? [])], new Map(bySlug), 5, 12));
    expect(together.map((list) => list.map((r) => [r.article.id, r.shared.map((e) => e.id)]))).toEqual(
      alone.map((list) => list.map((r) => [r.article.id, r.shared.map((e) => e.id)])),
    );
    expect(together.flat().some((r) => r.article.id === 'gone')).toBe(false);
  });
});
