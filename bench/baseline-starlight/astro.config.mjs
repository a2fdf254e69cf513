// @ts-check
/**
 * The second baseline: the bare one (../baseline) plus the Starlight shell,
 * so that the build's cost splits in three: Astro + MDX (bare baseline),
 * what Starlight adds per page and at the end (layout, sidebar, header,
 * Pagefind over every page), and what the dossier adds on top (entity
 * pages, panels, related articles, graphs, exports).
 *
 * Same Starlight settings that shape every page of the dossier: Arabic
 * root locale (RTL), no table of contents, no pagination links. No custom
 * CSS, no extra routes, no sidebar entries beyond one link.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  // Pages rendered at once: the site's value, passed by the bench (bench/run.ts).
  build: { concurrency: Number(process.env.BENCH_RENDER_CONCURRENCY ?? 1) },
  markdown: { smartypants: false },
  integrations: [
    starlight({
      title: 'ملف',
      locales: { root: { label: 'العربية', lang: 'ar', dir: 'rtl' } },
      tableOfContents: false,
      pagination: false,
      sidebar: [{ label: 'عن', link: '/about/' }],
    }),
    mdx({ optimize: true }),
  ],
});
