/**
 * Fails the build when an article page is missing.
 *
 * Astro can log a render error and still exit 0 with pages missing. After the
 * build, every generated article must have its `articles/<slug>/index.html`
 * in the output; otherwise the build fails and names the missing pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ARTICLES_DIR } from '../data/article-files.ts';

export function verifyPages(articlesDir = ARTICLES_DIR): AstroIntegration {
  let root = '';
  return {
    name: 'malaff:verify-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const slugs = existsSync(path.join(root, articlesDir))
          ? readdirSync(path.join(root, articlesDir)).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4))
          : [];
        const missing = slugs.filter((slug) => !existsSync(path.join(out, 'articles', slug, 'index.html')));
        if (missing.length > 0) {
          throw new Error(`${missing.length} article page(s) missing from the build: ${missing.map((s) => `articles/${s}/`).join(', ')}`);
        }
        logger.info(`all ${slugs.length} article pages present`);
      },
    },
  };
}
