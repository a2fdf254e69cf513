/**
 * The pages a query names: a reader who types `حموشي`, `Hammouchi` or
 * `عبد اللطيف الحموشي` is looking for that official's page first, and for
 * the articles after it; `المغرب` or `Pakistan` for the country's page.
 *
 * Pagefind's ranking does not say so. Its weights keep a short entity page
 * from crowding out the articles that discuss it (`ranking.ts`), and an
 * article whose headline holds the name weighs more than the page of that
 * name: on a 1,000-article dossier, the page of `عبد اللطيف حموشي` came
 * ninth for `حموشي` and was not among the first ten for `Hammouchi`, nor
 * was the Morocco page for `المغرب`. Pagefind 1.5 can weigh metadata
 * (`metaWeights`), but a weight that lifted a page for its exact name also
 * lifted every page sharing a word with the query (`محمد`, `القوات`) over
 * the articles.
 *
 * So the search index step writes, beside Pagefind's bundle, a table from
 * each exact name form to the Pagefind ids of the pages it names
 * (`namesTable`), split into `NAME_SHARDS` small files by a hash of the
 * form. A search fetches the one file its query falls in (a few hundred
 * bytes to a few kilobytes, whatever the dossier's size) and moves those
 * pages, when they are among the results, to the front (`namedFirst`);
 * nothing else moves, and nothing is added or removed.
 *
 * A form is the set of search keys of a whole name (canonical, English or
 * alias), in any order; for an official, the family name alone too. The
 * Latin article (`al-`, `el-`) counts for nothing, so `al-Alwi` is `Alwi`.
 */
import { entityPath } from '../lib/urls.ts';
import type { EntityType } from '../pipeline/types.ts';
import { nameKeys, normalizeQuery } from './keys.ts';

/** Files the table is split into; a form's file is `names/<hex>.json` in the search bundle. */
export const NAME_SHARDS = 256;

/** The folder of the table's files inside the search bundle (`dist/pagefind/`). */
export const NAMES_FOLDER = 'names';

/** At most this many pages per form: a name several people share lists the most cited. */
export const NAMED_PAGES_LIMIT = 3;

/** Words that tell nothing alone: the Latin article of transliterated names. */
const PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ul']);

/** The form of a list of keys: without particles, sorted, space-separated; '' when nothing is left. */
function formOf(keys: readonly string[]): string {
  return [...new Set(keys.filter((key) => key && !PARTICLES.has(key)))].sort().join(' ');
}

/** The form of a normalised query (`normalizeQuery`: keys separated by spaces). */
export function termForm(term: string): string {
  return formOf(term.split(' '));
}

/** The form of what a reader typed. */
export function queryForm(query: string): string {
  return termForm(normalizeQuery(query));
}

/** What the table needs to know of an entity (a row of `data/entities.json`). */
export interface NamedEntity {
  id: string;
  type: EntityType;
  name: string;
  name_en: string | null;
  aliases: readonly string[];
  articles: readonly string[];
}

/**
 * Every form that names an entity: each of its names whole and, for an
 * official, the last word of the canonical and of the English name.
 */
export function nameForms(entity: NamedEntity): string[] {
  const keysOf = (name: string): string[] => nameKeys([name]).filter((key) => !PARTICLES.has(key));
  const [own = [], english = [], ...aliases] = [entity.name, entity.name_en ?? '', ...entity.aliases].map(keysOf);
  const forms = [own, english, ...aliases].map(formOf);
  if (entity.type === 'person') for (const keys of [own, english]) forms.push(keys.at(-1) ?? '');
  return [...new Set(forms.filter(Boolean))];
}

/** The file a form belongs to: FNV-1a of its UTF-16 code units, as two hex digits. */
export function shardOf(form: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < form.length; i++) {
    hash ^= form.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) % NAME_SHARDS).toString(16).padStart(2, '0');
}

/** One file of the table: form → Pagefind ids of the pages it names, most cited first. */
export type NameShard = Record<string, string[]>;

/**
 * The whole table, file by file (every file, empty ones included, so that
 * a search never asks for one that is missing).
 *
 * @param entities the dossier's entities (`data/entities.json`)
 * @param pageIdOf the Pagefind id of the page at a site path (`/officials/x/`), if indexed
 * @returns file name (`3f.json`) → its content
 */
export function namesTable(entities: readonly NamedEntity[], pageIdOf: (sitePath: string) => string | undefined): Map<string, NameShard> {
  const byForm = new Map<string, { id: string; cited: number }[]>();
  for (const entity of entities) {
    const id = pageIdOf(entityPath(entity.type, entity.id));
    if (!id) continue;
    for (const form of nameForms(entity)) {
      const list = byForm.get(form) ?? [];
      list.push({ id, cited: entity.articles.length });
      byForm.set(form, list);
    }
  }
  const files = new Map<string, NameShard>();
  for (let shard = 0; shard < NAME_SHARDS; shard++) files.set(`${shard.toString(16).padStart(2, '0')}.json`, {});
  for (const [form, pages] of [...byForm].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ranked = pages.sort((a, b) => b.cited - a.cited || (a.id < b.id ? -1 : 1)).slice(0, NAMED_PAGES_LIMIT);
    (files.get(`${shardOf(form)}.json`) as NameShard)[form] = ranked.map((page) => page.id);
  }
  return files;
}

/**
 * The results with the pages named by the query first, in the table's
 * order; every other result keeps its place.
 *
 * @param results Pagefind's results, best first
 * @param named Pagefind ids of the pages the query names
 */
export function namedFirst<R extends { id: string }>(results: readonly R[], named: readonly string[]): R[] {
  if (named.length === 0) return [...results];
  const byId = new Map(results.map((result) => [result.id, result]));
  const first = named.flatMap((id) => byId.get(id) ?? []);
  const moved = new Set(first.map((result) => result.id));
  return [...first, ...results.filter((result) => !moved.has(result.id))];
}
