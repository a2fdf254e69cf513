/**
 * An article's two generated files, read where the site needs them.
 *
 * - `content/articles/<slug>.mdx`: front matter and annotated text. Its
 *   front matter is the `articles` collection's data; the text is read by
 *   the article page when it renders (`readArticleSource`).
 * - `content/generated/annotations/<slug>.json`: entities, mentions and
 *   dates, read once per build by the dossier (`readArticleAnnotations`).
 *
 * Neither the text nor the annotations go into Astro's content store. Astro
 * compiles the store into the build as one JavaScript string, and V8's cost
 * of compiling it grows faster than its size: at 10,000 articles the 140 MB
 * store took 90 s to compile, before the first page was rendered. Without
 * them the store holds front matter and the entity index (about a tenth of
 * that), and the files are read directly: by the content loader for each
 * entry's digest (`src/render/article-loader.ts`), then by the page or the
 * dossier, all through `readGeneratedFile`.
 *
 * Paths are relative to the project root, which callers pass in (Astro's
 * `root`, or a test's folder).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { articleAnnotationsSchema, resolveAnnotations, type ArticleData } from '../schemas/article.ts';

/** Folder of the generated MDX, relative to the project root. */
export const ARTICLES_DIR = 'content/articles';
/** Folder of the generated annotations, relative to the project root. */
export const ANNOTATIONS_DIR = 'content/generated/annotations';

/**
 * The slugs of the articles in a folder of generated MDX (`<slug>.mdx`), in
 * the order of their file names: the entries of the content loader, and the
 * pages `verifyPages` checks the build made.
 *
 * @param folder the folder (absolute, or relative to the working directory)
 * @throws when the folder cannot be read
 */
export function articleSlugs(folder: string): string[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => file.slice(0, -'.mdx'.length));
}

/** The annotations file of article `id`, relative to the project root. */
export function annotationsFile(id: string): string {
  return `${ANNOTATIONS_DIR}/${id}.json`;
}

function absolute(root: URL | string, file: string): string {
  return path.resolve(typeof root === 'string' ? root : fileURLToPath(root), file);
}

/**
 * The text of a generated file (`file` relative to the project root), or an
 * error that names it, says why it could not be read and what regenerates
 * it. The content loader reads both files of an article through here, the
 * article page its MDX, the dossier its annotations: one wording wherever a
 * generated file is missing.
 *
 * @param goesWith the file this one belongs to (an annotations file's MDX), named when it is missing
 */
export function readGeneratedFile(root: URL | string, file: string, goesWith?: string): string {
  try {
    return readFileSync(absolute(root, file), 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const reason = missing ? `the file is missing${goesWith ? ` (it goes with ${goesWith})` : ''}` : (error as Error).message;
    throw new Error(`${file}: ${reason}; run \`npm run annotate\` to regenerate content/`, { cause: error });
  }
}

/** The MDX of an article, front matter included (so that errors point at its real lines). */
export function readArticleSource(root: URL | string, file: string): string {
  return readGeneratedFile(root, file);
}

/** An article's annotations, sentences resolved (`resolveAnnotations`). */
export type ResolvedAnnotations = Pick<ArticleData, 'entities' | 'mentions' | 'dates'>;

/**
 * The annotations of article `id`, validated by the schema the pipeline
 * wrote them with, sentences resolved. A missing, unreadable or malformed
 * file stops the build with its path and the reason.
 */
export function readArticleAnnotations(root: URL | string, id: string): ResolvedAnnotations {
  const file = annotationsFile(id);
  const text = readGeneratedFile(root, file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}; run \`npm run annotate\` to regenerate it`, { cause: error });
  }
  const parsed = articleAnnotationsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new Error(`${file}: does not match the annotations schema${where}: ${issue?.message ?? parsed.error.message}`);
  }
  try {
    return resolveAnnotations(parsed.data);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}
