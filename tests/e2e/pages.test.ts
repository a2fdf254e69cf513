/**
 * The dossier pages as a reader and an analyst get them, checked on the
 * built sites: the five project seeds (at `/`) and the golden fixtures
 * (under `/malaff/`). Built HTML is read with a parser for what a page says;
 * a headless browser is used only for what needs one (sorting, printing,
 * the mobile layout).
 *
 * Entities are looked up in `data/articles.json` and `data/entities.json`
 * (by seed file and by Arabic name), never by hard-coded slugs: the
 * registry's ids may change, the public exports are the contract.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { readPage, type Page } from '../helpers/html.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticSite } from '../helpers/serve.ts';
import { nameSlug } from '../../src/entities/lexicon.ts';

interface Site {
  dist: string;
  base: string;
}
interface ArticleRow {
  slug: string;
  url: string;
  source_file: string;
  title: string;
  date: string | null;
  source: string | null;
  entities: { id: string; type: string; name: string }[];
}
interface EntityRow {
  id: string;
  type: string;
  name: string;
  name_en: string | null;
  aliases: string[];
  country: string | null;
  reviewed: boolean;
  url: string;
  articles: string[];
}
interface MentionRow {
  article: string;
  entity: string;
  sentence: string;
  offset: number;
  text: string;
  role: string | null;
}

const seeds: Site = inject('seedsSite');
const fixtures: Site = inject('fixturesSite');

/** The file a URL path of the site is served from. */
function fileOf(site: Site, urlPath: string): string {
  const relative = decodeURIComponent(urlPath.split('#')[0] ?? '').slice(site.base.length);
  return path.join(site.dist, relative, relative === '' || relative.endsWith('/') ? 'index.html' : '');
}
function page(site: Site, urlPath: string): Page {
  return readPage(fileOf(site, urlPath));
}
function data<T>(site: Site, name: string): T {
  return JSON.parse(readFileSync(path.join(site.dist, 'data', name), 'utf8')) as T;
}
const text = (element: Element | undefined) => (element ? toText(element) : '');
const attr = (element: Element | undefined, name: string) => String(element?.properties?.[name] ?? '');

const articles = data<ArticleRow[]>(seeds, 'articles.json');
const entities = data<EntityRow[]>(seeds, 'entities.json');
const mentions = data<MentionRow[]>(seeds, 'mentions.json');
/** The article built from the seed whose file name starts with `prefix` (`000`). */
function seed(prefix: string): ArticleRow {
  const found = articles.find((article) => article.source_file.startsWith(prefix));
  if (!found) throw new Error(`no article from seed ${prefix}* in articles.json`);
  return found;
}
function entityNamed(type: string, name: string): EntityRow {
  const found = entities.find((entity) => entity.type === type && [entity.name, ...entity.aliases].some((n) => n.includes(name)));
  if (!found) throw new Error(`no ${type} named ${name} in entities.json`);
  return found;
}
function articleLinks(p: Page): string[] {
  return p.all('#articles .passage-article a').map((a) => attr(a, 'href'));
}

describe('country pages', () => {
  test('the Morocco page lists the four Morocco articles, newest first, each with its date', () => {
    const p = page(seeds, '/countries/ma/');
    const expected = ['000', '001', '003', '004'].map((prefix) => seed(prefix).url);
    expect(articleLinks(p).toSorted()).toEqual(expected.toSorted());
    const facts = p.all('#articles .passage-groups > li .passage-facts');
    expect(facts).toHaveLength(4);
    for (const fact of facts) expect(text(fact)).toMatch(/\d{4}|دون تاريخ/u);
    const iso = articleLinks(p).map((url) => articles.find((a) => a.url === url)?.date ?? '');
    expect(iso).toEqual(iso.toSorted().toReversed());
  });

  test('the Morocco page shows Pakistan as its most frequent partner, with how often', () => {
    const p = page(seeds, '/countries/ma/');
    const partners = p.all('#partners ol.partners > li');
    expect(attr(partners[0], 'dataEntity')).toBe('PK');
    expect(text(partners[0])).toMatch(/\d/u);
    expect(p.one('#partners ol.partners > li a[href="/countries/pk/"]')).toBeDefined();
  });

  test('the Egypt page lists article 002', () => {
    expect(articleLinks(page(seeds, '/countries/eg/'))).toContain(seed('002').url);
  });

  test('a country page lists its officials, places and organizations, and a timeline of its dated events', () => {
    const p = page(seeds, '/countries/ma/');
    const officials = p.all('#related [data-related-type="person"] li');
    expect(officials.length).toBeGreaterThan(0);
    const moroccans = entities.filter((e) => e.type === 'person' && e.country === 'MA').map((e) => e.id);
    for (const id of moroccans.slice(0, 12)) expect(officials.map((li) => attr(li, 'dataEntity'))).toContain(id);
    expect(p.all('#related [data-related-type="place"] li, #related [data-related-type="organization"] li').length).toBeGreaterThan(0);
    const times = p.all('#timeline li[data-countries] > time').map((t) => attr(t, 'dateTime'));
    expect(times.length).toBeGreaterThan(0);
    expect(times).toEqual(times.toSorted().toReversed());
    expect(p.all('#timeline li[data-countries]').every((li) => attr(li, 'dataCountries').split(' ').includes('MA'))).toBe(true);
  });

  test('a country page shows its flag with an Arabic alternative text', () => {
    const flag = page(seeds, '/countries/ma/').one('.entity-facts img.flag');
    expect(attr(flag, 'alt')).toContain('المغرب');
  });

  test('flags are image files the browser caches, not data repeated in every page', () => {
    const flags = page(seeds, '/countries/').all('img.flag');
    expect(flags.length).toBeGreaterThan(1);
    for (const flag of flags) expect(attr(flag, 'src')).toMatch(/^\/_astro\/[a-z]{2}\.[\w-]+\.svg$/u);
  });
});

describe('official pages', () => {
  test('the page of عبد اللطيف حموشي lists articles 000 and 003 and quotes his title from the text', () => {
    const hammouchi = entityNamed('person', 'حموشي');
    const p = page(seeds, hammouchi.url);
    expect(articleLinks(p).toSorted()).toEqual([seed('000').url, seed('003').url].toSorted());
    const roles = p.one('#roles');
    expect(text(roles)).toContain('المدير العام للأمن الوطني');
    const quote = p.all('#roles blockquote').find((q) => text(q).includes('المدير العام للأمن الوطني'));
    expect(quote).toBeDefined();
    expect(p.all('#roles blockquote mark').some((mark) => text(mark).includes('حموشي'))).toBe(true);
    const sources = p.all('#roles .quote-source a').map((a) => attr(a, 'href'));
    expect(sources.some((href) => href === seed('000').url || href === seed('003').url)).toBe(true);
  });

  test('an official page gives names, country with flag, first and last dated mention', () => {
    const hammouchi = entityNamed('person', 'حموشي');
    const facts = text(page(seeds, hammouchi.url).one('.entity-facts'));
    expect(facts).toContain(hammouchi.name);
    if (hammouchi.name_en) expect(facts).toContain(hammouchi.name_en);
    if (hammouchi.country === 'MA') expect(facts).toContain('المغرب');
    // One dated article makes one row: «أول وآخر ذكر مؤرخ».
    expect(facts).toMatch(/أول (وآخر )?ذكر مؤرخ/u);
    expect(facts).toContain('آخر ذكر مؤرخ');
  });

  test('every mention is a passage with the name marked, grouped under its article', () => {
    const hammouchi = entityNamed('person', 'حموشي');
    const p = page(seeds, hammouchi.url);
    const quotes = p.all('#articles blockquote');
    expect(quotes.length).toBe(new Set(mentions.filter((m) => m.entity === hammouchi.id).map((m) => `${m.article} ${m.sentence}`)).size);
    for (const quote of quotes) expect(text(quote.children.find((c): c is Element => c.type === 'element')).length).toBeGreaterThan(0);
    expect(p.all('#articles blockquote mark').length).toBeGreaterThanOrEqual(quotes.length);
    expect(p.all('#articles h3 a').map((a) => attr(a, 'href')).toSorted()).toEqual([seed('000').url, seed('003').url].toSorted());
  });

  test('an official page names the officials he appears with most, and the countries', () => {
    const p = page(seeds, entityNamed('person', 'حموشي').url);
    expect(p.all('#related [data-related-type="person"] li').length).toBeGreaterThan(0);
    expect(p.all('#related [data-related-type="country"] li').map((li) => attr(li, 'dataEntity'))).toContain('MA');
  });

  test('an official card says where its titles come from: the registry once reviewed, the articles before', () => {
    const titlesLabel = (site: Site, url: string) => page(site, url).all('.entity-facts dt').map(text).find((label) => label.startsWith('المناصب'));
    expect(titlesLabel(seeds, entityNamed('person', 'حموشي').url)).toBe('المناصب (من السجل)');
    const found = data<EntityRow[]>(fixtures, 'entities.json')
      .filter((e) => e.type === 'person' && !e.reviewed)
      .map((e) => titlesLabel(fixtures, e.url))
      .filter((label) => label !== undefined);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set(['المناصب (مستخرجة من المقالات)']));
  });

  test('an entity not yet reviewed by an editor says so; a reviewed one does not', () => {
    const unreviewed = entities.find((e) => !e.reviewed);
    if (unreviewed) expect(text(page(seeds, unreviewed.url).one('.notice'))).toContain('لم يراجع');
    const reviewed = entities.find((e) => e.reviewed);
    if (reviewed) expect(page(seeds, reviewed.url).one('.notice')).toBeUndefined();
  });
});

describe('an official written two ways', () => {
  // The fixtures name Asim Munir as «سيد عاصم منير» in one article and «عاصم منير» in another.
  const official = data<EntityRow[]>(fixtures, 'entities.json').find((entity) => entity.type === 'person' && entity.name === 'عاصم منير');
  const formerUrl = `${fixtures.base}officials/${nameSlug('سيد عاصم منير')}/`;

  test('has one page that gathers the articles of both spellings', () => {
    expect(official?.aliases).toContain('سيد عاصم منير');
    expect(official?.articles).toHaveLength(2);
    expect(articleLinks(page(fixtures, official?.url ?? ''))).toHaveLength(2);
  });

  test('keeps the address of the other spelling, which sends the reader on, and which search and search engines leave out', () => {
    const moved = page(fixtures, formerUrl);
    const target = official?.url ?? '';
    expect(attr(moved.one('meta[http-equiv="refresh"]'), 'content')).toBe(`0; url=${target}`);
    expect(attr(moved.one('link[rel="canonical"]'), 'href')).toBe(`https://dossier.test${target}`);
    expect(attr(moved.one('meta[name="robots"]'), 'content')).toBe('noindex');
    expect(text(moved.one(`main a[href="${target}"]`))).toBe('عاصم منير');
    expect(attr(moved.one('html'), 'lang')).toBe('ar');
    expect(attr(moved.one('html'), 'dir')).toBe('rtl');
    expect(moved.all('[data-search-region]')).toHaveLength(0);
  });
});

describe('every entity page', () => {
  test('stays bounded: fewer than 38 articles with their passages and a 25-node graph, the older ones on numbered pages', () => {
    for (const entity of entities) {
      const p = page(seeds, entity.url);
      // The newest 25 or so: an archive's front holds half to one and a half pages (src/lib/paginate.ts).
      expect(p.all('#articles .passage-groups > li').length, entity.url).toBeLessThan(38);
      expect(p.all('#graph svg a').length, entity.url).toBeLessThanOrEqual(25);
      const next = p.one('#articles a[rel="next"]');
      if (next) expect(existsSync(fileOf(seeds, attr(next, 'href'))), attr(next, 'href')).toBe(true);
    }
  });

  test('points to its mentions in the dossier-wide exports, which carry each mention\'s words and role', () => {
    for (const entity of entities) {
      const p = page(seeds, entity.url);
      expect(p.all('#data a').map((a) => attr(a, 'href')), entity.url).toEqual(['/data/mentions.json', '/data/mentions.csv']);
      expect(text(p.one('#data')), entity.url).toContain(entity.id);
    }
    const hammouchi = entityNamed('person', 'حموشي');
    const his = mentions.filter((m) => m.entity === hammouchi.id);
    expect(his.length).toBeGreaterThan(0);
    for (const m of his) expect(m.sentence.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
    expect(his.some((m) => m.role)).toBe(true);
  });

  test('carries its schema.org type as JSON-LD that seed text cannot break out of', () => {
    const types: Record<string, string> = { person: 'Person', country: 'Country', organization: 'Organization', place: 'Place', event: 'Event' };
    for (const entity of entities) {
      const script = page(seeds, entity.url).one('head script[type="application/ld+json"]');
      const raw = text(script);
      expect(raw).not.toMatch(/</u);
      expect(JSON.parse(raw)).toMatchObject({ '@type': types[entity.type], name: entity.name });
    }
  });
});

describe('event pages', () => {
  test('an edition of a recurring exercise links to its series and to its other editions, year by year', () => {
    const rows = data<EntityRow[]>(fixtures, 'entities.json').filter((entity) => entity.type === 'event');
    // Editions read off the names independently of the site's code: «Flintlock-2014» is Flintlock's 2014.
    const editions = rows.flatMap((entity) => {
      const match = /^(.+?)[\s-]*((?:19|20)\d\d)$/u.exec(entity.name_en ?? entity.name);
      return match ? [{ entity, series: (match[1] as string).toLowerCase(), year: match[2] as string }] : [];
    });
    const bySeries = Map.groupBy(editions, (edition) => edition.series);
    const years = [...bySeries.values()].filter((list) => new Set(list.map((edition) => edition.year)).size === list.length && list.length > 1);
    expect(years.length, 'the fixture stream names several editions of one exercise').toBeGreaterThan(0);
    let withSeries = 0;
    for (const list of years) {
      const series = rows.find((entity) => [entity.name, entity.name_en ?? '', ...entity.aliases].some((name) => name.toLowerCase() === list[0]?.series));
      for (const { entity, year } of list) {
        const p = page(fixtures, entity.url);
        const shown = p.all('[data-editions] > li');
        expect(shown.map((li) => text(li)), entity.url).toEqual(list.map((edition) => edition.year).toSorted());
        expect(text(p.one('[data-editions] [aria-current="page"]')), entity.url).toBe(year);
        const links = p.all('[data-editions] a').map((a) => attr(a, 'href'));
        expect(links.toSorted(), entity.url).toEqual(list.filter((other) => other.entity !== entity).map((other) => other.entity.url).toSorted());
        if (series) {
          expect(p.all('[data-series] a').map((a) => attr(a, 'href')), entity.url).toEqual([series.url]);
          withSeries++;
        }
      }
      if (series) {
        const links = page(fixtures, series.url).all('[data-editions] a').map((a) => attr(a, 'href'));
        expect(links.toSorted(), series.url).toEqual(list.map((edition) => edition.entity.url).toSorted());
      }
    }
    expect(withSeries, 'some editions have a page of their series').toBeGreaterThan(0);
  });

  test('an entity the articles name only in Latin letters says its Arabic name is unknown, and gives the Latin one as English', () => {
    const latin = data<EntityRow[]>(fixtures, 'entities.json').filter((entity) => !/\p{Script=Arabic}/u.test(entity.name));
    expect(latin.length, 'the fixture stream names exercises in Latin letters').toBeGreaterThan(0);
    for (const entity of latin) {
      const facts = new Map(page(fixtures, entity.url).all('.entity-facts .fact').map((fact) => [text(fact.children.find((c): c is Element => c.type === 'element' && c.tagName === 'dt')), fact]));
      expect(text(facts.get('الاسم بالعربية')).trim(), entity.url).toMatch(/غير معروف$/u);
      expect(text(facts.get('الاسم بالإنجليزية')), entity.url).toContain(entity.name_en ?? entity.name);
    }
    // In the index, the name column already shows it: the English column does not repeat it.
    const events = page(fixtures, `${fixtures.base}events/`);
    for (const entity of latin.filter((row) => row.type === 'event')) {
      const cells = events.all(`tr[data-entity="${entity.id}"] > td`);
      expect(text(cells[0]), entity.url).toContain(entity.name);
      expect(text(cells[1]).trim(), entity.url).toBe('—');
    }
  });

  test('a lone edition (Indus Shield-2023 in the five seeds) and an event with no editions list none', () => {
    const events = entities.filter((entity) => entity.type === 'event');
    expect(events.some((entity) => /\d{4}$/u.test(entity.name_en ?? entity.name)), 'the seeds name one edition').toBe(true);
    for (const entity of events) expect(page(seeds, entity.url).one('[data-editions], [data-series]'), entity.url).toBeUndefined();
  });
});

describe('interface strings', () => {
  test('the search boxes suggest queries taken from the dossier: names it holds, typed as people type them', () => {
    for (const [urlPath, selector] of [
      ['/', '#home-q'],
      ['/search/', '#search-q'],
    ] as const) {
      const placeholder = attr(page(seeds, urlPath).one(selector), 'placeholder');
      expect(placeholder, urlPath).toMatch(/^مثلًا: /u);
      const examples = placeholder.replace(/^مثلًا: /u, '').split('، ');
      expect(examples.length, urlPath).toBeGreaterThanOrEqual(2);
      const withoutHamza = (text: string) => text.replace(/[أإآ]/gu, 'ا');
      for (const example of examples) {
        const named = entities.some((e) => [e.name, e.name_en ?? ''].some((name) => name.split(/[\s-]+/u).at(-1) === example || withoutHamza(name) === example));
        expect(named, example).toBe(true);
      }
    }
  });

  test('the sidebar navigation has a name of its own, not that of its first link (the home page)', () => {
    const p = page(seeds, '/');
    const nav = p.one('nav.sidebar');
    const home = p.one('nav.sidebar a');
    expect(attr(nav, 'ariaLabel')).toBe('أقسام الملف');
    expect(text(home).trim()).not.toBe(attr(nav, 'ariaLabel'));
  });

  test('the page for an unknown address says so in correct Arabic and points to the search', () => {
    const body = text(page(seeds, '/404.html').one('main'));
    expect(body).toContain('لا توجد صفحة بهذا العنوان في الملف');
    expect(body).toContain('باستعمال شريط البحث');
    expect(body).not.toContain('بإستعمال');
  });

  test('the page for an unknown address keeps the sidebar, so every section is one click away', () => {
    const p = page(seeds, '/404.html');
    const links = p.all('nav.sidebar a').map((link) => text(link).trim());
    expect(links).toEqual(expect.arrayContaining(['المقالات', 'الدول', 'المسؤولون', 'البحث']));
    expect(text(p.one('h1')).trim()).toBe('الصفحة غير موجودة');
  });
});

describe('index pages', () => {
  test('each type has a table of names with article and mention counts, most mentioned first without script', () => {
    for (const [type, section] of Object.entries({ person: 'officials', country: 'countries', organization: 'organizations', place: 'places', event: 'events' })) {
      const p = page(seeds, `/${section}/`);
      const rows = p.all('table.entity-table tbody tr');
      const expected = entities.filter((e) => e.type === type);
      expect(rows.length, section).toBe(Math.min(200, expected.length));
      const counts = p.all('table.entity-table tbody td.mention-count').map((cell) => Number(text(cell)));
      expect(counts.length, section).toBe(rows.length);
      expect(counts, section).toEqual(counts.toSorted((a, b) => b - a));
    }
  });
});

describe('article pages', () => {
  test('show the entity panel by type, the dated mentions, and at most five related articles', () => {
    const p = page(seeds, seed('000').url);
    expect(p.all('.article-panel .panel-group h3').map((h) => text(h))).toContain('الدول');
    expect(text(p.one('.article-panel'))).toContain('شتنبر 2023');
    const related = p.all('.related-articles li');
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(5);
    expect(p.all('.related-articles li a').map((a) => attr(a, 'href'))).toContain(seed('003').url);
  });

  test('keep the removed page furniture out of view', () => {
    const p = page(seeds, seed('000').url);
    const removed = p.one('details.removed');
    expect(removed).toBeDefined();
    expect(removed?.properties?.open).toBeFalsy();
    expect(text(removed)).toContain('تعليقات');
  });

  test('carry NewsArticle JSON-LD with the date, and the entities they mention', () => {
    const article = seed('003');
    const ld = JSON.parse(text(page(seeds, article.url).one('head script[type="application/ld+json"]')));
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(article.title);
    if (article.date) expect(ld.datePublished).toBe(article.date);
    expect(ld.mentions.map((m: { name: string }) => m.name)).toContain('المغرب');
  });
});

describe('timeline', () => {
  test('lists every resolved date newest first, with the sentence and its article', () => {
    const p = page(seeds, '/timeline/');
    const entries = p.all('.timeline li[data-countries]');
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(100);
    const times = entries.map((li) => attr(li.children.find((c): c is Element => c.type === 'element' && c.tagName === 'time'), 'dateTime'));
    expect(times).toEqual(times.toSorted().toReversed());
    expect(p.all('.timeline li[data-countries] blockquote mark').length).toBe(entries.length);
    expect(times.some((t) => t.startsWith('2025-01-20') || t.startsWith('2023'))).toBe(true);
  });

  test('can be filtered by country without script, through per-country timelines', () => {
    const p = page(seeds, '/timeline/');
    const links = p.all('.timeline-countries a').map((a) => attr(a, 'href'));
    expect(links).toContain('/timeline/ma/');
    for (const link of links) expect(existsSync(fileOf(seeds, link)), link).toBe(true);
    const morocco = page(seeds, '/timeline/ma/');
    const entries = morocco.all('.timeline li[data-countries]');
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((li) => attr(li, 'dataCountries').split(' ').includes('MA'))).toBe(true);
  });
});

describe('relationship graph', () => {
  test('is a static SVG with a title and description whose every node is a link with an accessible name', () => {
    for (const [url, max] of [['/graph/', 60], ['/', 30]] as const) {
      const p = page(seeds, url);
      const svg = p.one('svg[role="group"]');
      expect(svg, url).toBeDefined();
      expect(text(p.one('svg > title')).length, url).toBeGreaterThan(0);
      expect(text(p.one('svg > desc')).length, url).toBeGreaterThan(0);
      const nodes = p.all('svg a');
      expect(nodes.length, url).toBeGreaterThan(1);
      expect(nodes.length, url).toBeLessThanOrEqual(max);
      for (const node of nodes) {
        expect(attr(node, 'ariaLabel').length).toBeGreaterThan(0);
        expect(existsSync(fileOf(seeds, attr(node, 'href'))), attr(node, 'href')).toBe(true);
      }
      expect(p.all('svg a').map((a) => attr(a, 'href'))).toContain('/countries/ma/');
    }
  });

  test('shows the same relations as a table for readers who cannot see the drawing', () => {
    const rows = page(seeds, '/graph/').all('.graph-table tbody tr');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => text(row).includes('المغرب') && text(row).includes('باكستان'))).toBe(true);
  });
});

describe('data exports', () => {
  test('articles.json, entities.json and mentions.json have exactly the public shapes', () => {
    expect(articles).toHaveLength(5);
    for (const row of articles) {
      expect(Object.keys(row)).toEqual(['slug', 'url', 'source_file', 'title', 'date', 'source', 'entities']);
      expect(row.url).toBe(`/articles/${row.slug}/`);
      expect(existsSync(fileOf(seeds, row.url))).toBe(true);
      for (const entity of row.entities) expect(Object.keys(entity)).toEqual(['id', 'type', 'name']);
    }
    expect(articles.map((a) => a.source_file).toSorted()).toEqual(
      ['000_bc80649835119055.txt', '001_6c5f90da1f05c8a5.txt', '002_e5f671c85a6cc294.txt', '003_b5a8de8f3c704cbb.txt', '004_ab775e6fa1067318.txt'],
    );
    for (const row of entities) {
      expect(Object.keys(row)).toEqual(['id', 'type', 'name', 'name_en', 'aliases', 'country', 'reviewed', 'url', 'articles']);
      expect(existsSync(fileOf(seeds, row.url)), row.url).toBe(true);
    }
    for (const row of mentions) {
      expect(Object.keys(row)).toEqual(['article', 'entity', 'sentence', 'offset', 'text', 'role']);
      expect(row.offset).toBeGreaterThanOrEqual(0);
      expect(row.offset).toBeLessThan(row.sentence.length);
    }
  });

  test('the CSVs open in Excel with their Arabic intact: BOM, CRLF and RFC 4180 quoting', () => {
    for (const [name, json] of [['mentions', mentions], ['entities', entities]] as const) {
      const csv = readFileSync(path.join(seeds.dist, 'data', `${name}.csv`), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv).toContain('\r\n');
      const rows = parseCsv(csv);
      expect(rows.length - 1).toBe(json.length);
    }
    const rows = parseCsv(readFileSync(path.join(seeds.dist, 'data', 'mentions.csv'), 'utf8'));
    expect(rows[0]).toEqual(['article', 'entity', 'sentence', 'offset', 'text', 'role']);
    expect(rows.slice(1).map((row) => row[2])).toEqual(mentions.map((m) => m.sentence));
  });

  test('the Atom feed lists the newest dated articles with absolute links', () => {
    const xml = readFileSync(path.join(seeds.dist, 'feed.xml'), 'utf8');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const links = [...xml.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/gu)].map((m) => m[1] ?? '');
    expect(links).toHaveLength(articles.filter((a) => a.date !== null).length);
    for (const link of links) {
      const url = new URL(link);
      expect(url.protocol).toBe('https:');
      expect(existsSync(fileOf(seeds, url.pathname)), link).toBe(true);
    }
  });

  test('the sitemap lists the dossier pages', () => {
    expect(existsSync(path.join(seeds.dist, 'sitemap-index.xml'))).toBe(true);
    const sitemap = readFileSync(path.join(seeds.dist, 'sitemap-0.xml'), 'utf8');
    for (const url of ['/countries/ma/', '/timeline/', '/graph/', seed('003').url]) expect(sitemap).toContain(`${url}</loc>`);
  });

  test('under a base path, every export URL carries the base', () => {
    const rows = data<ArticleRow[]>(fixtures, 'articles.json');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.url.startsWith('/malaff/articles/')).toBe(true);
      expect(existsSync(fileOf(fixtures, row.url)), row.url).toBe(true);
    }
    for (const row of data<EntityRow[]>(fixtures, 'entities.json')) expect(row.url.startsWith('/malaff/')).toBe(true);
  });
});

describe('hostile seed text', () => {
  test('a headline with markup stays text in the JSON-LD and the feed, and adds no element to the page', () => {
    const rows = data<ArticleRow[]>(fixtures, 'articles.json');
    const hostile = rows.find((row) => /[<>{}]/u.test(row.title));
    expect(hostile, 'the fixtures hold a headline with < > { }').toBeDefined();
    if (!hostile) return;
    const p = page(fixtures, hostile.url);
    const raw = text(p.one('head script[type="application/ld+json"]'));
    expect(raw).not.toMatch(/</u);
    expect(JSON.parse(raw).headline).toBe(hostile.title);
    // No element came from the seed: the page has the same scripts as any other article.
    const ordinary = page(fixtures, rows.find((row) => row !== hostile)?.url ?? '');
    expect(p.all('script').length).toBe(ordinary.all('script').length);
    const feed = readFileSync(path.join(fixtures.dist, 'feed.xml'), 'utf8');
    expect(feed).not.toMatch(/<(?!\/?(?:\?xml|feed|id|title|subtitle|link|updated|published|author|name|entry|summary|category)\b)/u);
  });
});

describe('in a browser', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serve(seeds.dist, seeds.base);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test('clicking a column header sorts the index table and announces the order', async () => {
    const p = await browser.newPage();
    await p.goto(`${site.url}countries/`);
    const header = p.locator('table.entity-table thead th').first();
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toMatch(/ascending|descending/u);
    const names = await p.locator('table.entity-table tbody tr td:first-child a').allTextContents();
    const collator = new Intl.Collator('ar', { numeric: true, sensitivity: 'base' });
    const sorted = names.toSorted(collator.compare);
    expect([sorted, sorted.toReversed()]).toContainEqual(names);
    await p.close();
  });

  test("an official's former address takes the reader to the page of every spelling", async () => {
    const fixturesSite = await serve(fixtures.dist, fixtures.base);
    const official = data<EntityRow[]>(fixtures, 'entities.json').find((entity) => entity.type === 'person' && entity.name === 'عاصم منير');
    const p = await browser.newPage();
    try {
      await p.goto(`${fixturesSite.url}officials/${nameSlug('سيد عاصم منير')}/`);
      await p.waitForURL((url) => url.pathname === official?.url);
      expect(await p.locator('main h1').first().textContent()).toContain('عاصم منير');
    } finally {
      await p.close();
      await fixturesSite.close();
    }
  });

  test('the timeline country menu takes the reader to that country', async () => {
    const p = await browser.newPage();
    await p.goto(`${site.url}timeline/`);
    await p.selectOption('#timeline-country', { value: '/timeline/ma/' });
    await p.waitForURL(/\/timeline\/ma\/$/u);
    await p.close();
  });

  test('a country page prints as a clean dossier: no sidebar, header or search, links followed by their address', async () => {
    const p = await browser.newPage();
    await p.goto(`${site.url}countries/ma/`);
    await p.emulateMedia({ media: 'print' });
    const hidden = await p.evaluate(() =>
      ['header.header', 'nav.sidebar', 'site-search', '.sl-skip-link'].map((selector) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).display : 'none';
      }),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none']);
    const after = await p.evaluate(() => {
      const link = document.querySelector('#articles .passage-article a');
      return link ? getComputedStyle(link, '::after').content : '';
    });
    expect(after).toContain('/articles/');
    // Entity pages print absolute addresses: the site's origin comes first.
    expect(after).toContain('https://dossier.test');
    expect(await p.locator('.print-only').first().isVisible()).toBe(true);
    await p.close();
  });

  test('entity pages fit a phone screen without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const p = await context.newPage();
    for (const url of ['countries/ma/', entityNamed('person', 'حموشي').url.slice(1), 'timeline/', 'graph/']) {
      await p.goto(`${site.url}${url}`);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(1);
    }
    await context.close();
  });
});

/** A small RFC 4180 parser: quoted fields, doubled quotes, CRLF records; drops the BOM. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = csv.replace(/^\uFEFF/u, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && input[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
