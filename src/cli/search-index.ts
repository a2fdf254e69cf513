/**
 * `npm run search-index`: builds the Pagefind index of `dist/` (see
 * `src/search/index-site.ts`). The last step of `npm run build`, after
 * `astro build`; exits 1, naming the reason, when `dist/` is missing or
 * Pagefind fails.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../search/index-site.ts';

const dist = path.join(fileURLToPath(new URL('../../', import.meta.url)), 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`search index: ${dist} holds no built site; run astro build first`);
  process.exit(1);
}

console.log('search index: reading the searchable pages of dist/');
const started = performance.now();
try {
  const { pages, files } = await indexSite(dist);
  console.log(
    `search index: ${pages} HTML files read and indexed in ${((performance.now() - started) / 1000).toFixed(1)}s ` +
      `(${files.written} index file(s) written, ${files.kept} unchanged, ${files.removed} removed)`,
  );
} catch (error) {
  console.error(`search index: ${(error as Error).message}`);
  process.exit(1);
}
