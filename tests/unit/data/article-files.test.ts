/**
 * An article's text and annotations are read from their files, and a bad
 * annotations file stops the build with its path and what is wrong with it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotationsFile, articleSlugs, readArticleAnnotations, readArticleSource } from '../../../src/data/article-files.ts';

const SENTENCE = 'استقبل رئيس الأركان نظيره الباكستاني في الرباط.';
const annotations = {
  entities: [{ id: 'rabat', type: 'place', name: 'الرباط', count: 1 }],
  sentences: [SENTENCE],
  mentions: [{ entity: 'rabat', paragraph: 0, text: 'الرباط', sentence: 0, at: SENTENCE.indexOf('الرباط') }],
  dates: [],
};

describe('article files', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'malaff-files-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads an article’s annotations with each mention’s sentence quoted in full', () => {
    write(annotationsFile('a'), JSON.stringify(annotations));
    const read = readArticleAnnotations(pathToFileURL(`${root}/`), 'a');
    expect(read.entities.map((entity) => entity.id)).toEqual(['rabat']);
    expect(read.mentions[0]?.sentence).toBe(SENTENCE);
  });

  it('lists the articles of a folder by their MDX files, in file-name order, and nothing else', () => {
    for (const file of ['b.mdx', 'a.mdx', 'a-2.mdx', 'notes.txt', 'c.mdx.bak']) write(`content/articles/${file}`, '');
    expect(articleSlugs(path.join(root, 'content/articles'))).toEqual(['a-2', 'a', 'b']);
  });

  it('reads an article’s MDX relative to the project root', () => {
    write('content/articles/a.mdx', '---\n{}\n---\n\nنص.\n');
    expect(readArticleSource(root, 'content/articles/a.mdx')).toContain('نص.');
  });

  it('names a missing file and how to regenerate it', () => {
    expect(() => readArticleAnnotations(root, 'gone')).toThrow(
      /content\/generated\/annotations\/gone\.json: the file is missing; run `npm run annotate`/u,
    );
    expect(() => readArticleSource(root, 'content/articles/gone.mdx')).toThrow(/content\/articles\/gone\.mdx: the file is missing/u);
  });

  it('names a file that is not JSON', () => {
    write(annotationsFile('a'), '{"entities": [');
    expect(() => readArticleAnnotations(root, 'a')).toThrow(/annotations\/a\.json: not valid JSON/u);
  });

  it('names the file and the field that does not match the schema', () => {
    write(annotationsFile('a'), JSON.stringify({ ...annotations, entities: [{ ...annotations.entities[0], type: 'planet' }] }));
    expect(() => readArticleAnnotations(root, 'a')).toThrow(/annotations\/a\.json: does not match the annotations schema at entities\.0\.type/u);
  });

  it('names the file when a mention quotes a sentence that is not there', () => {
    write(annotationsFile('a'), JSON.stringify({ ...annotations, sentences: [] }));
    expect(() => readArticleAnnotations(root, 'a')).toThrow(/annotations\/a\.json: .*sentence 0 does not exist/u);
  });
});
