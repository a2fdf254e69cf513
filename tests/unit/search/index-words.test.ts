/**
 * What Pagefind puts in the index for a page's search keys: the keys as
 * words, and nothing glued to the markers around them. A marker-glued word
 * (`⟦قوات⟧`) is never typed by anyone, yet every such word made the index
 * bigger, the build slower and the first search's download heavier.
 */
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { addSearchKeys } from '../../../src/search/annotate-html.ts';
import { KEY_CLOSE, KEY_OPEN } from '../../../src/search/keys.ts';

/** The words section of every index chunk Pagefind makes for `html`, as text. */
async function indexedText(html: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(errors.join('; '));
  const page = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>t</title></head><body><main data-pagefind-body>${html}</main></body></html>`;
  const added = await index.addHTMLFile({ url: '/articles/a/', content: page });
  expect(added.errors).toEqual([]);
  const { files } = await index.getFiles();
  const chunks = files.filter((file) => file.path.startsWith('index/'));
  expect(chunks.length).toBeGreaterThan(0);
  // Chunks are gzip-compressed CBOR, in which words are plain UTF-8 strings.
  return chunks.map((file) => gunzipSync(file.content).toString('utf8')).join('\n');
}

afterAll(async () => {
  await pagefind.close();
});

describe('the search index of a page with search keys', () => {
  test('holds the keys as words a reader can type, and no word with a marker in it', async () => {
    const text = await indexedText(addSearchKeys('<p>مع للقوات الجوية في القاهرة، والمغرب</p>'));
    // `مغرب` is only in the page as the key of `والمغرب`, which Pagefind's stemmer leaves whole.
    expect(text).toContain('والمغرب');
    expect(text).toContain('مغرب');
    expect(text).not.toContain(KEY_OPEN);
    expect(text).not.toContain(KEY_CLOSE);
  });

  test('would hold marker-glued words if the markers touched the keys', async () => {
    // The reason `keyRun` writes the markers apart: Pagefind keeps a word with
    // a non-ASCII symbol in it as a word of its own, besides its letters.
    const text = await indexedText(`<p>والمغرب<span hidden> ${KEY_OPEN}مغرب${KEY_CLOSE}</span></p>`);
    expect(text).toContain(KEY_OPEN);
  });
});
