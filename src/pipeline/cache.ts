/**
 * The annotation cache.
 *
 * Annotating is cheap but not free, and a dossier grows by a few articles a
 * day: re-annotating ten thousand unchanged seeds on every push wastes the
 * build. An annotated article is stored under the hash of its seed's bytes
 * and file name, inside a folder named by a fingerprint of everything else
 * the result depends on: the curated registry and the pipeline's own source
 * code. Editing either changes the fingerprint and so empties the cache; a
 * stale result can never be served. Old fingerprint folders are removed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnnotatedArticle, Entity } from './types.ts';

/** Source folders whose code decides what an annotation contains. */
const CODE_DIRS = ['../pipeline', '../arabic', '../entities'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

async function codeFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of CODE_DIRS) {
    const files = (await readdir(dir, { recursive: true })).filter((file) => /\.(ts|json|ya?ml)$/u.test(file)).sort();
    for (const file of files) {
      hash.update(file);
      hash.update(await readFile(path.join(dir, file)));
    }
  }
  return hash.digest('hex');
}

export class AnnotationCache {
  readonly #dir: string;
  readonly #entries: Map<string, AnnotatedArticle>;
  readonly #fresh = new Map<string, AnnotatedArticle>();

  private constructor(dir: string, entries: Map<string, AnnotatedArticle>) {
    this.#dir = dir;
    this.#entries = entries;
  }

  /**
   * Opens the cache for the current registry and code.
   *
   * @param root cache root (`.cache/annotate`)
   * @param registry the curated entities, part of the fingerprint
   */
  static async open(root: string, registry: readonly Entity[]): Promise<AnnotationCache> {
    const fingerprint = createHash('sha256')
      .update(await codeFingerprint())
      .update(JSON.stringify(registry))
      .digest('hex')
      .slice(0, 16);
    const dir = path.join(root, fingerprint);
    await mkdir(dir, { recursive: true });
    for (const other of await readdir(root)) {
      if (other !== fingerprint) await rm(path.join(root, other), { recursive: true, force: true });
    }
    const entries = new Map<string, AnnotatedArticle>();
    const file = path.join(dir, 'articles.json');
    const stored = await readFile(file, 'utf8').catch(() => undefined);
    if (stored) {
      for (const [key, article] of Object.entries(JSON.parse(stored) as Record<string, AnnotatedArticle>)) {
        entries.set(key, article);
      }
    }
    return new AnnotationCache(dir, entries);
  }

  static key(hash: string, sourceFile: string): string {
    return createHash('sha256').update(hash).update('\0').update(sourceFile).digest('hex').slice(0, 32);
  }

  /** The cached annotation of this seed, if its bytes and name are unchanged. */
  get(hash: string, sourceFile: string): AnnotatedArticle | undefined {
    const key = AnnotationCache.key(hash, sourceFile);
    const hit = this.#entries.get(key);
    if (hit) this.#fresh.set(key, hit);
    return hit;
  }

  set(hash: string, sourceFile: string, article: AnnotatedArticle): void {
    this.#fresh.set(AnnotationCache.key(hash, sourceFile), article);
  }

  /** Writes the entries used in this run; seeds that were removed drop out. */
  async save(): Promise<void> {
    await writeFile(path.join(this.#dir, 'articles.json'), JSON.stringify(Object.fromEntries(this.#fresh)));
  }
}
