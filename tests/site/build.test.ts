/**
 * The built site, read as files: every seed has its page, every page is
 * Arabic and right-to-left, the search index exists, bad seeds stop the
 * build with a message that names them all, and an article file edited to
 * hold code stops it with the file and the line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/site.ts';
import { readPage, textAsRead } from '../helpers/html.ts';
import { fixtureSeeds, projectSeeds } from '../setup/sites.ts';
import { readSeed } from '../../src/pipeline/read.ts';
import { SEARCHABLE_PAGES } from '../../src/search/index-site.ts';
import { cleanSeed } from '../../src/pipeline/clean.ts';
import { extractMetadata } from '../../src/pipeline/metadata.ts';
import { ARTICLES_PER_INDEX_PAGE } from '../../src/lib/limits.ts';
import { archivePageCount } from '../../src/lib/paginate.ts';
import { countArticles, dateSpan } from '../../src/lib/format.ts';

/** Every `index.html` under `dist`, as paths relative to it. */
function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'));
}

/**
 * The records of a Pagefind index, decoded and sorted by URL. Read whole, a
 * page gets an `image` in its record: the first picture after the title,
 * most often a flag in a panel whose text the index leaves out. Search
 * results show no pictures, so images are not compared.
 */
function recordsOf(files: { path: string; content: Uint8Array }[]): SearchRecord[] {
  return files
    .filter((file) => file.path.startsWith('fragment/'))
    .map((file) => {
      const text = gunzipSync(file.content).toString('utf8');
      const record = JSON.parse(text.slice(text.indexOf('{'))) as SearchRecord;
      const { image: _image, image_alt: _alt, ...meta } = record.meta;
      return { ...record, meta };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** The records of the search index built into `dist`. */
function builtRecords(dist: string): SearchRecord[] {
  const folder = path.join(dist, 'pagefind/fragment');
  return recordsOf(readdirSync(folder).map((file) => ({ path: `fragment/${file}`, content: readFileSync(path.join(folder, file)) })));
}

/**
 * Expects every word of every search record of the site in `dist` to be a
 * word a reader sees on its page, block edges counted as word breaks.
 * Pagefind ends a word at whitespace only, and a sentence after the few
 * block elements it knows: where markup puts no space between two blocks
 * (a <dt> and its <dd>), it joins their words into one nobody types.
 */
function expectOnlyWordsAsRead(dist: string, minimum: number): void {
  const wordsOf = (text: string) => text.split(/[\s.,،؛:;!?()«»"'…·—–-]+/u).filter(Boolean);
  const records = builtRecords(dist);
  expect(records.length).toBeGreaterThan(minimum);
  for (const record of records) {
    // A record's URL is its page's path in `dist`; the base path is Pagefind's client's to add.
    const page = readPage(path.join(dist, record.url, 'index.html'));
    const seen = new Set(wordsOf(textAsRead(page.tree, { hidden: true })));
    expect(wordsOf(record.content).filter((word) => !seen.has(word)), record.url).toEqual([]);
  }
}

function articleSlugs(dist: string): string[] {
  return readdirSync(path.join(dist, 'articles'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'page')
    .map((entry) => entry.name);
}

describe('the five-seed site', () => {
  const { dist } = inject('seedsSite');
  const seeds = Object.keys(projectSeeds());
  const entities = JSON.parse(readFileSync(path.join(dist, 'data/entities.json'), 'utf8')) as { url: string }[];

  it('has one article page per seed, at /articles/<seed name>/', () => {
    const expected = seeds.map((name) => name.replace(/\.txt$/u, '').toLowerCase()).sort();
    expect(articleSlugs(dist).sort()).toEqual(expected);
    for (const slug of expected) expect(existsSync(path.join(dist, 'articles', slug, 'index.html'))).toBe(true);
  });

  it("sends nothing off the machine: Astro's telemetry stays off, so it never creates its identity", () => {
    // With telemetry on, Astro writes an anonymous id to `$XDG_CONFIG_HOME/astro/config.json` before it posts.
    expect(existsSync(path.join(dist, '../.config/astro'))).toBe(false);
  });

  it('builds the fixed pages, one page per entity, and nothing unaccounted for', () => {
    const fixed = [
      'index.html',
      '404.html',
      'about/index.html',
      'articles/index.html',
      'search/index.html',
      'timeline/index.html',
      'graph/index.html',
      'countries/index.html',
      'officials/index.html',
      'organizations/index.html',
      'places/index.html',
      'events/index.html',
    ];
    const pages = htmlPages(dist);
    for (const page of fixed) expect(pages).toContain(page);
    const entityPages = entities.map((entity) => `${entity.url.replace(/^\//u, '')}index.html`);
    for (const page of entityPages) expect(pages).toContain(page);
    const known = new Set([...fixed, ...entityPages, ...seeds.map((name) => `articles/${name.replace(/\.txt$/u, '')}/index.html`)]);
    // Continuation pages of long lists: index pages, passages of an entity, timeline by country.
    const continuation = /^(?:articles\/page\/\d+|[a-z]+\/page\/\d+|[a-z]+\/[^/]+\/mentions\/\d+|timeline\/[a-z]{2}(?:\/\d+)?|timeline\/\d+)\/index\.html$/u;
    expect(pages.filter((page) => !known.has(page) && !continuation.test(page))).toEqual([]);
  });

  it('marks every page as Arabic, right to left', () => {
    for (const file of htmlPages(dist)) {
      const html = readPage(path.join(dist, file)).one('html');
      expect(html?.properties.lang, file).toBe('ar');
      expect(html?.properties.dir, file).toBe('rtl');
    }
  });

  it('writes an Arabic Pagefind index', () => {
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['ar']);
    expect(entry.languages.ar?.page_count).toBeGreaterThanOrEqual(seeds.length);
  });

  it('indexes for search what Pagefind finds in whole pages, though it reads only their search regions', async () => {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(errors.join('; '));
    try {
      await index.addDirectory({ path: dist, glob: SEARCHABLE_PAGES });
      const whole = recordsOf((await index.getFiles()).files);
      const built = builtRecords(dist);
      expect(built.length).toBeGreaterThan(seeds.length);
      expect(built).toEqual(whole);
    } finally {
      await pagefind.close();
    }
  });

  it('indexes the words a reader sees, never a label run into its value', () => {
    expectOnlyWordsAsRead(dist, seeds.length);
  });

  it("keeps the address line printed on entity pages out of the search records", () => {
    const entityRecords = builtRecords(dist).filter((record) => record.url.startsWith('/officials/'));
    expect(entityRecords.length).toBeGreaterThan(0);
    for (const record of entityRecords) expect(record.content, record.url).not.toMatch(/https?:\/\/|من «ملف»/u);
  });

  it('bundles the Arabic web font instead of loading it from elsewhere', () => {
    const fonts = readdirSync(path.join(dist, '_astro')).filter((file) => /noto-naskh-arabic-arabic-400.*\.woff2$/u.test(file));
    expect(fonts.length).toBeGreaterThan(0);
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).not.toMatch(/fonts\.googleapis|fonts\.gstatic|cdn\./u);
  });
});

describe('the fixture site (every golden fixture, under a base path)', () => {
  const { dist, base } = inject('fixturesSite');
  const seeds = fixtureSeeds();

  it('indexes the words a reader sees, whatever the seeds hold', () => {
    expectOnlyWordsAsRead(dist, Object.keys(seeds).length);
  });

  it('gives every fixture seed a page, whatever its encoding or content', () => {
    const expected = Object.entries(seeds).map(([name, bytes]) => extractMetadata(cleanSeed(readSeed(bytes, name))).meta.slug);
    expect(articleSlugs(dist).sort()).toEqual(expected.sort());
  });

  it('shows every word of every cleaned article, in order, on its page', () => {
    for (const [name, bytes] of Object.entries(seeds)) {
      const article = extractMetadata(cleanSeed(readSeed(bytes, name)));
      const page = readPage(path.join(dist, 'articles', article.meta.slug, 'index.html'));
      const rendered = page.text('.article-body').split(/\s+/u).filter(Boolean);
      let cursor = 0;
      for (const word of article.paragraphs.join(' ').split(/\s+/u).filter(Boolean)) {
        const found = rendered.indexOf(word, cursor);
        expect(found, `${name}: «${word}» missing or out of order`).toBeGreaterThanOrEqual(0);
        cursor = found + 1;
      }
    }
  });

  it('lists every article once, newest first, on a front page and older pages of fifty that keep their numbers', () => {
    const total = Object.keys(seeds).length;
    const last = archivePageCount(total, ARTICLES_PER_INDEX_PAGE);
    expect(last, 'the fixtures fill more than the front').toBeGreaterThan(1);
    // Numbered from the oldest: page 1 is the oldest fifty, the front (page `last`) is the list itself.
    const pathOf = (n: number): string => (n === last ? 'articles/' : `articles/page/${n}/`);
    const listed: string[] = [];
    const dates: string[] = [];
    for (let n = last; n >= 1; n--) {
      const page = readPage(path.join(dist, pathOf(n), 'index.html'));
      const items = page.all('.article-list > li');
      if (n < last) expect(items.length, pathOf(n)).toBe(ARTICLES_PER_INDEX_PAGE);
      else expect(items.length, pathOf(n)).toBe(total - ARTICLES_PER_INDEX_PAGE * (last - 1));
      listed.push(...page.all('.article-list a.article-link').map((link) => String(link.properties.href)));
      const shown = page.all('.article-list time').map((time) => String(time.properties.dateTime));
      dates.push(...shown);
      if (n < last) {
        // An older page is named by the dates it covers (by its number when none is dated),
        // never by a total that changes as the dossier grows.
        const name = dateSpan(shown) ?? `الصفحة ${n} من الأقدم`;
        expect(page.text('.malaff-pager'), pathOf(n)).toContain(name);
        expect(page.text('h1'), pathOf(n)).toMatch(/^المقالات — /u);
        expect(page.text('main'), pathOf(n)).not.toContain(countArticles(total));
      }
      const older = page.one('.malaff-pager a[rel="next"]');
      const newer = page.one('.malaff-pager a[rel="prev"]');
      expect(older?.properties.href, pathOf(n)).toBe(n > 1 ? `${base}${pathOf(n - 1)}` : undefined);
      expect(newer?.properties.href, pathOf(n)).toBe(n < last ? `${base}${pathOf(n + 1)}` : undefined);
    }
    expect(existsSync(path.join(dist, `articles/page/${last}/`)), 'the front has no numbered copy').toBe(false);
    expect(existsSync(path.join(dist, 'articles/page/0/')), 'no page before the oldest').toBe(false);
    expect(new Set(listed).size).toBe(total);
    expect(listed.map((href) => href.slice(`${base}articles/`.length, -1)).sort()).toEqual(articleSlugs(dist).sort());
    expect(dates).toEqual(dates.toSorted().reverse());
  });

  it('renders hostile MDX, HTML and JavaScript in a seed as plain text', () => {
    const page = readPage(path.join(dist, 'articles/hostile-mdx/index.html'));
    const body = page.text('.article-body');
    expect(body).toContain('{process.exit(7)}');
    expect(body).toContain('<script>alert(1)</script>');
    expect(body).toContain('import fs from');
    expect(page.all('.article-body script')).toHaveLength(0);
    expect(page.all('.article-body a[href^="javascript:"]')).toHaveLength(0);
    expect(page.all('.article-body h1, .article-body blockquote, .article-body ol, .article-body ul, .article-body em')).toHaveLength(0);
  });

  it('prefixes every internal link with the base path', () => {
    for (const file of htmlPages(dist)) {
      for (const link of readPage(path.join(dist, file)).all('a[href^="/"]')) {
        expect(String(link.properties.href), file).toMatch(new RegExp(`^${base}`, 'u'));
      }
    }
  });
});

describe('a build with bad seeds', () => {
  // Beside the other test sites (tests/.output/), rebuilt from scratch on every run.
  const dir = path.join(PROJECT_ROOT, 'tests/.output/bad-seeds');
  const random = Uint8Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256);
  let result: BuildResult;
  beforeAll(() => {
    result = buildSite({
      dir,
      seeds: {
        'good.txt': Object.values(projectSeeds())[0] ?? '',
        'empty.txt': '',
        'blank.txt': '  \n\t\n   \n',
        'noise.txt': random,
      },
    });
  });

  it('fails with a non-zero exit code', () => {
    expect(result.status).not.toBe(0);
  });

  it('names every bad file in one message', () => {
    const output = result.stdout + result.stderr;
    for (const name of ['empty.txt', 'blank.txt', 'noise.txt']) expect(output).toContain(name);
    expect(output).not.toMatch(/good\.txt:/u);
  });

  it('writes nothing to dist/', () => {
    expect(existsSync(result.dist)).toBe(false);
  });
});

describe('an article file edited by hand to run code', () => {
  // A generated MDX file changed after the pipeline wrote it: the page renders it, never evaluates it.
  const dir = path.join(PROJECT_ROOT, 'tests/.output/hand-edited');
  let file: string;
  let result: { status: number | null; output: string };
  beforeAll(() => {
    const first = buildSite({ dir, seeds: { 'good.txt': Object.values(projectSeeds())[0] ?? '' } });
    expect(first.status, first.stderr).toBe(0);
    file = 'content/articles/good.mdx';
    writeFileSync(path.join(dir, file), `${readFileSync(path.join(dir, file), 'utf8')}\nقبل {process.exit(7)} بعد\n`);
    const line = readFileSync(path.join(dir, file), 'utf8').split('\n').length - 1;
    file = `${file}:${line}`;
    const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    result = { status: astro.status, output: astro.stdout + astro.stderr };
  });

  it('stops the build, naming the file, the line and why, without running the expression', () => {
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBe(7);
    expect(result.output).toContain(`${file}: a {…} expression is not allowed in an article`);
  });
});
