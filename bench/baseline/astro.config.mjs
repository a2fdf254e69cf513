// @ts-check
/**
 * The baseline the dossier's build is compared with: the least Astro can do
 * with the same articles. Astro 7 with @astrojs/mdx and nothing else: no
 * Starlight (no layout, sidebar, search index, dark mode, fonts), no entity
 * pages, no indexes, one route. MDX is configured as the dossier configures
 * it (`optimize: true`, no smartypants), so that the ratio measures what the
 * site adds on top of rendering the same MDX, not a difference in settings.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  // Pages rendered at once: the site's value, passed by the bench (bench/run.ts).
  build: { concurrency: Number(process.env.BENCH_RENDER_CONCURRENCY ?? 1) },
  markdown: { smartypants: false },
  integrations: [mdx({ optimize: true })],
});
