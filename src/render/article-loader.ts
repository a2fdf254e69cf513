/**
 * The content loader of the `articles` collection: each generated
 * `content/articles/<slug>.mdx` becomes an entry holding its front matter
 * (validated by the collection schema) and the file's path. The text and the
 * annotations stay in their files (`src/data/article-files.ts` says why):
 * the article page reads the one, the dossier the other.
 *
 * Astro's own glob loader would compile every `.mdx` file into a JavaScript
 * module, and every build, a one-article push included, would bundle all of
 * them again. Here an article is data: an entry's digest covers both of its
 * files, an unchanged article (same digest) is left in Astro's content store
 * as it is, and only the pages whose article or entities changed are
 * rendered again (`src/lib/page-keys.ts`). In `astro dev`, a change to either
 * file updates the entry, so the pages that show it are rebuilt.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { articleSlugs, readGeneratedFile } from '../data/article-files.ts';

interface ArticleLoaderOptions {
  /** Folder of the generated `.mdx` files, relative to the project root. */
  base: string;
  /** Folder of the articles' annotations (`<slug>.json`), relative to the project root. */
  annotations: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

/** The `articles` collection loader. */
export function articleLoader(options: ArticleLoaderOptions): Loader {
  return {
    name: 'malaff-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await sync(context, root, options);
      const { watcher } = context;
      if (!watcher) return;
      const folders = { articles: path.resolve(root, options.base), annotations: path.resolve(root, options.annotations) };
      watcher.add([folders.articles, folders.annotations]);
      watcher.on('all', (_event, changed) => {
        const file = path.resolve(changed);
        const folder = path.dirname(file);
        const ours =
          (folder === folders.articles && file.endsWith('.mdx')) || (folder === folders.annotations && file.endsWith('.json'));
        if (ours) sync(context, root, options).catch((error: unknown) => context.logger.error((error as Error).message));
      });
    },
  };
}

/**
 * Brings the store in line with the folders: every article read (its MDX
 * and its annotations, through `readGeneratedFile`, so a missing file is
 * named the way the site names it everywhere), entries whose digest is
 * unchanged left as they are.
 */
async function sync(
  { store, parseData, generateDigest, logger }: LoaderContext,
  root: string,
  options: ArticleLoaderOptions,
): Promise<void> {
  const ids = articleSlugs(path.resolve(root, options.base));
  const untouched = new Set(store.keys());
  let loaded = 0;
  for (const id of ids) {
    const filePath = path.posix.join(fromRoot(options.base), `${id}.mdx`);
    untouched.delete(id);
    const source = readGeneratedFile(root, filePath);
    const annotations = readGeneratedFile(root, path.posix.join(fromRoot(options.annotations), `${id}.json`), filePath);
    const digest = generateDigest(`${source}\u0000${annotations}`);
    if (store.get(id)?.digest === digest) continue;

    const front = FRONT_MATTER.exec(source);
    if (!front) throw new Error(`${filePath}: no front matter; run \`npm run annotate\` to regenerate content/articles/`);
    let raw: unknown;
    try {
      raw = parseFrontMatter(front[1] ?? '');
    } catch (error) {
      throw new Error(`${filePath}: front matter is not valid YAML: ${(error as Error).message}`, { cause: error });
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${filePath}: front matter is not a mapping`);
    const data = await parseData({ id, data: raw as Record<string, unknown>, filePath });
    store.set({ id, data, filePath, digest });
    loaded += 1;
  }
  for (const id of untouched) store.delete(id);
  if (loaded > 0 || untouched.size > 0) {
    logger.info(`${loaded} of ${ids.length} articles loaded${untouched.size ? `, ${untouched.size} removed` : ''}`);
  }
}

/** A folder option as a path from the project root, the way errors and `filePath` name files. */
function fromRoot(folder: string): string {
  return folder.replace(/^\.\//u, '');
}

/**
 * Parses front matter. The emitter writes it as JSON, which is YAML too and
 * parses several times faster with `JSON.parse`; anything else (a file
 * edited by hand) goes through the YAML parser.
 */
function parseFrontMatter(text: string): unknown {
  if (text.trimStart().startsWith('{')) {
    try {
      return JSON.parse(text);
    } catch {
      // Not JSON after all: YAML decides.
    }
  }
  return parseYaml(text);
}
