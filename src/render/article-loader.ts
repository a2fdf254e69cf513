/**
 * The content loader of the `articles` collection: each generated
 * `content/articles/<slug>.mdx` becomes an entry holding its front matter
 * (validated by the collection schema) and its MDX as `body`, which the
 * article page renders with `renderArticleBody` (`article-body.ts`).
 *
 * Astro's own glob loader would compile every `.mdx` file into a JavaScript
 * module, and every build, a one-article push included, would bundle all of
 * them again. Here an article is data: an unchanged file (same digest) is
 * left in Astro's content store as it is, and only the pages whose article
 * or entities changed are rendered again (`src/lib/page-keys.ts`).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';

interface ArticleLoaderOptions {
  /** Folder of the generated `.mdx` files, relative to the project root. */
  base: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

/** The `articles` collection loader. */
export function articleLoader(options: ArticleLoaderOptions): Loader {
  return {
    name: 'malaff-articles',
    load: async (context) => {
      const dir = path.resolve(fileURLToPath(context.config.root), options.base);
      await sync(context, dir, options.base);
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(dir);
      watcher.on('all', (_event, changed) => {
        const file = path.resolve(changed);
        if (path.dirname(file) === dir && file.endsWith('.mdx')) {
          sync(context, dir, options.base).catch((error: unknown) => context.logger.error((error as Error).message));
        }
      });
    },
  };
}

async function sync({ store, parseData, generateDigest, logger }: LoaderContext, dir: string, base: string): Promise<void> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.mdx')).sort();
  const untouched = new Set(store.keys());
  let loaded = 0;
  for (const file of files) {
    const id = file.slice(0, -'.mdx'.length);
    const filePath = path.posix.join(base.replace(/^\.\//u, ''), file);
    untouched.delete(id);
    const source = await readFile(path.join(dir, file), 'utf8');
    const digest = generateDigest(source);
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
    // The whole file, front matter included, so that errors point at its real lines.
    store.set({ id, data, body: source, filePath, digest });
    loaded += 1;
  }
  for (const id of untouched) store.delete(id);
  if (loaded > 0 || untouched.size > 0) {
    logger.info(`${loaded} of ${files.length} articles loaded${untouched.size ? `, ${untouched.size} removed` : ''}`);
  }
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
