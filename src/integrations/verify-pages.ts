/**
 * Fails the build when a page is missing.
 *
 * Astro can log a render error and still exit 0 with pages missing. After the
 * build, every generated article must have its `articles/<slug>/index.html`
 * in the output, and every file Astro counts among its routes' outputs must
 * exist: its incremental cache prunes the copies of pages no route keys any
 * more, and those copies are the pages of `dist/` (`share-page-cache.ts`),
 * so a route that stopped giving cache keys would otherwise lose its pages
 * without a word. Otherwise the build fails and names the missing pages.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ARTICLES_DIR, articleSlugs } from '../data/article-files.ts';
import { routeOutputs } from './prune-output.ts';

/**
 * The pages a build should have written and `out` lacks, relative to `out`.
 *
 * @param out the built site
 * @param slugs every article's slug
 * @param outputs every file (absolute) the build's routes made or left in place
 */
export function missingPages(out: string, slugs: readonly string[], outputs: Iterable<string>): string[] {
  const missing = new Set<string>();
  for (const slug of slugs) {
    const page = path.join('articles', slug, 'index.html');
    if (!existsSync(path.join(out, page))) missing.add(page);
  }
  for (const file of outputs) if (!existsSync(file)) missing.add(path.relative(out, file));
  return [...missing];
}

export function verifyPages(articlesDir = ARTICLES_DIR): AstroIntegration {
  let root = '';
  return {
    name: 'malaff:verify-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const slugs = existsSync(path.join(root, articlesDir)) ? articleSlugs(path.join(root, articlesDir)) : [];
        const outputs = routeOutputs(assets);
        const missing = missingPages(out, slugs, outputs);
        if (missing.length > 0) {
          throw new Error(`${missing.length} page(s) missing from the build: ${missing.map((page) => page.split(path.sep).join('/')).join(', ')}`);
        }
        logger.info(`all ${slugs.length} article pages present, and the ${outputs.length} files of every route`);
      },
    },
  };
}
