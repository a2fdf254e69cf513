/**
 * Reading an article in a real browser: the text runs right to left in the
 * bundled Arabic face, Latin runs keep their own direction, entity links
 * lead to their pages, and the header search finds Arabic words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticSite } from '../helpers/serve.ts';

const built = inject('seedsSite');
const articles = JSON.parse(readFileSync(path.join(built.dist, 'data/articles.json'), 'utf8')) as { url: string; source_file: string }[];
const article = articles.find((a) => a.source_file.startsWith('000')) ?? articles[0];

let browser: Browser;
let site: StaticSite;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serve(built.dist, built.base);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(new URL(article?.url.replace(/^\//u, '') ?? '', site.url).href, { waitUntil: 'networkidle' });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('an article in the browser', () => {
  it('runs right to left', async () => {
    const direction = await page.$eval('.article-body p', (p) => getComputedStyle(p).direction);
    expect(direction).toBe('rtl');
  });

  it('is set in the bundled Arabic face, loaded from the site itself', async () => {
    const family = await page.$eval('.article-body p', (p) => getComputedStyle(p).fontFamily);
    expect(family).toMatch(/^"?Noto Naskh Arabic/u);
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.family.includes('Noto Naskh Arabic') && face.status === 'loaded').length;
    });
    expect(loaded).toBeGreaterThan(0);
    // The glyphs on screen come from that face, not from a system fallback.
    const rendered = await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'باكستان'));
    expect(rendered).toBe(true);
  });

  it('keeps a Latin file name left to right inside the Arabic page', async () => {
    const direction = await page.$eval('.article-meta bdi[dir="ltr"]', (bdi) => getComputedStyle(bdi).direction);
    expect(direction).toBe('ltr');
  });

  it('links an entity mention to its page', async () => {
    const link = page.locator('.article-body a.entity[data-entity="PK"]').first();
    const href = await link.getAttribute('href');
    expect(href).toBe('/countries/pk/');
    await link.click();
    await page.waitForURL(/\/countries\/pk\/$/u);
    expect(await page.textContent('h1')).toContain('باكستان');
    await page.goBack();
  });

  it('finds باكستان from the header search box', async () => {
    await page.click('site-search button[data-open-modal]');
    const input = await page.waitForSelector('#starlight__search input');
    await input.fill('باكستان');
    await page.waitForSelector('#starlight__search .search-result h3 a');
    const results = await page.$$eval('#starlight__search .search-result', (items) => items.length);
    expect(results).toBeGreaterThan(0);
  });
});
