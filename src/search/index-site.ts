/**
 * The Pagefind index of the built site, from the pages that can be searched.
 *
 * Runs after `astro build`, in a process of its own (`src/cli/search-index.ts`,
 * the last step of `npm run build`), not in an Astro hook: by the time the
 * hooks run, the Astro process still holds the whole build (at 10,000
 * articles about 7.5 GB), and Pagefind's own process needs about 4 GB more
 * for that many pages. One after the other, the build's peak is the larger
 * of the two, not their sum.
 *
 * Pagefind reads only the files `SEARCHABLE_PAGES` names: article and entity
 * pages, and the pages directly under the root (Starlight's docs among
 * them). Mention pages, paginated indexes, timelines and exports are never
 * read. Within those files, Pagefind reads the search regions only
 * (`ROOT_SELECTOR`, `regions.ts`): the title and the searchable parts of a
 * page, none on a page whose frontmatter says `pagefind: false`.
 * Starlight's own Pagefind step is off (`pagefind: false` in
 * `astro.config.mjs`), its markup stays.
 *
 * Indexing pages while they render was tried twice and dropped. From
 * Astro's thread, Pagefind's Node API sends each page to its process as
 * base64 JSON, which cost the rendering thread more than the overlap saved.
 * From a process of its own that handed Pagefind each finished page on
 * disk, Astro's thread paid nothing, but its render slowed by what
 * Pagefind took from the second core: 24.9–26.5 s against 24.6–27.7 s at
 * 1,000 articles.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { ENTITY_SECTION } from '../lib/urls.ts';
import { namesFiles } from './names-bundle.ts';
import { ROOT_SELECTOR } from './regions.ts';
import { SEARCH_INDEX_DIR, writeBundle, type BundleChanges } from './write-bundle.ts';

/**
 * The files Pagefind reads, relative to `dist/` (Pagefind's glob syntax):
 * the pages at the root, each article and each entity page, whatever the
 * entity types' folders are.
 */
export const SEARCHABLE_PAGES = `{*/index.html,{${['articles', ...Object.values(ENTITY_SECTION)].join(',')}}/*/index.html}`;

/**
 * Builds `<dist>/pagefind/`: Pagefind makes the whole index in memory, the
 * names table that puts the page a query names first joins it
 * (`names-bundle.ts`), and `writeBundle` brings the folder in line with
 * them, writing only the files that changed and removing those of the last
 * index that this one lacks (Pagefind itself never removes any).
 *
 * @param dist the built site
 * @returns how many HTML files Pagefind read, and what changed in the folder
 * @throws Error listing every error Pagefind reported; the folder is then left as it was
 */
export async function indexSite(dist: string, glob = SEARCHABLE_PAGES): Promise<{ pages: number; files: BundleChanges }> {
  try {
    const { index, errors } = await pagefind.createIndex({ rootSelector: ROOT_SELECTOR });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist, glob });
    const bundle = await index.getFiles();
    const failures = [...errors, ...added.errors, ...bundle.errors];
    if (failures.length > 0) throw new Error(`Pagefind failed:\n${failures.join('\n')}`);
    const files = [...bundle.files, ...namesFiles(dist, bundle.files)];
    return { pages: added.page_count, files: writeBundle(path.join(dist, SEARCH_INDEX_DIR), files) };
  } finally {
    await pagefind.close();
  }
}
