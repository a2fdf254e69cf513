/**
 * The pipeline run as `npm run annotate` runs it, on folders of its own:
 * what it writes, what it refuses, and what it does not redo.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineOptions } from '../../../src/pipeline/index.ts';
import { PROJECT_ROOT } from '../../helpers/site.ts';
import { articleAnnotationsSchema } from '../../../src/schemas/article.ts';

let root: string;
let options: PipelineOptions;

const SEED = `وزير الدفاع الباكستاني يزور الرباط

استقبل المغرب وزير الدفاع الباكستاني في الرباط لبحث التعاون العسكري بين البلدين.
`;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'malaff-pipeline-'));
  options = {
    seedsDir: path.join(root, 'seeds'),
    registryDir: path.join(root, 'entities'),
    articlesDir: path.join(root, 'content/articles'),
    annotationsDir: path.join(root, 'content/generated/annotations'),
    generatedDir: path.join(root, 'content/generated'),
    cacheDir: path.join(root, '.cache'),
  };
  mkdirSync(options.seedsDir);
  cpSync(path.join(PROJECT_ROOT, 'content/entities'), options.registryDir, { recursive: true });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('runPipeline', () => {
  it('writes one MDX file and one annotations file per seed, and the entity index', async () => {
    writeFileSync(path.join(options.seedsDir, 'visit.txt'), SEED);
    const result = await runPipeline(options);
    expect(result.errors).toEqual([]);
    expect(readdirSync(options.articlesDir)).toEqual(['visit.mdx']);
    expect(readdirSync(options.annotationsDir)).toEqual(['visit.json']);
    const annotations = articleAnnotationsSchema.parse(JSON.parse(readFileSync(path.join(options.annotationsDir, 'visit.json'), 'utf8')));
    expect(annotations.entities.map((entity) => entity.id).sort()).toEqual(['MA', 'PK', 'rabat']);
    const index = JSON.parse(readFileSync(path.join(options.generatedDir, 'entities.json'), 'utf8')) as { id: string; articles: string[] }[];
    expect(index.find((entity) => entity.id === 'MA')?.articles).toEqual(['visit']);
    expect(index.find((entity) => entity.id === 'PK')?.articles).toEqual(['visit']);
  });

  it('lists an entity\'s articles newest first, undated last, and later file names first within a date', async () => {
    const dated = (date: string): string => `---\ndate: ${date}\n---\n${SEED}`;
    writeFileSync(path.join(options.seedsDir, '001.txt'), SEED);
    writeFileSync(path.join(options.seedsDir, '002.txt'), dated('2024-03-01'));
    writeFileSync(path.join(options.seedsDir, '003.txt'), SEED.replace('لبحث', 'من أجل بحث'));
    writeFileSync(path.join(options.seedsDir, '004.txt'), dated('2023-05-01').replace('لبحث', 'من أجل بحث'));
    writeFileSync(path.join(options.seedsDir, '005.txt'), dated('2024-03-01').replace('لبحث', 'في زيارة لبحث'));
    const result = await runPipeline(options);
    expect(result.errors).toEqual([]);
    const index = JSON.parse(readFileSync(path.join(options.generatedDir, 'entities.json'), 'utf8')) as { id: string; articles: string[] }[];
    // A new seed, numbered after the others, comes first among its equals: the lists' older pages keep their articles.
    expect(index.find((entity) => entity.id === 'MA')?.articles).toEqual(['005', '002', '004', '003', '001']);
  });

  it('names every bad seed in one run and writes nothing', async () => {
    writeFileSync(path.join(options.seedsDir, 'good.txt'), SEED);
    writeFileSync(path.join(options.seedsDir, 'empty.txt'), '');
    writeFileSync(path.join(options.seedsDir, 'bad-front-matter.txt'), '---\ndate: yesterday\n---\nنص المقال عن المغرب.\n');
    const result = await runPipeline(options);
    expect(result.errors.map((error) => error.file).sort()).toEqual(['bad-front-matter.txt', 'empty.txt']);
    expect(() => readdirSync(options.articlesDir)).toThrow();
  });

  it('refuses two seeds that would share one page', async () => {
    writeFileSync(path.join(options.seedsDir, 'a.txt'), `---\nslug: same\n---\n${SEED}`);
    writeFileSync(path.join(options.seedsDir, 'b.txt'), `---\nslug: same\n---\nمقال آخر عن مصر وباكستان.\n`);
    const result = await runPipeline(options);
    expect(result.errors.map((error) => error.message).join('\n')).toMatch(/a\.txt: slug "same" is also used by b\.txt/u);
  });

  it('reports the same article saved under two names without failing', async () => {
    writeFileSync(path.join(options.seedsDir, 'one.txt'), SEED);
    writeFileSync(path.join(options.seedsDir, 'two.txt'), SEED);
    const result = await runPipeline(options);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual(['one.txt, two.txt: same article text in 2 seeds']);
  });

  it('re-annotates only the seeds that changed, and rewrites only changed files', async () => {
    writeFileSync(path.join(options.seedsDir, 'a.txt'), SEED);
    writeFileSync(path.join(options.seedsDir, 'b.txt'), 'مصر وباكستان تبحثان التعاون\n\nالتقى وزير الدفاع المصري نظيره الباكستاني في القاهرة.\n');
    await runPipeline(options);
    const before = statSync(path.join(options.articlesDir, 'a.mdx')).mtimeMs;
    const annotatedBefore = statSync(path.join(options.annotationsDir, 'a.json')).mtimeMs;
    writeFileSync(path.join(options.seedsDir, 'c.txt'), 'زيارة إلى أنقرة\n\nزار وفد باكستاني العاصمة التركية أنقرة لبحث التعاون.\n');
    const second = await runPipeline(options);
    expect(second.articles.map((article) => [article.sourceFile, article.cached])).toEqual([
      ['a.txt', true],
      ['b.txt', true],
      ['c.txt', false],
    ]);
    expect(statSync(path.join(options.articlesDir, 'a.mdx')).mtimeMs).toBe(before);
    expect(statSync(path.join(options.annotationsDir, 'a.json')).mtimeMs).toBe(annotatedBefore);
  });

  it('restores the MDX of an unchanged seed when the file was edited or deleted', async () => {
    writeFileSync(path.join(options.seedsDir, 'a.txt'), SEED);
    writeFileSync(path.join(options.seedsDir, 'b.txt'), 'زيارة إلى أنقرة\n\nزار وفد باكستاني أنقرة.\n');
    await runPipeline(options);
    const mdx = (name: string) => path.join(options.articlesDir, name);
    const original = readFileSync(mdx('a.mdx'), 'utf8');
    writeFileSync(mdx('a.mdx'), `${original}\nسطر أضيف باليد\n`);
    rmSync(mdx('b.mdx'));
    const second = await runPipeline(options);
    expect(second.articles.every((article) => article.cached)).toBe(true);
    expect(second.written).toBe(2);
    expect(readFileSync(mdx('a.mdx'), 'utf8')).toBe(original);
    expect(readdirSync(options.articlesDir)).toEqual(['a.mdx', 'b.mdx']);
  });

  it('drops the page of a seed that was removed', async () => {
    writeFileSync(path.join(options.seedsDir, 'a.txt'), SEED);
    writeFileSync(path.join(options.seedsDir, 'b.txt'), 'زيارة إلى أنقرة\n\nزار وفد باكستاني أنقرة.\n');
    await runPipeline(options);
    rmSync(path.join(options.seedsDir, 'b.txt'));
    await runPipeline(options);
    expect(readdirSync(options.articlesDir)).toEqual(['a.mdx']);
    expect(readdirSync(options.annotationsDir)).toEqual(['a.json']);
  });

  it('annotates everything again, without failing, when the cache file was cut short', async () => {
    writeFileSync(path.join(options.seedsDir, 'a.txt'), SEED);
    const first = await runPipeline(options);
    const cacheDir = options.cacheDir ?? '';
    const [fingerprint] = readdirSync(cacheDir);
    const [file] = readdirSync(path.join(cacheDir, fingerprint ?? ''));
    const cacheFile = path.join(cacheDir, fingerprint ?? '', file ?? '');
    writeFileSync(cacheFile, readFileSync(cacheFile).subarray(0, 40));
    const second = await runPipeline(options);
    expect(second.errors).toEqual([]);
    expect(second.articles[0]?.cached).toBe(false);
    expect(second.articles).toEqual(first.articles);
    const third = await runPipeline(options);
    expect(third.articles[0]?.cached).toBe(true);
  });

  it('gives an official one page when articles write the name with and without a style', async () => {
    writeFileSync(path.join(options.seedsDir, 'a.txt'), 'اتصال هاتفي\n\nتلقى الرئيس المصري اتصالا هاتفيا من رئيس الوزراء الباكستاني شهباز شريف.\n');
    writeFileSync(path.join(options.seedsDir, 'b.txt'), 'لقاء في الرياض\n\nالتقى رئيس الوزراء الباكستاني محمد شهباز شريف وزير الدفاع السعودي في الرياض.\n');
    const result = await runPipeline(options);
    const people = result.entities.filter((entity) => entity.type === 'person');
    expect(people.map(({ id, name, aliases, articles, formerIds }) => ({ id, name, aliases, articles, formerIds }))).toEqual([
      { id: 'shehbaz-sharif', name: 'شهباز شريف', aliases: ['محمد شهباز شريف'], articles: ['b', 'a'], formerIds: ['mohammed-shehbaz-sharif'] },
    ]);
    expect(readFileSync(path.join(options.articlesDir, 'b.mdx'), 'utf8')).toContain('<Entity id="shehbaz-sharif" type="person">محمد شهباز شريف</Entity>');
  });

  it('moves an article built before to the shared page when a later article gives the bare name, and back when it goes', async () => {
    const link = (id: string) => `<Entity id="${id}" type="person">محمد شهباز شريف</Entity>`;
    const mdx = () => readFileSync(path.join(options.articlesDir, 'b.mdx'), 'utf8');
    writeFileSync(path.join(options.seedsDir, 'b.txt'), 'لقاء في الرياض\n\nالتقى رئيس الوزراء الباكستاني محمد شهباز شريف وزير الدفاع السعودي في الرياض.\n');
    await runPipeline(options);
    expect(mdx()).toContain(link('mohammed-shehbaz-sharif'));
    writeFileSync(path.join(options.seedsDir, 'a.txt'), 'اتصال هاتفي\n\nتلقى الرئيس المصري اتصالا هاتفيا من رئيس الوزراء الباكستاني شهباز شريف.\n');
    const second = await runPipeline(options);
    expect(second.articles.find((article) => article.sourceFile === 'b.txt')?.cached).toBe(true);
    expect(mdx()).toContain(link('shehbaz-sharif'));
    rmSync(path.join(options.seedsDir, 'a.txt'));
    await runPipeline(options);
    expect(mdx()).toContain(link('mohammed-shehbaz-sharif'));
  });

  it('annotates again when the registry changes', async () => {
    writeFileSync(path.join(options.seedsDir, 'a.txt'), SEED);
    await runPipeline(options);
    writeFileSync(
      path.join(options.registryDir, 'extra.yaml'),
      '- id: test-official\n  type: person\n  name: سليم الناصري\n  name_en: Salim al-Nasiri\n',
    );
    const second = await runPipeline(options);
    expect(second.articles[0]?.cached).toBe(false);
  });
});
