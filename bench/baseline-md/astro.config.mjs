// @ts-check
/**
 * A variant of the bare baseline that answers one question: what does MDX
 * cost at this scale? The same articles as plain Markdown (`.md`), each
 * `<Entity>` element already turned into the `<a>` it renders to.
 *
 * Astro renders Markdown entries while syncing the content layer and keeps
 * the HTML in its data store; MDX entries are compiled to JavaScript modules
 * and bundled by Vite into the server build, one module per article. No
 * MDX integration here.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  // Pages rendered at once: the site's value, passed by the bench (bench/run.ts).
  build: { concurrency: Number(process.env.BENCH_RENDER_CONCURRENCY ?? 1) },
  markdown: { smartypants: false },
});
