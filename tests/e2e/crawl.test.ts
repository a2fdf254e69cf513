/**
 * A crawl of each built site, served as a static host serves it: starting
 * at the home page, every internal link, stylesheet, script, image and form
 * target is requested, every `#fragment` must name an element of its page,
 * and every URL a stylesheet loads (fonts) must exist. It runs on both the
 * seeds site (at `/`) and the fixtures site (under `/malaff/`), because a
 * link written without the base path only breaks under a base.
 *
 * Absolute links to the configured site (`https://dossier.test`, used by
 * canonical links and the sitemap) count as internal. Finally, every page
 * in `dist/` must be reachable from the home page: an orphan page is one a
 * reader cannot find. The one exception is the former address of an
 * official the dossier joined into another's page (`MovedPage.astro`): it
 * is there for links from outside, and only sends the reader on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Element } from 'hast';
import { parsePage } from '../helpers/html.ts';
import { serve, type StaticSite } from '../helpers/serve.ts';

/** The `SITE_URL` the test builds use (`tests/helpers/site.ts`). */
const SITE_ORIGIN = 'https://dossier.test';

/** Attributes that load or link to a URL, by element. */
const URL_ATTRIBUTES: [selector: string, property: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
];

interface Crawl {
  /** Pages visited (pathname), in order. */
  pages: string[];
  /** Every problem found: `<page> → <url>: <why>`. */
  broken: string[];
  /** Number of distinct internal URLs checked. */
  checked: number;
}

function allHtml(dist: string, base: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => {
      const url = file.split(path.sep).join('/');
      return `${base}${url.endsWith('index.html') ? url.slice(0, -'index.html'.length) : url}`;
    });
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/gu)].map((match) => match[1] ?? ''));
}

function urlsOf(element: Element, property: string): string[] {
  const value = element.properties?.[property];
  if (typeof value === 'string') return [value];
  return [];
}

async function crawl(site: StaticSite, base: string): Promise<Crawl> {
  const origin = new URL(site.url).origin;
  const status = new Map<string, { ok: boolean; type: string; body?: string }>();
  const broken: string[] = [];
  const pages: string[] = [];
  const queue = [new URL(site.url).pathname];
  const queued = new Set(queue);

  async function get(pathname: string) {
    const known = status.get(pathname);
    if (known) return known;
    const response = await fetch(`${origin}${pathname}`);
    const type = response.headers.get('content-type') ?? '';
    const result = { ok: response.ok, type, ...(type.startsWith('text/html') || type.startsWith('text/css') ? { body: await response.text() } : {}) };
    if (!result.body) await response.body?.cancel();
    status.set(pathname, result);
    return result;
  }

  /** Checks one reference from `from`; returns the internal pathname of an HTML page to visit. */
  async function check(from: string, raw: string): Promise<string | undefined> {
    if (/^(mailto|tel|data|javascript):/iu.test(raw)) return undefined;
    const url = new URL(raw, `${origin}${from}`);
    if (url.origin !== origin && url.origin !== SITE_ORIGIN) return undefined;
    const where = `${from} → ${raw}`;
    if (!url.pathname.startsWith(base)) {
      broken.push(`${where}: outside the base path ${base}`);
      return undefined;
    }
    const target = await get(url.pathname);
    if (!target.ok) {
      broken.push(`${where}: not found`);
      return undefined;
    }
    const isHtml = target.type.startsWith('text/html');
    if (url.hash.length > 1 && isHtml) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!ids(target.body ?? '').has(id)) broken.push(`${where}: no element with id "${id}"`);
    }
    return isHtml && url.origin === origin ? url.pathname : undefined;
  }

  while (queue.length > 0) {
    const current = queue.shift() as string;
    const page = await get(current);
    if (!page.ok || !page.body) continue;
    pages.push(current);
    const tree = parsePage(page.body);
    for (const [selector, property] of URL_ATTRIBUTES) {
      for (const element of tree.all(selector)) {
        for (const raw of urlsOf(element, property)) {
          const next = await check(current, raw);
          if (next && !queued.has(next)) {
            queued.add(next);
            queue.push(next);
          }
        }
      }
    }
    for (const element of tree.all('img[srcset], source[srcset]')) {
      const srcset = String(element.properties?.srcSet ?? '');
      for (const candidate of srcset.split(',')) {
        const raw = candidate.trim().split(/\s+/u)[0];
        if (raw) await check(current, raw);
      }
    }
  }

  // Stylesheets: every url() they load (fonts, images) must exist.
  for (const [pathname, entry] of [...status]) {
    if (!entry.type.startsWith('text/css') || !entry.body) continue;
    for (const match of entry.body.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gu)) {
      const raw = match[2] ?? '';
      if (!raw.startsWith('#')) await check(pathname, raw);
    }
  }
  return { pages, broken, checked: status.size };
}

for (const [name, key] of [
  ['the five-seed site', 'seedsSite'],
  ['the fixtures site under /malaff/', 'fixturesSite'],
] as const) {
  describe(`crawling ${name}`, () => {
    const built = inject(key);
    let site: StaticSite;
    let result: Crawl;
    beforeAll(async () => {
      site = await serve(built.dist, built.base);
      result = await crawl(site, built.base);
      console.log(`${name}: ${result.pages.length} pages crawled, ${result.checked} URLs checked, ${result.broken.length} broken`);
    });
    afterAll(async () => {
      await site?.close();
    });

    test('finds no broken internal link, asset or fragment', () => {
      expect(result.broken).toEqual([]);
      expect(result.pages.length).toBeGreaterThan(10);
    });

    test('reaches every page of the site from the home page, but a former address that sends the reader on', () => {
      const orphans = allHtml(built.dist, built.base).filter((page) => !page.endsWith('404.html') && !result.pages.includes(page));
      const sendsOn = (page: string) => parsePage(readFileSync(path.join(built.dist, page.slice(built.base.length), 'index.html'), 'utf8')).one('meta[http-equiv="refresh"]') !== undefined;
      expect(orphans.filter((page) => !sendsOn(page))).toEqual([]);
    });

    test('reaches the dossier pages readers come for', () => {
      for (const page of ['articles/', 'countries/', 'officials/', 'timeline/', 'graph/']) {
        expect(result.pages).toContain(`${built.base}${page}`);
      }
      const entities = JSON.parse(readFileSync(path.join(built.dist, 'data', 'entities.json'), 'utf8')) as { url: string }[];
      for (const entity of entities) expect(result.pages).toContain(entity.url);
    });
  });
}
