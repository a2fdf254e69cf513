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
 *
 * The entries are one file in V8's serialisation format (`node:v8`), not
 * JSON: the annotations hold mostly Arabic text, and at 10,000 articles
 * (97 MB) `JSON.stringify` took 2.6 s and reading and parsing 2.6 s, against
 * 0.7 s to serialise and 1.5 s to deserialise. The format belongs to the V8
 * version, which is part of the fingerprint; a file that cannot be read
 * (truncated by an interrupted run) counts as an empty cache.
 */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
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

/**
 * What the cache keeps per seed: the annotation, and a digest of the MDX
 * last emitted from it with the dossier's joins of its people then
 * (`reidentify`'s `renamed`).
 */
interface CacheEntry {
  article: AnnotatedArticle;
  mdx?: { digest: string; joins: string };
}

/** The digest the cache keeps of an emitted file. */
export function contentDigest(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('base64url');
}

/** The file of a fingerprint folder that holds its entries. */
const CACHE_FILE = 'articles.v8';

/** The entries of a cache file; a file that does not deserialise to a Map is an empty cache. */
function readEntries(stored: Buffer): Map<string, CacheEntry> {
  try {
    const entries: unknown = deserialize(stored);
    if (entries instanceof Map) return entries as Map<string, CacheEntry>;
  } catch {
    // Truncated or foreign: annotate again.
  }
  return new Map();
}

export class AnnotationCache {
  readonly #dir: string;
  readonly #entries: Map<string, CacheEntry>;
  readonly #fresh = new Map<string, CacheEntry>();
  #changed = false;

  private constructor(dir: string, entries: Map<string, CacheEntry>) {
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
      .update(process.versions.v8)
      .update(JSON.stringify(registry))
      .digest('hex')
      .slice(0, 16);
    const dir = path.join(root, fingerprint);
    await mkdir(dir, { recursive: true });
    for (const other of await readdir(root)) {
      if (other !== fingerprint) await rm(path.join(root, other), { recursive: true, force: true });
    }
    const stored = await readFile(path.join(dir, CACHE_FILE)).catch(() => undefined);
    const entries = stored ? readEntries(stored) : new Map<string, CacheEntry>();
    return new AnnotationCache(dir, entries);
  }

  /**
   * The entry of a seed: its hash and file name side by side. The hash is
   * already a digest of the bytes, and a NUL cannot occur in a file name, so
   * no two seeds share a key; hashing the pair again (four times per seed and
   * run) cost more than the whole lookup.
   */
  static key(hash: string, sourceFile: string): string {
    return `${hash}\u0000${sourceFile}`;
  }

  /** The cached annotation of this seed, if its bytes and name are unchanged. */
  get(hash: string, sourceFile: string): AnnotatedArticle | undefined {
    const key = AnnotationCache.key(hash, sourceFile);
    const hit = this.#entries.get(key);
    if (hit) this.#fresh.set(key, hit);
    return hit?.article;
  }

  set(hash: string, sourceFile: string, article: AnnotatedArticle): void {
    this.#fresh.set(AnnotationCache.key(hash, sourceFile), { article });
    this.#changed = true;
  }

  /**
   * The digest of the MDX last emitted from this seed's annotation
   * (`contentDigest`), when it was emitted under the same joins of people
   * (`joins`). The MDX depends on nothing but the annotation, the
   * pipeline's code (both covered by the cache) and those joins, so a file
   * on disk with this digest is already what emitting would write: the
   * pipeline skips serialising it, the costliest step of an unchanged
   * article.
   */
  emittedMdx(hash: string, sourceFile: string, joins: string): string | undefined {
    const mdx = this.#fresh.get(AnnotationCache.key(hash, sourceFile))?.mdx;
    return mdx?.joins === joins ? mdx.digest : undefined;
  }

  /** Records the digest of the MDX just emitted for this seed (after `get` or `set`), with the joins it was emitted under. */
  setEmittedMdx(hash: string, sourceFile: string, digest: string, joins: string): void {
    const entry = this.#fresh.get(AnnotationCache.key(hash, sourceFile));
    if (!entry || (entry.mdx?.digest === digest && entry.mdx.joins === joins)) return;
    entry.mdx = { digest, joins };
    this.#changed = true;
  }

  /**
   * Writes the entries used in this run; seeds that were removed drop out.
   * Nothing is written when nothing changed (every seed a hit, none removed).
   */
  async save(): Promise<void> {
    if (!this.#changed && this.#fresh.size === this.#entries.size) return;
    await writeFile(path.join(this.#dir, CACHE_FILE), serialize(this.#fresh));
  }
}
