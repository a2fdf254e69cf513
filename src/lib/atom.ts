/**
 * An Atom feed (RFC 4287) of the newest articles.
 *
 * Atom requires an `updated` date on every entry, and the dossier never
 * invents a date: articles whose text states no publication date are left
 * out of the feed (they are on the site and in `data/articles.json`). Ids
 * are the articles' absolute URLs, which are stable because slugs are.
 * Every text value is XML-escaped; seed text can hold `<` and `&`.
 */

export interface FeedEntry {
  title: string;
  /** Absolute URL of the article page. */
  url: string;
  /** ISO date of any precision (`2025`, `2025-01`, `2025-01-20`). */
  date: string;
  summary: string;
  source: string | null;
  /** Names of the entities, as Atom categories. */
  categories: string[];
}

export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute URL of the site's home page. */
  home: string;
  /** Absolute URL of the feed itself. */
  self: string;
  entries: FeedEntry[];
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/gu, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** An ISO date of any precision as an RFC 3339 timestamp (midnight UTC, first of month/year). */
export function rfc3339(iso: string): string {
  const [year = '1970', month = '01', day = '01'] = iso.split('-');
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}T00:00:00Z`;
}

/** Serialises the feed; `updated` is the newest entry's date. */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries.map((entry) => rfc3339(entry.date)).sort().at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.url)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <updated>${rfc3339(entry.date)}</updated>
    <published>${rfc3339(entry.date)}</published>
    <summary>${escapeXml(entry.summary)}</summary>
${entry.source ? `    <author><name>${escapeXml(entry.source)}</name></author>\n` : ''}${entry.categories.map((name) => `    <category term="${escapeXml(name)}"/>\n`).join('')}  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <id>${escapeXml(feed.home)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(feed.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
