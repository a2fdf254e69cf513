/**
 * Article bodies rendered on a worker thread: the same HTML as rendering on
 * the page's own thread, each answer to its own request, a bad article's
 * error naming its file and line, and a renderer that never keeps the
 * process alive when nothing is awaited.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArticleBodyError, renderArticleBody, type EntityFace } from '../../../src/render/article-body.ts';
import { articleBodies, bodiesOf, type ArticleBodies } from '../../../src/render/article-bodies.ts';
import type { Dossier } from '../../../src/data/dossier.ts';

const WORKER = new URL('../../../src/render/body-worker.ts', import.meta.url);
const FACES: [string, EntityFace][] = [
  ['MA', { type: 'country', name: 'المغرب', nameEn: 'Morocco', reviewed: true }],
  ['abdellatif-hammouchi', { type: 'person', name: 'عبد اللطيف حموشي', nameEn: 'Abdellatif Hammouchi', reviewed: true }],
];
const mdx = (body: string) => `---\n{"title": "عنوان"}\n---\n\n${body}\n`;

let root: string;
let bodies: ArticleBodies | undefined;
const write = (name: string, body: string): string => {
  const file = `content/articles/${name}.mdx`;
  writeFileSync(path.join(root, file), mdx(body));
  return file;
};

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'malaff-bodies-'));
  mkdirSync(path.join(root, 'content/articles'), { recursive: true });
});
afterEach(async () => {
  await bodies?.close();
  bodies = undefined;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a body rendered on the worker thread', () => {
  it('is the HTML the page would have rendered itself, links, keys and all', async () => {
    const file = write('same', 'زار <Entity id="abdellatif-hammouchi" type="person">حموشي</Entity> والمغرب.');
    bodies = articleBodies(WORKER, { root, base: '/malaff/', faces: FACES });
    const faces = new Map(FACES);
    const here = renderArticleBody(mdx('زار <Entity id="abdellatif-hammouchi" type="person">حموشي</Entity> والمغرب.'), file, (id) => faces.get(id), '/malaff/');
    expect(await bodies.render(file)).toEqual(here);
    expect(here.html).toContain('href="/malaff/officials/abdellatif-hammouchi/"');
  });

  it('answers each request with its own article when many are awaited at once', async () => {
    const files = Array.from({ length: 12 }, (_, i) => write(`many-${i}`, `رقم ${i} عن <Entity id="MA" type="country">المغرب</Entity>.`));
    bodies = articleBodies(WORKER, { root, base: '/', faces: FACES });
    const rendered = await Promise.all(files.map((file) => bodies!.render(file)));
    rendered.forEach((body, i) => {
      expect(body.html).toMatch(new RegExp(`^<p>رقم ${i} عن <a `, 'u'));
      expect(body.entities).toEqual(['MA']);
    });
  });

  it('fails with the file, the line and the reason when the article may not be rendered', async () => {
    const file = write('bad', 'قبل {process.exit(7)} بعد');
    bodies = articleBodies(WORKER, { root, base: '/', faces: FACES });
    const failure = bodies.render(file);
    await expect(failure).rejects.toBeInstanceOf(ArticleBodyError);
    await expect(failure).rejects.toThrow(/content\/articles\/bad\.mdx:5: a \{…\} expression is not allowed/u);
    // The worker is still there for the next article.
    expect((await bodies.render(write('after-bad', 'نص.'))).html).toBe('<p>نص.</p>');
  });

  it('fails naming a missing file and what regenerates it', async () => {
    bodies = articleBodies(WORKER, { root, base: '/', faces: FACES });
    await expect(bodies.render('content/articles/missing.mdx')).rejects.toThrow(/content\/articles\/missing\.mdx: the file is missing; run `npm run annotate`/u);
  });

  it('renders what was asked before it was closed, and nothing after', async () => {
    const file = write('closing', 'نص.');
    bodies = articleBodies(WORKER, { root, base: '/', faces: FACES });
    const asked = bodies.render(file);
    await bodies.close();
    expect((await asked).html).toBe('<p>نص.</p>');
    await expect(bodies.render(file)).rejects.toThrow(/closed; content\/articles\/closing\.mdx was not rendered/u);
  });

  it('fails, rather than waiting forever, when the worker cannot start', async () => {
    bodies = articleBodies(new URL('./no-such-worker.ts', WORKER), { root, base: '/', faces: FACES });
    await expect(bodies.render(write('orphan', 'نص.'))).rejects.toThrow(/article body renderer/u);
  });
});

it('does not keep the process alive once the bodies it was asked for are rendered', () => {
  const file = write('exit', 'نص.');
  const script = `
    import { articleBodies } from ${JSON.stringify(pathToFileURL(path.resolve('src/render/article-bodies.ts')).href)};
    const bodies = articleBodies(new URL(${JSON.stringify(WORKER.href)}), { root: ${JSON.stringify(root)}, base: '/', faces: [] });
    const body = await bodies.render(${JSON.stringify(file)});
    console.log(body.html);
  `;
  const run = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(run.stderr).toBe('');
  expect(run.stdout.trim()).toBe('<p>نص.</p>');
  expect(run.status).toBe(0);
});

describe('the renderer of a dossier', () => {
  /** A dossier as far as bodies see it: its entities. */
  const dossierNaming = (name: string): Dossier =>
    ({ entityById: new Map([['MA', { id: 'MA', type: 'country', name, nameEn: 'Morocco', reviewed: true }]]) }) as unknown as Dossier;

  it('is one for the whole build, and a new one with the new names once the dossier changes (astro dev)', async () => {
    const file = write('dev', '<Entity id="MA" type="country">المغرب</Entity>');
    const projectRoot = new URL('../../../', import.meta.url);
    // Bodies are read relative to the root the renderer is given: here the project, whose src/ holds the worker.
    const relative = path.relative(fileURLToPath(projectRoot), path.join(root, file));
    const first = dossierNaming('المغرب');
    const renderer = bodiesOf(first, projectRoot, '/');
    expect(bodiesOf(first, projectRoot, '/')).toBe(renderer);
    expect((await renderer.render(relative)).html).toContain('title="المغرب · Morocco"');

    const edited = bodiesOf(dossierNaming('المملكة المغربية'), projectRoot, '/');
    expect(edited).not.toBe(renderer);
    expect((await edited.render(relative)).html).toContain('title="المملكة المغربية · Morocco"');
    await edited.close();
  });
});
