/**
 * `/feed.xml`: an Atom feed of the newest dated articles (at most
 * `FEED_ENTRIES`). Undated articles are left out rather than given an
 * invented date (see `src/lib/atom.ts`).
 */
import type { APIRoute } from 'astro';
import { getDossier } from '../data/dossier.ts';
import { atomFeed } from '../lib/atom.ts';
import { FEED_ENTRIES } from '../lib/limits.ts';
import { articlePath, href } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getDossier();
  const origin = site ?? new URL('https://example.invalid/');
  const absolute = (path: string) => new URL(href(path), origin).href;
  const entries = articles
    .filter((article) => article.data.date !== null)
    .slice(0, FEED_ENTRIES)
    .map(({ id, data }) => ({
      title: data.title,
      url: absolute(articlePath(id)),
      date: data.date as string,
      summary: data.description,
      source: data.source,
      categories: data.entities.map((entity) => entity.name),
    }));
  const xml = atomFeed({
    title: 'ملف',
    subtitle: 'أحدث مقالات الملف الصحفي عن العلاقات الدفاعية والأمنية',
    home: absolute('/'),
    self: absolute('/feed.xml'),
    entries,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
