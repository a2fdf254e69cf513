/**
 * Golden fixtures: `tests/fixtures/<case>/input.txt` (or `input.bin` for
 * bytes that are not UTF-8) runs through the whole pipeline, and the result
 * must equal `expected.mdx` (the emitted file), `expected.annotations.json`
 * (the emitted annotations, indented for review) and `expected.json` (what
 * the pipeline extracted: title, date, source, removed lines, dates,
 * entities).
 *
 * `UPDATE=1 npm test` rewrites the expected files; review the diff like code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/site.ts';
import { loadDossierEntities, processSeed } from '../../src/pipeline/index.ts';
import { readSeed } from '../../src/pipeline/read.ts';
import { emitAnnotations, emitMdx } from '../../src/pipeline/emit.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures');
const update = process.env.UPDATE === '1';

const cases = readdirSync(FIXTURES)
  .map((name) => {
    const input = ['input.txt', 'input.bin'].map((file) => path.join(FIXTURES, name, file)).find((file) => existsSync(file));
    return input ? { name, input } : undefined;
  })
  .filter((value) => value !== undefined);

const { annotator, entityById } = await loadDossierEntities(path.join(PROJECT_ROOT, 'content/entities'));

describe('golden fixtures', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const { name, input } of cases) {
    it(`turns the ${name} seed into the expected article`, () => {
      const seed = readSeed(readFileSync(input), `${name}.txt`);
      const article = processSeed(seed, annotator);
      const entities = entityById(article);
      const mdx = emitMdx(article);
      const annotations = JSON.parse(emitAnnotations(article, entities)) as unknown;
      const extracted = {
        title: article.meta.title,
        titleDerived: article.meta.titleDerived,
        date: article.meta.date,
        source: article.meta.source,
        dateline: article.meta.dateline,
        encoding: article.encoding,
        removed: article.removed,
        dates: article.meta.dates.map(({ text, value, precision, relative }) => ({ text, value, precision, relative })),
        entities: [...new Set(article.mentions.map((mention) => mention.entityId))]
          .map((id) => ({ id, type: entities.get(id)?.type, name: entities.get(id)?.name }))
          .sort((a, b) => `${a.type}:${a.id}`.localeCompare(`${b.type}:${b.id}`)),
      };
      const mdxFile = path.join(FIXTURES, name, 'expected.mdx');
      const jsonFile = path.join(FIXTURES, name, 'expected.json');
      const annotationsFile = path.join(FIXTURES, name, 'expected.annotations.json');
      if (update) {
        writeFileSync(mdxFile, mdx);
        writeFileSync(annotationsFile, `${JSON.stringify(annotations, null, 1)}\n`);
        writeFileSync(jsonFile, `${JSON.stringify(extracted, null, 2)}\n`);
      }
      expect(existsSync(mdxFile), `${name}: no expected files yet; run UPDATE=1 npm test and review them`).toBe(true);
      expect(mdx).toBe(readFileSync(mdxFile, 'utf8'));
      expect(annotations).toEqual(JSON.parse(readFileSync(annotationsFile, 'utf8')));
      expect(extracted).toEqual(JSON.parse(readFileSync(jsonFile, 'utf8')));
    });
  }
});
