// @ts-check
/**
 * The site: Astro 7 with Starlight as the shell.
 *
 * Starlight gives the dossier its RTL layout, sidebar, dark mode, header
 * search modal and Arabic UI strings; the dossier's own pages (articles,
 * entities, timeline, graph) are Astro routes wrapped in `<StarlightPage>`.
 * Arabic is the only locale, so every page carries `lang="ar" dir="rtl"` and
 * Pagefind keeps a single Arabic index.
 *
 * `SITE_URL` and `BASE_PATH` let the same build serve from a domain root or
 * from a project page (`https://owner.github.io/<repo>/`).
 *
 * The search index is not built here but after the build, in its own
 * process (`npm run search-index`, `src/search/index-site.ts`), from the
 * pages that can be searched only.
 *
 * Builds are incremental (`experimental.incrementalBuild`): a page whose
 * cache key (`src/lib/page-keys.ts`) and code are unchanged is not rendered
 * again. `dist/` is not emptied first, so such a page stays where it is,
 * and `pruneOutput` removes whatever the build did not make
 * (`src/integrations/prune-output.ts`). Astro's cached copy of each page is
 * the page in `dist/` itself (`src/integrations/share-page-cache.ts`), so
 * each page is written once. Every cache lives in `.cache/` (Astro's here,
 * the pipeline's in `.cache/annotate/`); CI keeps it and `dist/` between
 * runs.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { pruneOutput } from './src/integrations/prune-output.ts';
import { sharePageCache } from './src/integrations/share-page-cache.ts';
import { verifyPages } from './src/integrations/verify-pages.ts';
import { RENDER_CONCURRENCY } from './src/render/concurrency.ts';

const site = process.env.SITE_URL || 'https://malaff.example';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  cacheDir: './.cache/astro',
  experimental: { incrementalBuild: true },
  // Another page renders while one is written (src/render/concurrency.ts).
  build: { concurrency: RENDER_CONCURRENCY },
  vite: {
    build: {
      // `dist/` is kept between builds, so that an incremental build leaves
      // unchanged pages in place; `pruneOutput` removes what is left over.
      emptyOutDir: false,
      // Flags stay files the browser fetches once (`src/components/Flag.astro`):
      // under Vite's 4 kB limit they would be inlined as data URIs, repeated on
      // every page that lists a country (a tenth of the HTML of a large dossier).
      assetsInlineLimit: (file) => (file.includes('/flag-icons/') ? false : undefined),
    },
  },
  markdown: {
    // Seed text is shown as written: no curly quotes, dashes or ellipses invented.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  integrations: [
    starlight({
      title: 'ملف',
      description: 'ملف صحفي عربي قابل للبحث عن العلاقات الدفاعية والأمنية: مقالات، مسؤولون، دول، منظمات، أماكن وأحداث.',
      locales: { root: { label: 'العربية', lang: 'ar', dir: 'rtl' } },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/fonts.css', './src/styles/dossier.css', './src/styles/print.css'],
      tableOfContents: false,
      // The dossier shows no code: Expressive Code and its highlighter are left out of every build.
      expressiveCode: false,
      pagination: false,
      // The 404 page keeps the sidebar: src/pages/404.astro.
      disable404Route: true,
      components: {
        // The header search normalises Arabic queries like the index (src/search/).
        Search: './src/components/overrides/Search.astro',
        // Pagefind reads a page's search regions only (src/search/regions.ts).
        PageTitle: './src/components/overrides/PageTitle.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      // Pages still carry Starlight's search markup; the index is built after
      // the build by `npm run search-index`.
      pagefind: false,
      sidebar: [
        { label: 'الرئيسية', link: '/' },
        { label: 'المقالات', link: '/articles/' },
        { label: 'الدول', link: '/countries/' },
        { label: 'المسؤولون', link: '/officials/' },
        { label: 'المنظمات', link: '/organizations/' },
        { label: 'الأماكن', link: '/places/' },
        { label: 'الأحداث', link: '/events/' },
        { label: 'الخط الزمني', link: '/timeline/' },
        { label: 'شبكة العلاقات', link: '/graph/' },
        { label: 'البحث', link: '/search/' },
        { label: 'عن الملف', link: '/about/' },
      ],
    }),
    mdx({ optimize: true }),
    // Before pruneOutput, which records dist/ as the build starts.
    sharePageCache(),
    // After every other integration has written its files, before the check.
    pruneOutput(),
    verifyPages(),
  ],
});
