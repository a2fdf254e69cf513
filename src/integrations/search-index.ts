/**
 * The Pagefind index, built while the pages render instead of after.
 *
 * Starlight runs Pagefind once the whole site is written: it reads every
 * HTML file back from `dist/` and indexes it, while the build waits. Astro
 * renders pages on one core, so on a two-core machine the other core is
 * idle during rendering and the build then waits for Pagefind. Here each
 * page goes to Pagefind's indexer (a separate process) the moment it is
 * rendered (`search-index-middleware.ts`), and the index is only written at
 * the end; pages Astro restored from its incremental cache are never
 * rendered, so they are read from `dist/` then.
 *
 * What is indexed is unchanged: Starlight still marks the region to index
 * (`<main data-pagefind-body>`, absent on pages whose frontmatter says
 * `pagefind: false`), and a page is indexed exactly when it carries that
 * mark, as Pagefind would decide over `dist/`. Starlight's own indexing
 * step is turned off (`pagefind: false` in its options).
 *
 * The indexer is shared between this integration (loaded with the config)
 * and the middleware (loaded with the rendered site) through a global: they
 * are separate module instances in the same process.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** The mark Starlight puts on the region of a page that search should index. */
export const INDEXED_MARK = 'data-pagefind-body';

/** Pages allowed in flight to Pagefind before rendering waits for it. */
const IN_FLIGHT = 64;

/** The indexing of one build, shared through `globalThis`. */
export interface SearchIndexer {
  /** Queues a rendered page; resolves once the queue has room again. */
  add(sourcePath: string, html: string): Promise<void>;
  /** Every page handed to `add`, indexed or not (relative to `dist/`). */
  seen: Set<string>;
}

const GLOBAL = Symbol.for('malaff.search-indexer');

type Global = typeof globalThis & { [GLOBAL]?: SearchIndexer };

/** The indexer of the build in progress, if any (none in `astro dev`). */
export function activeIndexer(): SearchIndexer | undefined {
  return (globalThis as Global)[GLOBAL];
}

/** The file a page path is written to, relative to `dist/` (`/malaff/a/` → `a/index.html`). */
export function pageFile(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const relative = decodeURI(pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//u, ''));
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

function startIndexer(): { indexer: SearchIndexer; finish: (dist: string, logger: AstroIntegrationLogger) => Promise<void> } {
  const started = performance.now();
  const index = pagefind.createIndex().then(({ index: created, errors }) => {
    if (!created || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return created;
  });
  const errors: string[] = [];
  const inFlight = new Set<Promise<void>>();
  let streamed = 0;

  const submit = (sourcePath: string, html: string): Promise<void> => {
    const task = index
      .then((created) => created.addHTMLFile({ sourcePath, content: html }))
      .then((response) => {
        for (const error of response.errors) errors.push(`${sourcePath}: ${error}`);
      })
      .catch((error: unknown) => {
        errors.push(`${sourcePath}: ${String(error)}`);
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    return task;
  };

  const indexer: SearchIndexer = {
    seen: new Set(),
    async add(sourcePath, html) {
      indexer.seen.add(sourcePath);
      if (!html.includes(INDEXED_MARK)) return;
      streamed++;
      void submit(sourcePath, html);
      while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    },
  };

  const finish = async (dist: string, logger: AstroIntegrationLogger): Promise<void> => {
    // Pages restored from the incremental cache were never rendered: read them back.
    const files = (await readdir(dist, { recursive: true }))
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/') && !indexer.seen.has(file))
      .sort();
    let restored = 0;
    for (const file of files) {
      const html = await readFile(path.join(dist, file), 'utf8');
      if (!html.includes(INDEXED_MARK)) continue;
      restored++;
      void submit(file, html);
      while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const created = await index;
    const written = await created.writeFiles({ outputPath: path.join(dist, 'pagefind') });
    errors.push(...written.errors);
    await pagefind.close();
    if (errors.length > 0) throw new Error(`Pagefind failed on ${errors.length} page(s):\n${errors.slice(0, 20).join('\n')}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(`search index: ${streamed + restored} pages (${streamed} as they rendered, ${restored} read back from the cache), ${seconds}s since the first page`);
  };

  return { indexer, finish };
}

/** Builds the Pagefind index during rendering; see the module comment. */
export function searchIndex(): AstroIntegration {
  let finish: ((dist: string, logger: AstroIntegrationLogger) => Promise<void>) | undefined;
  return {
    name: 'malaff:search-index',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./search-index-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': () => {
        const started = startIndexer();
        (globalThis as Global)[GLOBAL] = started.indexer;
        finish = started.finish;
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          await finish?.(fileURLToPath(dir), logger);
        } finally {
          delete (globalThis as Global)[GLOBAL];
        }
      },
    },
  };
}
