/**
 * Content collections.
 *
 * - `docs`: Starlight's own pages (about, how to search), hand-written Markdown in
 *   `content/docs/`, loaded by Astro's `glob` through `src/render/docs-loader.ts`
 *   (a page moved to another file under the same name would otherwise
 *   break every later build).
 * - `articles`: the generated, annotated MDX in `content/articles/` (one per
 *   seed, never edited by hand): each entry is an article's front matter,
 *   validated with the same schema the emitter writes against, loaded by
 *   `src/render/article-loader.ts`. The article's text and its annotations
 *   (`content/generated/annotations/<slug>.json`) stay out of the content
 *   store; the article page and `src/data/dossier.ts` read them from their
 *   files (`src/data/article-files.ts`).
 * - `entities`: the generated entity index, `content/generated/entities.json`.
 * - `i18n`: the dossier's corrections to Starlight's Arabic interface strings,
 *   in `src/content/i18n/ar.json`, where Starlight looks for them (it keys
 *   the strings by their path under that folder): its 404 text misspells «باستعمال»,
 *   and it names the sidebar's navigation landmark «الرئيسية», which is
 *   also the label of its first link (the home page).
 *
 * `articles` and `entities` read their generated files only once the
 * pipeline that `npm run build` runs beside Astro has finished
 * (`afterAnnotation`, `src/data/annotation-signal.ts`).
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { articleFrontMatterSchema } from './schemas/article.ts';
import { indexedEntitySchema } from './schemas/entity.ts';
import { articleLoader } from './render/article-loader.ts';
import { docsLoader } from './render/docs-loader.ts';
import { ANNOTATIONS_DIR, ARTICLES_DIR } from './data/article-files.ts';
import { afterAnnotation } from './data/annotation-signal.ts';

/**
 * Starlight's `docs` frontmatter, and `searchRegions`: `true` on a page that
 * marks the parts Pagefind reads itself (`src/search/regions.ts`); the
 * article and entity pages pass it to `<StarlightPage>`.
 */
const buildDocsSchema = docsSchema({ extend: z.object({ searchRegions: z.boolean().default(false) }) });
type DocsSchema = ReturnType<typeof buildDocsSchema>;
let builtDocsSchema: DocsSchema | undefined;

/**
 * Starlight's `docs` schema, built once per process.
 *
 * `<StarlightPage>` validates each page's frontmatter with this schema and
 * calls the schema function anew for every page: rebuilding the zod schema
 * (head, hero, sidebar…) cost more than a millisecond per page, about a
 * tenth of the build. The schema does not depend on the page; the only
 * thing the context supplies is `image()`, for a hero image, which is
 * resolved by whichever caller comes first in a process: the content layer
 * when it loads `content/docs/`, `<StarlightPage>` when pages render (the
 * site's own pages pass no hero image).
 */
function docsCollectionSchema(context: Parameters<typeof buildDocsSchema>[0]): DocsSchema {
  builtDocsSchema ??= buildDocsSchema(context);
  return builtDocsSchema;
}

export const collections = {
  docs: defineCollection({
    loader: docsLoader({ base: './content/docs', pattern: '**/*.{md,mdx}' }),
    schema: docsCollectionSchema,
  }),
  articles: defineCollection({
    loader: afterAnnotation(articleLoader({ base: ARTICLES_DIR, annotations: ANNOTATIONS_DIR })),
    schema: articleFrontMatterSchema,
  }),
  entities: defineCollection({
    loader: afterAnnotation(file('./content/generated/entities.json')),
    schema: indexedEntitySchema,
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
