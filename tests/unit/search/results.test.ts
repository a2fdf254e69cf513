/**
 * What a result says about its page: kind, date and source in Arabic, and an
 * excerpt without search keys, in the header search and the search page alike.
 */
import { describe, expect, it } from 'vitest';
import { presentResult } from '../../../src/search/results.ts';
import type { PagefindData } from '../../../src/search/pagefind.ts';

function page(meta: Record<string, string>, excerpt = 'قال ⟦ <mark>حموشي</mark> ⟧'): PagefindData {
  return { url: '/malaff/articles/x/?pagefind-highlight=حموشي', excerpt, content: '', word_count: 10, meta, filters: {} };
}

describe('presentResult', () => {
  it('gives the kind, the date for display, the source and a clean excerpt', () => {
    const shown = presentResult(page({ title: 'عنوان', kind: 'مقال', date: '2025-01-20', source: 'الأناضول' }, 'استقبل حموشي ⟦ عبد لطيف <mark>حموشي</mark> ⟧ السيد'));
    expect(shown).toEqual({
      url: '/malaff/articles/x/?pagefind-highlight=حموشي',
      title: 'عنوان',
      kind: 'مقال',
      date: '2025-01-20',
      dateLabel: '20 يناير 2025',
      source: 'الأناضول',
      excerpt: 'استقبل <mark>حموشي</mark> السيد',
    });
  });

  it('calls a page without metadata a page, with no date or source', () => {
    const shown = presentResult(page({ title: 'عن الملف' }));
    expect([shown.kind, shown.date, shown.source]).toEqual(['صفحة', null, null]);
  });
});
