/**
 * The content loader of the `docs` collection (the hand-written pages in
 * `content/docs/`): Astro's `glob` loader, without one trap.
 *
 * `glob` keeps an entry from its cache when the file it reads has the same
 * id and the same text as before, and does not look at which file that is.
 * So a page moved to another file under the same name, say `about.mdx`
 * renamed `about.md`, keeps pointing at the old file. For MDX the old path
 * is a module Vite must import, and every later build fails with
 * `failed to resolve import "astro:content-layer-deferred-module?…
 * fileName=content/docs/about.mdx"` until `.cache/astro/` is deleted: on CI,
 * which restores the cache of the last successful build, every later push
 * fails the same way. Entries whose file is gone are dropped before `glob`
 * runs, so a moved page is read again from where it is now.
 */
import { existsSync } from 'node:fs';
import { glob, type Loader } from 'astro/loaders';

/** `glob`'s options: the folder and the pattern of the pages. */
type DocsLoaderOptions = Parameters<typeof glob>[0];

/** The `docs` collection loader. */
export function docsLoader(options: DocsLoaderOptions): Loader {
  const pages = glob(options);
  return {
    ...pages,
    name: 'malaff-docs',
    load: async (context) => {
      for (const [id, entry] of context.store.entries()) {
        // `filePath` is relative to the project root, as `glob` records it.
        if (entry.filePath && !existsSync(new URL(entry.filePath, context.config.root))) context.store.delete(id);
      }
      await pages.load(context);
    },
  };
}
