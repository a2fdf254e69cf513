import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed, readSeeds } from '../../../src/pipeline/read.ts';
import { SeedError } from '../../../src/pipeline/types.ts';

const ARTICLE = 'استقبل المفتش العام للقوات المسلحة الملكية نظيره الباكستاني بالرباط.\nوبحث الجانبان سبل تعزيز التعاون العسكري.';

/** Windows-1256 encoder: the inverse of Node's decoder, built once from its 256 code points. */
const WINDOWS_1256 = (() => {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return (text: string): Uint8Array =>
    Uint8Array.from([...text], (ch) => {
      const byte = table.get(ch);
      if (byte === undefined) throw new Error(`${ch} has no Windows-1256 byte`);
      return byte;
    });
})();

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

function utf16be(text: string): Uint8Array {
  return utf16le(text).map((_, index, bytes) => bytes[index ^ 1] ?? 0);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

/** Deterministic noise: the same "random" bytes on every run. */
function noise(length: number, seed = 7): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state >> 16;
  });
}

/** The SeedError `readSeed` throws for `bytes`. */
function readError(bytes: Uint8Array, file = 'bad.txt'): SeedError {
  try {
    readSeed(bytes, file);
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('readSeed did not throw');
}

describe('encodings', () => {
  it('reads a plain UTF-8 seed', () => {
    const seed = readSeed(utf8(ARTICLE), 'a.txt');
    expect(seed.encoding).toBe('utf-8');
    expect(seed.text).toBe(ARTICLE);
  });

  it('reads UTF-8 saved with a byte-order mark and drops the mark', () => {
    const seed = readSeed(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(ARTICLE)), 'a.txt');
    expect(seed.encoding).toBe('utf-8-bom');
    expect(seed.text).toBe(ARTICLE);
  });

  it('reads UTF-16 little-endian and big-endian with a byte-order mark', () => {
    const le = readSeed(concat(Uint8Array.of(0xff, 0xfe), utf16le(ARTICLE)), 'le.txt');
    const be = readSeed(concat(Uint8Array.of(0xfe, 0xff), utf16be(ARTICLE)), 'be.txt');
    expect([le.encoding, le.text]).toEqual(['utf-16le', ARTICLE]);
    expect([be.encoding, be.text]).toEqual(['utf-16be', ARTICLE]);
  });

  it('recognises UTF-16 without a byte-order mark from its byte pattern', () => {
    expect(readSeed(utf16le(ARTICLE), 'le.txt').encoding).toBe('utf-16le');
    expect(readSeed(utf16be(ARTICLE), 'be.txt').encoding).toBe('utf-16be');
    expect(readSeed(utf16le(ARTICLE), 'le.txt').text).toBe(ARTICLE);
  });

  it('decodes a seed saved by Windows tools in Windows-1256', () => {
    const seed = readSeed(WINDOWS_1256(ARTICLE), 'old.txt');
    expect(seed.encoding).toBe('windows-1256');
    expect(seed.text).toBe(ARTICLE);
  });

  it('refuses random bytes instead of decoding them to garbage', () => {
    const error = readError(noise(400), 'image.txt');
    expect(error.message).toMatch(/^image\.txt: (cannot be decoded|is not text)/u);
    expect(error.message).toMatch(/UTF-8/u);
  });

  it('refuses French Latin-1 text rather than turn it into Arabic letters', () => {
    const latin1 = Uint8Array.from('Le général a visité la base aérienne à Rabat, où il a été reçu.', (ch) => ch.charCodeAt(0));
    expect(readError(latin1).message).toMatch(/cannot be decoded/u);
  });

  it('refuses UTF-8 text full of control characters', () => {
    expect(readError(utf8('\u0001\u0002\u0003\u0004 نص \u0005\u0006')).message).toMatch(/is not text/u);
  });
});

describe('text normalisation', () => {
  it('turns Windows and old Mac line ends into \\n', () => {
    expect(readSeed(utf8('سطر أول\r\nسطر ثان\rسطر ثالث'), 'a.txt').text).toBe('سطر أول\nسطر ثان\nسطر ثالث');
  });

  it('composes decomposed letters (NFC) so that matching sees one spelling', () => {
    const decomposed = 'ا\u0654كتوبر'; // alef + combining hamza above, as macOS may store it
    expect(readSeed(utf8(`وفي ${decomposed} 2023`), 'a.txt').text).toBe('وفي أكتوبر 2023');
  });

  it('hashes the raw bytes with SHA-256', () => {
    const bytes = utf8(ARTICLE);
    expect(readSeed(bytes, 'a.txt').hash).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('reports an empty seed', () => {
    expect(readError(new Uint8Array(0), 'empty.txt').message).toMatch(/^empty\.txt: is empty/u);
  });

  it('reports a seed that contains only whitespace', () => {
    expect(readError(utf8(' \n\t\r\n  \n'), 'blank.txt').message).toMatch(/^blank\.txt: contains only whitespace/u);
  });
});

describe('front matter', () => {
  const withFrontMatter = (yaml: string, body = ARTICLE): Uint8Array => utf8(`---\n${yaml}\n---\n${body}`);

  it('reads title, date, source, url, slug and lang and strips the block from the text', () => {
    const seed = readSeed(
      withFrontMatter('title: "تعاون عسكري"\ndate: 2025-01-20\nsource: الأناضول\nurl: https://example.ma/a\nslug: morocco-pakistan\nlang: ar'),
      'fm.txt',
    );
    expect(seed.frontMatter).toEqual({
      title: 'تعاون عسكري',
      date: '2025-01-20',
      source: 'الأناضول',
      url: 'https://example.ma/a',
      slug: 'morocco-pakistan',
      lang: 'ar',
    });
    expect(seed.text).toBe(ARTICLE);
    expect(seed.bodyStartLine).toBe(9);
  });

  it('accepts an empty front matter block', () => {
    const seed = readSeed(utf8(`---\n---\n${ARTICLE}`), 'fm.txt');
    expect(seed.frontMatter).toEqual({});
    expect(seed.bodyStartLine).toBe(3);
  });

  it('names the file, line and field of an unknown key', () => {
    const error = readError(withFrontMatter('title: عنوان\nauthor: فلان'), 'fm.txt');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^fm\.txt:3: front matter field "author" is not known/u);
  });

  it.each([
    ['date: 2025-02-30', 'date', 2],
    ['date: 20/01/2025', 'date', 2],
    ['title: عنوان\nurl: "javascript:alert(1)"', 'url', 3],
    ['url: ftp://example.ma/a', 'url', 2],
    ['slug: Morocco_Pakistan', 'slug', 2],
    ['title: 123', 'title', 2],
    ['title: ""', 'title', 2],
  ])('rejects %j naming the field %s on line %i', (yaml, field, line) => {
    const error = readError(withFrontMatter(yaml), 'fm.txt');
    expect(error.file).toBe('fm.txt');
    expect(error.line).toBe(line);
    expect(error.message).toContain(`field "${field}"`);
  });

  it('reports YAML syntax errors with their line', () => {
    const error = readError(withFrontMatter('title: عنوان\nsource: [الأناضول'), 'fm.txt');
    expect(error.message).toMatch(/front matter is not valid YAML/u);
    expect(error.line).toBeGreaterThanOrEqual(2);
  });

  it('never runs code from a YAML tag', () => {
    const error = readError(withFrontMatter('title: !!js/function "function () { process.exit(7) }"'), 'fm.txt');
    expect(error.message).toMatch(/front matter/u);
  });

  it('reports front matter that is never closed', () => {
    expect(readError(utf8(`---\ntitle: عنوان\n${ARTICLE}`), 'fm.txt').message).toMatch(/never closed/u);
  });

  it('reports front matter without article text', () => {
    expect(readError(withFrontMatter('title: عنوان', '\n  \n'), 'fm.txt').message).toMatch(/no article text/u);
  });
});

describe('readSeeds', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'malaff-seeds-'));
    await mkdir(path.join(dir, 'أرشيف 2024'), { recursive: true });
    await mkdir(path.join(dir, '.hidden'), { recursive: true });
    await writeFile(path.join(dir, 'b.txt'), ARTICLE);
    await writeFile(path.join(dir, 'a.txt'), WINDOWS_1256(ARTICLE));
    await writeFile(path.join(dir, 'أرشيف 2024', 'زيارة وزير الدفاع.txt'), ARTICLE);
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'notes.md'), ARTICLE);
    await writeFile(path.join(dir, '.hidden', 'c.txt'), ARTICLE);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads every .txt seed in subfolders, in a stable order, with paths relative to seeds/', async () => {
    const { seeds } = await readSeeds(dir);
    expect(seeds.map((seed) => seed.sourceFile)).toEqual(['a.txt', 'b.txt', 'أرشيف 2024/زيارة وزير الدفاع.txt']);
    expect(seeds[0]?.encoding).toBe('windows-1256');
  });

  it('collects one error per bad file instead of stopping at the first', async () => {
    const { errors } = await readSeeds(dir);
    expect(errors.map((error) => error.file)).toEqual(['empty.txt']);
  });

  it('reports a missing seeds folder as an error', async () => {
    const { seeds, errors } = await readSeeds(path.join(dir, 'missing'));
    expect(seeds).toEqual([]);
    expect(errors[0]?.message).toMatch(/cannot list the seeds folder/u);
  });
});
