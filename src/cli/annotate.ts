/**
 * `npm run annotate`: seeds → content/articles/*.mdx, with a report.
 *
 * Prints, per article, what the pipeline made of it (title, date, source,
 * entities, removed furniture, dates, warnings), then every error. Exits 1
 * when any seed or registry file is invalid, after naming all of them; in
 * that case nothing is written, and `npm run build` (`build.ts`) stops Astro
 * before it reads any content.
 *
 * Flags: `--quiet` prints only the summary and the errors (used by `build`);
 * `--json` prints the report as JSON; `--no-cache` re-annotates everything.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline, type ArticleReport } from '../pipeline/index.ts';
import { ANNOTATIONS_DIR, ARTICLES_DIR } from '../data/article-files.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = new Set(process.argv.slice(2));

const started = performance.now();
const result = await runPipeline({
  seedsDir: path.join(root, 'seeds'),
  registryDir: path.join(root, 'content/entities'),
  articlesDir: path.join(root, ARTICLES_DIR),
  annotationsDir: path.join(root, ANNOTATIONS_DIR),
  generatedDir: path.join(root, 'content/generated'),
  ...(args.has('--no-cache') ? {} : { cacheDir: path.join(root, '.cache/annotate') }),
});
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (args.has('--json')) {
  console.log(JSON.stringify({ ...result, errors: result.errors.map((error) => error.message) }, null, 2));
} else if (!args.has('--quiet')) {
  for (const article of result.articles) printArticle(article);
}

for (const warning of result.warnings) console.warn(`warning: ${warning}`);
if (result.errors.length > 0) {
  const files = new Set(result.errors.map((error) => error.file));
  console.error(`\n${result.errors.length} error(s) in ${files.size} file(s); nothing was written:`);
  for (const error of result.errors) console.error(`  ✗ ${error.message}`);
  process.exitCode = 1;
} else {
  const cached = result.articles.filter((article) => article.cached).length;
  const reviewed = result.entities.filter((entity) => entity.reviewed).length;
  console.log(
    `annotate: ${result.articles.length} article(s) (${result.articles.length - cached} annotated, ${cached} from cache), ` +
      `${result.entities.length} entities (${result.entities.length - reviewed} not yet reviewed), ` +
      `${result.written} file(s) written in ${seconds}s`,
  );
}

function printArticle(article: ArticleReport): void {
  console.log(`\n■ ${article.sourceFile} → /articles/${article.slug}/ (${article.encoding}${article.cached ? ', cached' : ''})`);
  console.log(`  title:   ${article.title}${article.titleDerived ? '  [derived from the lead]' : ''}`);
  console.log(`  date:    ${article.date ?? '—'}`);
  console.log(`  source:  ${article.source ?? '—'}`);
  const byType = Map.groupBy(article.entities, (entity) => entity.type);
  for (const [type, entities] of byType) {
    const list = entities.map((entity) => `${entity.name}${entity.reviewed ? '' : '*'}×${entity.count}`).join('، ');
    console.log(`  ${`${type}:`.padEnd(9)}${list}`);
  }
  for (const date of article.dates) {
    console.log(`  dated:   «${date.text}» → ${date.value ?? 'unresolved (relative)'}${date.precision ? ` [${date.precision}]` : ''}`);
  }
  for (const removed of article.removed) console.log(`  removed: line ${removed.line} (${removed.rule}): ${removed.text}`);
  for (const warning of article.warnings) console.log(`  warning: ${warning}`);
}
