/**
 * Search regions: Pagefind reads the title and the marked parts of a page,
 * so the passages, panels and graphs around them cost the index nothing and
 * never reach it, and a page that is not searched has no region at all.
 */
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { contentIsRegion, isSearchable, ROOT_SELECTOR } from '../../../src/search/regions.ts';

/** The text of each record Pagefind makes of `pages`, read from their regions as the build does. */
async function recordsOf(pages: Record<string, string>): Promise<Map<string, string>> {
  const { index, errors } = await pagefind.createIndex({ rootSelector: ROOT_SELECTOR });
  if (!index) throw new Error(errors.join('; '));
  for (const [url, body] of Object.entries(pages)) {
    const content = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>t</title></head><body>${body}</body></html>`;
    expect((await index.addHTMLFile({ url, content })).errors).toEqual([]);
  }
  const records = new Map<string, string>();
  for (const file of (await index.getFiles()).files) {
    if (!file.path.startsWith('fragment/')) continue;
    const text = gunzipSync(file.content).toString('utf8');
    const record = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: { title?: string } };
    records.set(record.url, `${record.meta.title ?? ''} | ${record.content}`);
  }
  return records;
}

afterAll(async () => {
  await pagefind.close();
});

describe('a page read through its search regions', () => {
  it('is indexed with its title and the text of its regions, and nothing around them', async () => {
    const records = await recordsOf({
      '/officials/a/': `<main data-pagefind-body>
        <div data-search-region><h1 id="_top">عبد اللطيف حموشي</h1></div>
        <section data-search-region><p>المدير العام للأمن الوطني</p><div data-pagefind-ignore><p>جملة مقتبسة</p></div></section>
        <section data-pagefind-ignore><p>مقالات ذات صلة</p></section>
        <p>نص خارج المناطق</p>
      </main>`,
    });
    const record = records.get('/officials/a/') ?? '';
    expect(record).toMatch(/^عبد اللطيف حموشي \|/u);
    expect(record).toContain('المدير العام للأمن الوطني');
    for (const outside of ['جملة مقتبسة', 'مقالات ذات صلة', 'نص خارج المناطق']) expect(record).not.toContain(outside);
  });

  it('is left out of the index when it has no region', async () => {
    const records = await recordsOf({
      '/articles/a/': '<main><div data-search-region><h1>مقال</h1></div><p>نص المقال</p></main>',
      '/search/': '<main data-pagefind-body><h1>البحث</h1><p>ابحث في الملف</p></main>',
    });
    expect([...records.keys()]).toEqual(['/articles/a/']);
  });
});

describe('which parts of a page are search regions', () => {
  const page = (id: string, data: { pagefind?: boolean; searchRegions?: boolean } = {}) => ({ id, data });

  it('searches a page unless its frontmatter says pagefind: false, or it is the 404 page', () => {
    expect(isSearchable(page('about'))).toBe(true);
    expect(isSearchable(page('search', { pagefind: false }))).toBe(false);
    expect(isSearchable(page('404'))).toBe(false);
    expect(isSearchable(page('fr/404'))).toBe(false);
  });

  it('makes the whole content one region, unless the page marks its own', () => {
    expect(contentIsRegion(page('about'))).toBe(true);
    expect(contentIsRegion(page('officials/a', { searchRegions: true }))).toBe(false);
    expect(contentIsRegion(page('graph', { pagefind: false }))).toBe(false);
  });
});
