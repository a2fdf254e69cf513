/**
 * Article bodies rendered on a thread of their own while Astro's thread
 * renders the rest of the site.
 *
 * Astro renders pages on one thread, and on a 2-core machine the second
 * core sits mostly idle meanwhile. Rendering a body (parsing its MDX,
 * linking its entities, keying its words for search: `renderArticleBody`)
 * took 1.7 s of Astro's thread at 1,000 articles, in a CPU profile of the
 * build. The article page now sends the file's path to a worker thread
 * (`body-worker.ts`) and awaits the HTML; Astro renders `build.concurrency`
 * pages at once (`concurrency.ts`), so its thread goes on with the others
 * while a body is rendered.
 *
 * The worker holds only what a body needs from the dossier: each entity's
 * face (type, names, review state), sent once when it starts. It reads the
 * MDX itself. A body exists only between its render and its page's (as
 * many at once as pages are rendered at once), so memory does not grow
 * with the dossier. The worker keeps the process alive only while a body
 * is awaited, so a build or `astro dev` ends as it would without it; if it
 * dies, what was awaited fails with the reason and the next request starts
 * a new one.
 */
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { readArticleSource } from '../data/article-files.ts';
import type { Dossier } from '../data/dossier.ts';
import { ArticleBodyError, renderArticleBody, type EntityFace, type RenderedBody } from './article-body.ts';

/** What the worker is started with. */
export interface BodyWorkerData {
  /** The project root (absolute path): article files are relative to it. */
  root: string;
  /** The site's base path, for entity links. */
  base: string;
  /** Each entity's id and face. */
  faces: [string, EntityFace][];
}

/** A body to render: the article's MDX file, relative to the project root. */
export interface BodyRequest {
  id: number;
  file: string;
}

/** The rendered body, or why it could not be rendered. */
export type BodyReply = { id: number; body: RenderedBody } | { id: number; error: { name: string; message: string } };

/** Renders article bodies off the calling thread. */
export interface ArticleBodies {
  /**
   * The body of the article whose MDX is `file` (relative to the project root).
   *
   * @throws {ArticleBodyError} naming the file, the line and the reason, as `renderArticleBody` does
   */
  render(file: string): Promise<RenderedBody>;
  /** Stops the worker once the bodies already asked for are rendered; the renderer takes no request after that. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (body: RenderedBody) => void;
  reject: (error: Error) => void;
}

/**
 * A renderer of article bodies on a worker thread, started on the first
 * `render`.
 *
 * @param worker the worker's entry module (`src/render/body-worker.ts` of the project)
 */
export function articleBodies(worker: URL, data: BodyWorkerData): ArticleBodies {
  const entry = fileURLToPath(worker);
  let thread: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, Pending>();
  /** Called when the last awaited body has arrived or failed (`close` waits for it). */
  let drained: (() => void) | undefined;
  let closed = false;

  const failAll = (error: Error): void => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    drained?.();
  };

  const start = (): Worker => {
    const started = new Worker(worker, {
      workerData: data,
      // Node before 22.18 strips TypeScript types only when asked.
      execArgv: ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'],
    });
    started.unref();
    started.on('message', (reply: BodyReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (pending.size === 0) {
        started.unref();
        drained?.();
      }
      if ('body' in reply) waiting.resolve(reply.body);
      else waiting.reject(reply.error.name === 'ArticleBodyError' ? new ArticleBodyError(reply.error.message) : new Error(reply.error.message));
    });
    started.on('error', (error) => {
      if (thread === started) thread = undefined;
      failAll(new Error(`the article body renderer (${entry}) stopped: ${error.message}`, { cause: error }));
    });
    started.on('exit', (code) => {
      if (thread === started) thread = undefined;
      if (pending.size > 0) failAll(new Error(`the article body renderer (${entry}) exited with code ${code}`));
    });
    return started;
  };

  return {
    render(file) {
      if (closed) return Promise.reject(new Error(`the article body renderer (${entry}) is closed; ${file} was not rendered`));
      thread ??= start();
      const id = nextId++;
      const answer = new Promise<RenderedBody>((resolve, reject) => pending.set(id, { resolve, reject }));
      // Keep the process alive while a body is awaited, and only then.
      thread.ref();
      thread.postMessage({ id, file } satisfies BodyRequest);
      return answer;
    },
    async close() {
      closed = true;
      const stopping = thread;
      thread = undefined;
      if (!stopping) return;
      if (pending.size > 0) await new Promise<void>((resolve) => (drained = resolve));
      await stopping.terminate();
    },
  };
}

let current: { dossier: Dossier; base: string; bodies: ArticleBodies } | undefined;

/**
 * The renderer of the bodies of `dossier`'s articles: one for the whole
 * build. When the dossier is another (`astro dev` after an edit), the last
 * renderer is closed once its bodies are rendered, and a new one starts
 * with the new entities' faces.
 *
 * @param root the project root (Astro's `root`)
 * @param base the site's base path
 */
export function bodiesOf(dossier: Dossier, root: URL, base: string): ArticleBodies {
  if (current?.dossier !== dossier || current.base !== base) {
    void current?.bodies.close();
    const faces = [...dossier.entityById].map(([id, entity]): [string, EntityFace] => [
      id,
      { type: entity.type, name: entity.name, nameEn: entity.nameEn, reviewed: entity.reviewed },
    ]);
    const worker = new URL('src/render/body-worker.ts', root);
    current = { dossier, base, bodies: articleBodies(worker, { root: fileURLToPath(root), base, faces }) };
  }
  return current.bodies;
}

/**
 * The worker's side (`body-worker.ts`): answers each request with the body
 * of the file it names, or with the error that says why there is none.
 */
export function serveArticleBodies(): void {
  if (!parentPort) throw new Error('serveArticleBodies runs on the worker thread started by articleBodies');
  const port = parentPort;
  const { root, base, faces } = workerData as BodyWorkerData;
  const faceById = new Map<string, EntityFace>(faces);
  port.on('message', ({ id, file }: BodyRequest) => {
    let reply: BodyReply;
    try {
      reply = { id, body: renderArticleBody(readArticleSource(root, file), file, (entity) => faceById.get(entity), base) };
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      reply = { id, error: { name, message } };
    }
    port.postMessage(reply);
  });
}
