/**
 * The content loader of the `articles` collection: each generated
 * `content/articles/<slug>.mdx` becomes an entry whose data is its front
 * matter and whose body is already rendered HTML (`article-body.ts`), so
 * `render(entry)` needs no compiled module per article.
 *
 * An article's HTML depends on its MDX, on the names and review state of the
 * entities it links to (`content/generated/entities.json`), on the base path
 * and on the rendering code. The entry's digest covers all four, and an
 * entry whose digest is unchanged is left in Astro's data store as it is: a
 * push that adds one article renders one article body, and an entity renamed
 * by curation re-renders only the articles that link to it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { indexedEntitySchema } from '../schemas/entity.ts';
import { renderArticleBody, type EntityFace } from './article-body.ts';

/** Source folders and files whose code decides an article's HTML (relative to the project root). */
const RENDER_CODE = ['src/render', 'src/search', 'src/arabic', 'src/lib/urls.ts'];

interface ArticleLoaderOptions {
  /** Folder of the generated `.mdx` files, relative to the project root. */
  base: string;
  /** The generated entity index, relative to the project root. */
  entities: string;
}

/** What an entry keeps, beside its HTML, to tell next time whether it is still current. */
interface RenderState {
  /** Digest of the MDX, the base path and the rendering code. */
  source: string;
  /** The entities the body links to. */
  entities: string[];
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
      const dir = path.resolve(root, options.base);
      const entities = path.resolve(root, options.entities);
      watcher.add([dir, entities]);
      watcher.on('all', (_event, changed) => {
        const file = path.resolve(changed);
        if (file === entities || (path.dirname(file) === dir && file.endsWith('.mdx'))) {
          sync(context, root, options).catch((error: unknown) => context.logger.error((error as Error).message));
        }
      });
    },
  };
}

async function sync({ store, parseData, generateDigest, config, logger }: LoaderContext, root: string, options: ArticleLoaderOptions): Promise<void> {
  const faces = await readFaces(path.resolve(root, options.entities), options.entities);
  const code = await codeFingerprint(root);
  const base = config.base;
  const faceDigest = (ids: readonly string[]): string =>
    generateDigest(JSON.stringify(ids.map((id) => faces.get(id) ?? null)));

  const dir = path.resolve(root, options.base);
  const files = (await readdir(dir)).filter((file) => file.endsWith('.mdx')).sort();
  const untouched = new Set(store.keys());
  let rendered = 0;
  for (const file of files) {
    const id = file.slice(0, -'.mdx'.length);
    const filePath = path.posix.join(options.base.replace(/^\.\//u, ''), file);
    untouched.delete(id);
    const source = await readFile(path.join(dir, file), 'utf8');
    const sourceDigest = generateDigest(`${code}\n${base}\n${source}`);

    const previous = store.get(id);
    const state = previous?.rendered?.metadata?.['render'] as RenderState | undefined;
    if (previous && state?.source === sourceDigest && previous.digest === `${sourceDigest}:${faceDigest(state.entities)}`) continue;

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
    const body = renderArticleBody(source, filePath, (entityId) => faces.get(entityId), base);
    const render: RenderState = { source: sourceDigest, entities: body.entities };
    store.set({
      id,
      data,
      filePath,
      digest: `${sourceDigest}:${faceDigest(body.entities)}`,
      rendered: { html: body.html, metadata: { render } },
    });
    rendered += 1;
  }
  for (const id of untouched) store.delete(id);
  if (rendered > 0 || untouched.size > 0) {
    logger.info(`${rendered} of ${files.length} article bodies rendered${untouched.size ? `, ${untouched.size} removed` : ''}`);
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

/** Entity faces by id, from the generated index; a broken index is reported by name. */
async function readFaces(file: string, name: string): Promise<Map<string, EntityFace>> {
  let entities;
  try {
    entities = z.array(indexedEntitySchema).parse(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new Error(`${name}: cannot read the entity index (${(error as Error).message}); run \`npm run annotate\``, { cause: error });
  }
  return new Map(entities.map(({ id, type, name: entityName, nameEn, reviewed }) => [id, { type, name: entityName, nameEn, reviewed }]));
}

/** A fingerprint of the code that renders article bodies: changing it renders every body again. */
async function codeFingerprint(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of RENDER_CODE) {
    const at = path.join(root, entry);
    const files = entry.endsWith('.ts') ? [''] : (await readdir(at, { recursive: true })).filter((file) => file.endsWith('.ts')).sort();
    for (const file of files) {
      hash.update(path.join(entry, file));
      hash.update(await readFile(path.join(at, file)));
    }
  }
  return hash.digest('base64url');
}
