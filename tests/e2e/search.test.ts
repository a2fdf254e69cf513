/**
 * Search as a reader uses it, in headless Chromium on the built five-seed
 * site: the search page with `?q=` (and filters) in its address, the header
 * search, the highlight on the page a result opens, and what the first
 * search costs in bytes.
 *
 * Every query of `tests/fixtures/search/queries.json` runs through the real
 * Pagefind bundle; recall@5 (the share of expected articles found among the
 * first five results, averaged over queries) is printed and must be 1.0.
 * A second sweep searches every word of every article, as written, and
 * expects its article among the results: no correctly spelled word that is
 * in an article may return nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticSite } from '../helpers/serve.ts';
import { readPage, textAsRead } from '../helpers/html.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';
import { projectSeeds } from '../setup/sites.ts';
import { normalizeQuery, WORD } from '../../src/search/keys.ts';
import { writeState, type FilterName } from '../../src/search/query-state.ts';

interface QueryCase {
  query: string;
  kind: string;
  expect: string[];
  note: string;
  filters?: Partial<Record<FilterName, string[]>>;
}

const QUERIES = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/search/queries.json'), 'utf8')) as { queries: QueryCase[] }).queries;
const TOP = 5;
/** The first search may download at most this much (Pagefind bundle included). */
const FIRST_SEARCH_BUDGET = 300 * 1024;

const slugs = Object.keys(projectSeeds()).map((name) => name.replace(/\.txt$/u, '').toLowerCase());

/** The article slug of a result URL, or undefined for other pages. */
function articleSlug(url: string): string | undefined {
  const slug = /\/articles\/([^/]+)\/$/u.exec(new URL(url, 'http://x').pathname)?.[1];
  return slug && slugs.includes(slug) ? slug : undefined;
}

/** Opens the search page for a state and returns the result links in order, once they are shown. */
async function searchPage(page: Page, siteUrl: string, query: string, filters: QueryCase['filters'] = {}, sort: 'relevance' | 'newest' = 'relevance'): Promise<string[]> {
  const params = writeState({ q: query, filters, sort });
  await page.goto(`${siteUrl}search/?${params.toString()}`);
  await page.waitForSelector('#search-form[data-state="done"], #search-form[data-state="error"]');
  expect(await page.getAttribute('#search-form', 'data-state')).toBe('done');
  return page.$$eval('.search-result h3 a', (links) => links.map((link) => (link as HTMLAnchorElement).href));
}

/**
 * Runs each query through the site's own Pagefind bundle, in the page, and
 * returns the URLs of every result by query: thousands of queries in one
 * round trip, where the search page would take a navigation each.
 */
async function searchEach(page: Page, siteUrl: string, base: string, queries: string[]): Promise<Record<string, string[]>> {
  await page.goto(`${siteUrl}search/`);
  // A string, not a function: the test runner would rewrite a function's `import()`.
  return (await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
    await pagefind.options({ baseUrl: ${JSON.stringify(base)}, noWorker: true });
    const out = {};
    for (const query of ${JSON.stringify(queries)}) {
      const response = await pagefind.search(query);
      const pages = await Promise.all(response.results.map((result) => result.data()));
      out[query] = pages.map((data) => data.url);
    }
    return out;
  })()`)) as Record<string, string[]>;
}

describe('search on the five-seed site', () => {
  const { dist, base } = inject('seedsSite');
  let site: StaticSite;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    site = await serve(dist, base);
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it(`finds the expected articles in the first ${TOP} results of every query (recall@${TOP} = 1.0)`, async () => {
    const misses: string[] = [];
    let recall = 0;
    for (const item of QUERIES) {
      const urls = await searchPage(page, site.url, item.query, item.filters);
      const top = urls.slice(0, TOP).map(articleSlug);
      const found = item.expect.filter((slug) => top.includes(slug));
      recall += found.length / item.expect.length;
      if (found.length < item.expect.length) {
        misses.push(`${item.query} [${item.kind}]: missing ${item.expect.filter((slug) => !found.includes(slug)).join(', ')}; top ${TOP}: ${urls.slice(0, TOP).map((url) => new URL(url).pathname).join(' ')}`);
      }
    }
    const score = recall / QUERIES.length;
    console.log(`search recall@${TOP}: ${score.toFixed(3)} over ${QUERIES.length} queries${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    expect(misses).toEqual([]);
    expect(score).toBe(1);
  });

  it('finds every word of every article, as written, in that article', async () => {
    const words = new Map<string, Set<string>>();
    for (const slug of slugs) {
      const html = readPage(path.join(dist, 'articles', slug, 'index.html'));
      const body = html.one('.article-body');
      expect(body, slug).toBeDefined();
      const text = textAsRead(body!);
      for (const [word] of text.matchAll(WORD)) {
        const query = normalizeQuery(word);
        if (query) words.set(query, (words.get(query) ?? new Set()).add(slug));
      }
    }
    const queries = [...words.keys()];
    const found = await searchEach(page, site.url, base, queries);
    const lost = queries.filter((query) => {
      const urls = found[query] ?? [];
      return [...(words.get(query) ?? [])].some((slug) => !urls.some((url) => url.includes(`/articles/${slug}/`)));
    });
    console.log(`every-word sweep: ${queries.length - lost.length}/${queries.length} distinct words find their articles`);
    expect(lost).toEqual([]);
  });

  it("finds each entity's page by every word of its English name", async () => {
    const entities = (JSON.parse(readFileSync(path.join(dist, 'data/entities.json'), 'utf8')) as { url: string; name_en?: string }[]).filter(
      (entity) => entity.name_en,
    );
    const wanted = entities.flatMap((entity) => [...entity.name_en!.matchAll(WORD)].map(([word]) => ({ query: word, url: entity.url })));
    expect(wanted.length).toBeGreaterThan(entities.length);
    const found = await searchEach(page, site.url, base, [...new Set(wanted.map((item) => item.query))]);
    // Export URLs carry the base path, as the results' do.
    const lost = wanted.filter(({ query, url }) => !(found[query] ?? []).some((result) => new URL(result, 'http://x').pathname === url));
    expect(lost.map(({ query, url }) => `${query} → ${url}`)).toEqual([]);
  });

  it('finds the four Islamabad articles for اسلام اباد', async () => {
    const urls = await searchPage(page, site.url, 'اسلام اباد');
    expect(urls.map(articleSlug).filter(Boolean).sort()).toEqual(['000_bc80649835119055', '001_6c5f90da1f05c8a5', '002_e5f671c85a6cc294', '004_ab775e6fa1067318']);
  });

  it('finds 000 and 003 for حموشي and for Hammouchi', async () => {
    for (const query of ['حموشي', 'Hammouchi']) {
      const urls = await searchPage(page, site.url, query);
      expect(urls.map(articleSlug).filter(Boolean).sort(), query).toEqual(['000_bc80649835119055', '003_b5a8de8f3c704cbb']);
    }
  });

  it('shows first the page of the official, country or place a query names, then the articles', async () => {
    const firstPath = async (query: string) => new URL((await searchPage(page, site.url, query))[0] ?? 'http://x/').pathname.slice(base.length - 1);
    for (const [query, path] of [
      ['حموشي', '/officials/abdellatif-hammouchi/'],
      ['Hammouchi', '/officials/abdellatif-hammouchi/'],
      ['عبد اللطيف الحموشي', '/officials/abdellatif-hammouchi/'],
      ['المغرب', '/countries/ma/'],
      ['Pakistan', '/countries/pk/'],
      ['اسلام اباد', '/places/islamabad/'],
    ]) {
      expect(await firstPath(query!), query).toBe(path);
    }
    // Words that only appear in names, or in nothing's name, move no page ahead of the articles.
    expect(await firstPath('التعاون')).toMatch(/^\/articles\//u);
    expect(await firstPath('وزير الدفاع')).toMatch(/^\/articles\//u);
  });

  it('on a phone, folds the filters into one line so the first results show on the first screen, and opens them on demand', async () => {
    const phone = await browser.newPage({ viewport: { width: 400, height: 800 } });
    try {
      await searchPage(phone, site.url, 'التعاون');
      expect(await phone.$eval('[data-filters-panel]', (panel) => (panel as HTMLDetailsElement).open)).toBe(false);
      const first = await phone.$eval('.search-result', (item) => item.getBoundingClientRect().top);
      expect(first).toBeLessThan(800);
      expect(await phone.isVisible('input[name="country"]')).toBe(false);
      await phone.click('[data-filters-panel] summary');
      expect(await phone.isVisible('input[name="country"]')).toBe(true);
      // Filters chosen in the address are shown, not folded away.
      await searchPage(phone, site.url, 'التعاون', { country: ['المغرب'] });
      expect(await phone.isChecked('input[name="country"][value="المغرب"]')).toBe(true);
      expect(await phone.isVisible('input[name="country"][value="المغرب"]')).toBe(true);
    } finally {
      await phone.close();
    }
    // Beside the results on a wide screen, they are always open.
    await searchPage(page, site.url, 'التعاون');
    expect(await page.isVisible('input[name="country"]')).toBe(true);
  });

  it('finds 001 for الامن السيبراني', async () => {
    const urls = await searchPage(page, site.url, 'الامن السيبراني');
    expect(urls.map(articleSlug).filter(Boolean)).toEqual(['001_6c5f90da1f05c8a5']);
  });

  it('keeps only the pages holding a quoted phrase', async () => {
    const urls = await searchPage(page, site.url, '"الامن البحري"');
    expect(urls.map(articleSlug)).toEqual(['000_bc80649835119055']);
  });

  it('narrows التعاون to the Morocco articles when المغرب is chosen as country', async () => {
    const all = await searchPage(page, site.url, 'التعاون');
    expect(all.map(articleSlug)).toContain('002_e5f671c85a6cc294');
    const urls = await searchPage(page, site.url, 'التعاون', { country: ['المغرب'] });
    expect(urls.map(articleSlug).filter(Boolean).sort()).toEqual(['000_bc80649835119055', '001_6c5f90da1f05c8a5', '003_b5a8de8f3c704cbb', '004_ab775e6fa1067318']);
    // The filter is shown as chosen, and the address keeps it.
    expect(await page.isChecked('input[name="country"][value="المغرب"]')).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['المغرب']);
  });

  it('counts, next to each kind of page, its results, once the results are shown', async () => {
    await searchPage(page, site.url, 'حموشي');
    await page.waitForSelector('#search-form[data-counts="done"]');
    expect(await page.isHidden('[data-load-more]')).toBe(true);
    const shown = await page.$$eval('.search-result', (items) => items.length);
    const counts = await page.$$eval('fieldset[data-filter="type"] [data-count]', (badges) => badges.map((badge) => Number(badge.textContent)));
    expect(shown).toBeGreaterThan(0);
    // Every page has exactly one kind, so the kinds' counts add up to the results.
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(shown);
  });

  it('lists each filter\'s values most frequent first among the results, the searched official at the head of the officials', async () => {
    const officials = async () => page.$$eval('fieldset[data-filter="official"] .facet-value', (values) => values.map((value) => value.textContent));
    for (const [query, head] of [
      ['حموشي', 'عبد اللطيف حموشي'],
      ['السيسي', 'عبد الفتاح السيسي'],
    ]) {
      await searchPage(page, site.url, query!);
      await page.waitForSelector('#search-form[data-counts="done"]');
      for (const filter of ['type', 'country', 'official']) {
        const counts = await page.$$eval(`fieldset[data-filter="${filter}"] [data-count]`, (badges) => badges.map((badge) => Number(badge.textContent)));
        expect(counts.length, `${query} ${filter}`).toBeGreaterThan(1);
        expect(counts, `${query} ${filter}`).toEqual(counts.toSorted((a, b) => b - a));
      }
      expect((await officials())[0], query).toBe(head);
    }
  });

  it('offers in the official filter only officials whose pages carry it', async () => {
    await page.goto(`${site.url}search/`);
    const offered = await page.$$eval('input[name="official"]', (boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(offered.length).toBeGreaterThan(0);
    for (const name of offered.slice(0, 3)) {
      const urls = await searchPage(page, site.url, '', { official: [name] });
      expect(urls.length, name).toBeGreaterThan(0);
    }
  });

  it('says what kind of page each result is, with its date and source, and links under the base path', async () => {
    await searchPage(page, site.url, 'حموشي');
    const results = await page.$$eval('.search-result', (items) =>
      items.map((item) => ({
        kind: item.querySelector('.result-kind')?.textContent ?? '',
        href: item.querySelector('h3 a')?.getAttribute('href') ?? '',
        date: item.querySelector('.result-meta time')?.getAttribute('datetime') ?? null,
        excerpt: item.querySelector('.result-excerpt')?.innerHTML ?? '',
      })),
    );
    expect(results.map((result) => result.kind)).toContain('مقال');
    expect(results.map((result) => result.kind)).toContain('مسؤول');
    for (const result of results) {
      expect(result.href.startsWith(base)).toBe(true);
      expect(result.excerpt).not.toMatch(/[⟦⟧]/u);
    }
    expect(results.find((result) => result.href.includes('003_b5a8de8f3c704cbb'))?.date).toBe('2025-01-20');
  });

  it('orders results newest first on request', async () => {
    const urls = await searchPage(page, site.url, 'باكستان', { type: ['مقال'] }, 'newest');
    const dates = await page.$$eval('.search-result .result-meta time', (times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(urls.length).toBe(slugs.length);
    expect(dates).toEqual(dates.toSorted().reverse());
  });

  it('marks the matched words on the page a result opens', async () => {
    await searchPage(page, site.url, 'القوات');
    const href = await page.$eval('.search-result h3 a[href*="/articles/"]', (link) => (link as HTMLAnchorElement).href);
    expect(new URL(href).searchParams.getAll('pagefind-highlight')).toEqual(['قوات']);
    await page.goto(href);
    await page.waitForSelector('mark.search-highlight');
    const marked = await page.$$eval('mark.search-highlight', (marks) => marks.map((mark) => mark.textContent));
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word).toMatch(/القوات$/u);
  });

  it('normalises queries in the header search too', async () => {
    await page.goto(`${site.url}articles/${slugs[0]}/`);
    await page.click('site-search button[data-open-modal]');
    const input = await page.waitForSelector('#starlight__search input');
    await input.fill('اسلام اباد');
    await page.waitForSelector('#starlight__search form[data-state="done"]');
    await page.waitForFunction(() => document.querySelectorAll('#starlight__search .search-result').length >= 4);
    const links = await page.$$eval('#starlight__search .search-result h3 a', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    const articles = links.map(articleSlug).filter(Boolean);
    for (const link of links) expect(new URL(link).searchParams.getAll('pagefind-highlight')).toEqual(['اسلام', 'اباد']);
    expect(articles).toEqual(expect.arrayContaining(['000_bc80649835119055', '001_6c5f90da1f05c8a5', '002_e5f671c85a6cc294', '004_ab775e6fa1067318']));
    // The page of the place the query names comes first, as on the search page.
    expect(new URL(links[0] ?? 'http://x/').pathname).toBe(`${base}places/islamabad/`);
    const text = await page.textContent('#starlight__search');
    expect(text).not.toMatch(/[⟦⟧]/u);
    const kinds = await page.$$eval('#starlight__search .result-kind', (chips) => chips.map((chip) => chip.textContent));
    expect(kinds).toContain('مقال');
  });

  it(`downloads at most ${FIRST_SEARCH_BUDGET / 1024} KB for the first search`, async () => {
    const measure = async (run: (tab: Page) => Promise<void>, prepare: (tab: Page) => Promise<void>) => {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await prepare(tab);
      const urls = new Map<string, string>();
      const bytes = new Map<string, number>();
      cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
      cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
      await run(tab);
      await context.close();
      // Inline `data:` URLs (icons in stylesheets) are not downloads.
      const files = [...bytes].map(([id, size]) => ({ url: urls.get(id) ?? '', size })).filter((file) => /^https?:/u.test(file.url));
      return { total: files.reduce((sum, file) => sum + file.size, 0), files };
    };
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

    // The header search on an article page: everything fetched from the first intent to search to the results.
    const header = await measure(
      async (tab) => {
        await tab.click('site-search button[data-open-modal]');
        const input = await tab.waitForSelector('#starlight__search input');
        await input.fill('حموشي');
        await tab.waitForSelector('#starlight__search .search-result h3 a');
        await tab.waitForLoadState('networkidle');
      },
      async (tab) => {
        await tab.goto(`${site.url}articles/${slugs[0]}/`);
        await tab.waitForLoadState('networkidle');
      },
    );
    // The search page opened with ?q=: everything but the page's own HTML, styles and fonts.
    const searchPageLoad = await measure(
      async (tab) => {
        await tab.goto(`${site.url}search/?q=${encodeURIComponent('حموشي')}`);
        await tab.waitForSelector('#search-form[data-state="done"]');
        await tab.waitForLoadState('networkidle');
      },
      async () => {},
    );
    const shell = (url: string) => /\.(?:css|woff2?|svg|png|ico)(?:\?|$)/u.test(url) || /\/search\/(?:\?|$)/u.test(url);
    const searchPageSearch = searchPageLoad.files.filter((file) => !shell(file.url)).reduce((sum, file) => sum + file.size, 0);
    const list = (files: { url: string; size: number }[]) => files.map((file) => `    ${kb(file.size).padStart(9)}  ${new URL(file.url).pathname}`).join('\n');
    console.log(
      `first search, header (article page): ${kb(header.total)}\n${list(header.files)}\n` +
        `first search, search page ?q= (whole load ${kb(searchPageLoad.total)}): ${kb(searchPageSearch)} without the page shell\n${list(searchPageLoad.files)}`,
    );
    expect(header.total).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
    // The modal shows no filters, so it must not download their value lists.
    expect(header.files.filter((file) => file.url.includes('/pagefind/filter/'))).toEqual([]);
    expect(searchPageSearch).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
  });
});

describe('search under a base path (/malaff/, as on a project page)', () => {
  const { dist, base } = inject('fixturesSite');
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await serve(dist, base);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('loads the bundle and links every result under the base path, with the highlight terms', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    const names: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(response.url());
      if (response.url().includes('/pagefind/names/')) names.push(new URL(response.url()).pathname);
    });
    await page.goto(`${site.url}search/?q=${encodeURIComponent('حموشي')}`);
    await page.waitForSelector('#search-form[data-state="done"]');
    const hrefs = await page.$$eval('.search-result h3 a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    // The names table is found under the base path too, and puts the official's page first.
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.startsWith(`${base}pagefind/names/`))).toBe(true);
    expect(new URL(hrefs[0]!, site.url).pathname).toBe(`${base}officials/abdellatif-hammouchi/`);
    for (const href of hrefs) {
      expect(href.startsWith(base)).toBe(true);
      expect(new URL(href, site.url).searchParams.getAll('pagefind-highlight')).toEqual(['حموشي']);
    }
    const target = await page.goto(new URL(hrefs[0]!, site.url).href);
    expect(target?.status()).toBe(200);

    await page.click('site-search button[data-open-modal]');
    await page.fill('#starlight__search input', 'حموشي');
    await page.waitForSelector('#starlight__search form[data-state="done"]');
    const fromHeader = await page.$$eval('#starlight__search .search-result h3 a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(fromHeader).toEqual(hrefs.slice(0, fromHeader.length));
    expect(failed).toEqual([]);
  });
});
