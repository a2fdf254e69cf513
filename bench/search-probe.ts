/**
 * What a reader's first search downloads, measured by running Pagefind's own
 * client on the built index.
 *
 *   node --experimental-strip-types bench/search-probe.ts <dist/pagefind> <query>
 *
 * Pagefind's `pagefind.js` runs in Node as it does in a page (without a
 * window it stays on the main thread instead of starting its worker). The
 * probe replaces `fetch` with a reader of the files on disk that records
 * every file and its size, then replays what the site's two searches do
 * (`src/search/pagefind.ts`; both run Pagefind without its web worker):
 *
 *  1. `import pagefind.js`, `options()`, `init()`: the entry file, the WASM
 *     and the language's meta file;
 *  2. `filters()`: the filter value lists, which only the search page loads
 *     (for its facet counts); the header search shows no filters;
 *  3. `search(normalizeQuery(query))`: the index chunk(s) the query's search
 *     keys fall in (the site searches keys, `مغرب` for `المغرب`, never the
 *     words as typed);
 *  4. `data()` of the first five results, the header's first batch (one
 *     fragment file each);
 *  5. the file of the names table the query falls in (`src/search/names.ts`),
 *     which both searches fetch beside Pagefind's to put the page the query
 *     names first.
 *
 * `header` is what the header search downloads (1, 3, 4, 5), the first search
 * of most readers, and what the search page downloads before it shows the
 * first results; `searchPage` adds the filter lists (2), which the search
 * page loads after them for its facet counts.
 *
 * Sizes are bytes on disk, which is what travels: Pagefind's chunks are
 * already gzip-compressed; pagefind.js and the entry JSON would shrink
 * further with HTTP compression. Prints one JSON object.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizeQuery } from '../src/search/keys.ts';
import { NAMES_FOLDER, queryForm, shardOf } from '../src/search/names.ts';

interface Loaded {
  file: string;
  bytes: number;
  step: string;
}

const [dir, query = 'المغرب'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: search-probe.ts <dist/pagefind> [query]');
  process.exit(2);
}

const loaded: Loaded[] = [];
let step = 'init';

globalThis.fetch = (async (input: string | URL | Request) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const file = fileURLToPath(url.split('?')[0]!);
  const body = await readFile(file);
  loaded.push({ file: path.relative(dir, file), bytes: body.length, step });
  const type = file.endsWith('.json') ? 'application/json' : file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
  return new Response(body, { status: 200, headers: { 'content-type': type } });
}) as typeof fetch;

const script = path.resolve(dir, 'pagefind.js');
const scriptBytes = (await stat(script)).size;

const pagefind = (await import(pathToFileURL(script).href)) as {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string): Promise<{ results: { data(): Promise<unknown> }[]; unfilteredResultCount: number }>;
};

await pagefind.options({ excerptLength: 40, noWorker: true });
await pagefind.init();
step = 'filters';
const filters = await pagefind.filters();
step = 'search';
const term = normalizeQuery(query);
const result = await pagefind.search(term);
step = 'fragments';
await Promise.all(result.results.slice(0, 5).map((item) => item.data()));
step = 'names';
const form = queryForm(query);
if (form) await fetch(pathToFileURL(path.join(path.resolve(dir), NAMES_FOLDER, `${shardOf(form)}.json`)));

/** Which part of Pagefind a file is, by its path: the step that fetched it can be any (loading is lazy). */
const kind = (file: string): string =>
  file.startsWith('filter/') ? 'filters' : file.startsWith('index/') ? 'index' : file.startsWith('fragment/') ? 'fragments' : file.startsWith(`${NAMES_FOLDER}/`) ? 'names' : 'core';
const sum = (name: string): number => loaded.filter((l) => kind(l.file) === name).reduce((total, l) => total + l.bytes, 0);
const header = scriptBytes + sum('core') + sum('index') + sum('fragments') + sum('names');
console.log(
  JSON.stringify({
    query,
    term,
    results: result.unfilteredResultCount,
    filterValues: Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, Object.keys(values).length])),
    bytes: {
      script: scriptBytes,
      core: sum('core'),
      filters: sum('filters'),
      index: sum('index'),
      fragments: sum('fragments'),
      names: sum('names'),
      header,
      searchPage: header + sum('filters'),
    },
    files: loaded,
  }),
);
