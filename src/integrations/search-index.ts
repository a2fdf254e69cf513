/**
 * The Pagefind index of the built site, from the pages that can be searched.
 *
 * Starlight's own step hands Pagefind the whole of `dist/`: every mention
 * page, paginated index, timeline page and export is read and parsed only
 * to find that it carries no `data-pagefind-body` and is not indexed. Here
 * Pagefind reads only the files `glob` names (article and entity pages, and
 * the pages directly under the root, Starlight's docs among them). What is
 * indexed is unchanged: within those files, the pages Starlight marks
 * (`<main data-pagefind-body>`, absent where frontmatter says
 * `pagefind: false`). Starlight's step is turned off (`pagefind: false` in
 * its options); its markup stays.
 *
 * Indexing pages while they render was tried and dropped: Pagefind's Node
 * API sends each page to its process as base64 JSON, which cost the
 * rendering thread more than the overlap saved.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface SearchIndexOptions {
  /** The files Pagefind reads, relative to `dist/` (Pagefind's glob syntax). */
  glob: string;
}

/** Builds `dist/pagefind/` after the site is written; fails the build on any Pagefind error. */
export function searchIndex({ glob }: SearchIndexOptions): AstroIntegration {
  return {
    name: 'malaff:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: dist, glob });
          const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
          const failures = [...errors, ...added.errors, ...written.errors];
          if (failures.length > 0) throw new Error(`Pagefind failed:\n${failures.join('\n')}`);
          logger.info(`search index: ${added.page_count} HTML files read and indexed in ${((performance.now() - started) / 1000).toFixed(1)}s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
