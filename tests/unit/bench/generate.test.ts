/**
 * The bench's synthetic dossier stands for a stream of articles collected
 * over years: its figures for "one article added" mean what they say only
 * if the added article is the stream's next one, newer than the dossier,
 * as a reader's next seed is.
 */
import { describe, expect, test } from 'vitest';
import { composeArticle, defaultPoolSize, streamDate } from '../../../bench/generate.ts';
import { readSeed } from '../../../src/pipeline/read.ts';
import { cleanSeed } from '../../../src/pipeline/clean.ts';
import { extractMetadata } from '../../../src/pipeline/metadata.ts';

/** The publication date the pipeline reads from generated article `index` of `span`, if it finds one. */
function publicationDate(index: number, span: number): string | null {
  const { name, text } = composeArticle(3, index, [], defaultPoolSize(span), span);
  return extractMetadata(cleanSeed(readSeed(Buffer.from(text, 'utf8'), name))).meta.date;
}

describe('the synthetic stream of articles', () => {
  test('spreads a dossier over eleven years, in the order its articles arrive', () => {
    expect(streamDate(0, 1000, 0).toISOString().slice(0, 10)).toBe('2015-01-01');
    expect(streamDate(999, 1000, 0.99).getUTCFullYear()).toBe(2025);
    for (let index = 1; index < 1000; index++) {
      expect(streamDate(index, 1000, 0).getTime()).toBeGreaterThanOrEqual(streamDate(index - 1, 1000, 0.99).getTime());
    }
  });

  test('dates an article added to the dossier after every article in it', () => {
    const dated = Array.from({ length: 200 }, (_, index) => publicationDate(index, 200)).filter((date) => date !== null);
    expect(dated.length).toBeGreaterThan(20);
    const added = Array.from({ length: 20 }, (_, i) => publicationDate(200 + i, 200)).filter((date) => date !== null);
    expect(added.length).toBeGreaterThan(0);
    for (const date of added) expect(date > dated.toSorted().at(-1)!).toBe(true);
  });

  test('writes the same article for the same seed, number and dossier size', () => {
    expect(composeArticle(5, 42, [], 60, 300)).toEqual(composeArticle(5, 42, [], 60, 300));
    expect(composeArticle(5, 42, [], 60, 300).text).not.toBe(composeArticle(5, 43, [], 60, 300).text);
  });
});
