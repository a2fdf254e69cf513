/**
 * Stage 1: seed files to decoded text.
 *
 * Seeds come from scrapers, copy-paste and Windows tools, so the bytes are not
 * always UTF-8: Notepad writes UTF-8 with a BOM or UTF-16, older Arabic
 * Windows software writes Windows-1256. Decoding is tried from the most
 * certain evidence to the least:
 *
 * 1. a byte-order mark (UTF-8, UTF-16 LE/BE) is proof;
 * 2. UTF-16 without a BOM is recognised by its byte pattern: in Arabic or
 *    Latin text every other byte is 0x06 or 0x00. This is checked before
 *    UTF-8 because such bytes are also "valid UTF-8" full of control codes;
 * 3. bytes that are valid UTF-8 are UTF-8 (Windows-1256 Arabic is almost
 *    never valid UTF-8);
 * 4. otherwise Windows-1256, but only when the bytes look like Arabic text in
 *    that code page: mostly Arabic letters among the high bytes, spaces
 *    between words, no control codes. Anything else is refused with a reason
 *    rather than decoded to garbage, because every byte sequence "decodes"
 *    in a single-byte code page.
 *
 * Decoded text is NFC with `\n` line ends and no BOM. Optional YAML front
 * matter is parsed as data only (YAML 1.2 core schema, no custom tags, alias
 * count capped by the `yaml` package) and validated strictly: an unknown or
 * malformed field is an error naming the file, the line and the field, so a
 * typo never silently drops a title. Nothing in a seed is ever executed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { z } from 'zod';
import { SeedError, type Seed, type SeedFrontMatter } from './types.ts';

/** Front matter fields a seed may set; each overrides what extraction finds. */
export const seedFrontMatterSchema = z.strictObject({
  /** Headline; replaces the first line / derived title. */
  title: z.string().trim().min(1, 'must not be empty').optional(),
  /** Publication date, ISO `YYYY-MM-DD`, a real calendar date. */
  date: z.iso.date('must be a real calendar date written YYYY-MM-DD').optional(),
  /** Agency or outlet credited. */
  source: z.string().trim().min(1, 'must not be empty').optional(),
  /** Where the article was published; http or https only. */
  url: z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// address' }).optional(),
  /** Page slug: lowercase Latin letters, digits and single hyphens. */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be lowercase Latin letters, digits and hyphens (e.g. morocco-pakistan-2025)')
    .optional(),
  /** Language tag, BCP 47 (`ar`, `ar-MA`). */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u, 'must be a language tag such as ar or ar-MA')
    .optional(),
});

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1256 = new TextDecoder('windows-1256');

/**
 * Decodes and parses one seed file.
 *
 * @param bytes the file's raw bytes
 * @param sourceFile path relative to `seeds/`, forward slashes; used in errors
 * @returns the decoded seed; `hash` is the SHA-256 of `bytes`
 * @throws SeedError when the file is empty, only whitespace, not decodable as
 *   text, or has invalid front matter (the error names the line and field)
 */
export function readSeed(bytes: Uint8Array, sourceFile: string): Seed {
  if (bytes.length === 0) throw new SeedError(sourceFile, 'is empty: add the article text');
  const { text: decoded, encoding } = decode(bytes, sourceFile);
  const text = (decoded.includes('\r') ? decoded.replace(/\r\n?/gu, '\n') : decoded).normalize('NFC');
  if (text.trim() === '') throw new SeedError(sourceFile, 'contains only whitespace: add the article text');
  const { frontMatter, body, bodyStartLine } = splitFrontMatter(text, sourceFile);
  if (body.trim() === '') throw new SeedError(sourceFile, 'has front matter but no article text', bodyStartLine);
  return {
    sourceFile,
    encoding,
    text: body,
    frontMatter,
    bodyStartLine,
    hash: createHash('sha256').update(bytes).digest('hex'),
  };
}

/**
 * Reads every `*.txt` under `seedsDir`, recursively, in a deterministic order
 * (code-unit order of the relative path, not the locale's).
 *
 * @param seedsDir absolute or relative path of the seeds folder
 * @returns the seeds that could be read and one error per file that could not;
 *   a missing folder is one error. `sourceFile` is the NFC path relative to
 *   `seedsDir` with forward slashes (macOS stores names decomposed).
 *
 * Limits: hidden files and folders (`.name`) are skipped; symbolic links are
 * not followed; the `.txt` extension is matched case-insensitively.
 */
export async function readSeeds(seedsDir: string): Promise<{ seeds: Seed[]; errors: SeedError[] }> {
  const seeds: Seed[] = [];
  const errors: SeedError[] = [];
  let files: string[];
  try {
    files = await listSeedFiles(seedsDir, '');
  } catch (error) {
    return { seeds, errors: [new SeedError(seedsDir, `cannot list the seeds folder: ${(error as Error).message}`)] };
  }
  const named = files.map((file) => ({ file, sourceFile: file.normalize('NFC') }));
  named.sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0));
  for (const { file, sourceFile } of named) {
    try {
      // Synchronous: one call instead of four promise round trips per file (open, stat, read, close).
      const bytes = readFileSync(path.join(seedsDir, ...file.split('/')));
      seeds.push(readSeed(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), sourceFile));
    } catch (error) {
      errors.push(error instanceof SeedError ? error : new SeedError(sourceFile, `cannot be read: ${(error as Error).message}`));
    }
  }
  return { seeds, errors };
}

/** Relative paths (forward slashes) of the seed files below `dir/relative`. */
async function listSeedFiles(root: string, relative: string): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listSeedFiles(root, child)));
    else if (entry.isFile() && /\.txt$/iu.test(entry.name)) files.push(child);
  }
  return files;
}

// ── Decoding ────────────────────────────────────────────────────────────────

interface Decoded {
  text: string;
  encoding: string;
}

function decode(bytes: Uint8Array, file: string): Decoded {
  const decoded = decodeBytes(bytes, file);
  // Valid UTF-8 or UTF-16 can still be binary: a text file has no NUL and hardly any control codes.
  const controls = countControlCharacters(decoded.text);
  if (controls > Math.max(0, decoded.text.length * 0.01)) {
    throw new SeedError(file, `is not text (${controls} control characters after decoding as ${decoded.encoding}); save the article as UTF-8 text`);
  }
  return decoded;
}

function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeStrict('utf-8', bytes.subarray(3), file), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeStrict('utf-16le', bytes.subarray(2), file), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeStrict('utf-16be', bytes.subarray(2), file), encoding: 'utf-16be' };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decodeStrict(utf16, bytes, file), encoding: utf16 };
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to the Arabic single-byte code page.
  }
  const reason = windows1256Objection(bytes);
  if (reason) throw new SeedError(file, `cannot be decoded: not UTF-8, UTF-16 or Windows-1256 Arabic text (${reason}); save the article as UTF-8 text`);
  return { text: WINDOWS_1256.decode(bytes), encoding: 'windows-1256' };
}

function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SeedError(file, `cannot be decoded: the bytes are not valid ${encoding.toUpperCase()}; save the article as UTF-8 text`);
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * High bytes of UTF-16 code units in Arabic or Latin text: 0x00 (ASCII),
 * 0x06 (Arabic), 0x20 (typographic quotes, dashes, `…`), 0xFB/0xFE
 * (presentation forms, BOM).
 */
const UTF16_HIGH_BYTES = new Set([0x00, 0x06, 0x20, 0xfb, 0xfe]);

/**
 * `utf-16le` or `utf-16be` when a BOM-less file is unambiguously UTF-16: an
 * even length, nearly every high byte (95 %) from `UTF16_HIGH_BYTES` with
 * many 0x00 or 0x06, and low bytes that are almost never 0x00 (2 %).
 * Otherwise undefined. Nearly every seed is UTF-8, whose bytes break those
 * limits within its first lines: the count stops there rather than at the
 * end of the file.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const units = bytes.length / 2;
  const maxUnexpected = units * 0.05;
  const maxNulLow = units * 0.02;
  for (const [encoding, highOffset] of [['utf-16le', 1], ['utf-16be', 0]] as const) {
    let unexpected = 0;
    let arabicOrAscii = 0;
    let nulLow = 0;
    for (let unit = 0; unit < units && unexpected <= maxUnexpected && nulLow <= maxNulLow; unit++) {
      const high = bytes[unit * 2 + highOffset] ?? 0;
      const low = bytes[unit * 2 + 1 - highOffset] ?? 0;
      if (!UTF16_HIGH_BYTES.has(high)) unexpected++;
      if (high === 0x00 || high === 0x06) arabicOrAscii++;
      if (low === 0x00) nulLow++;
    }
    if (unexpected <= maxUnexpected && arabicOrAscii >= units * 0.5 && nulLow <= maxNulLow) return encoding;
  }
  return undefined;
}

/**
 * Why the bytes are not Windows-1256 Arabic text, or undefined when they look
 * like it: among bytes ≥ 0x80 at least 70 % are Arabic letters (0xC1–0xFE
 * minus the French letters the code page also holds), spaces make up at least
 * 3 % of all bytes, and there are no control bytes besides tab and line ends.
 */
function windows1256Objection(bytes: Uint8Array): string | undefined {
  let high = 0;
  let arabic = 0;
  let spaces = 0;
  let controls = 0;
  for (const byte of bytes) {
    if (byte >= 0x80) {
      high++;
      if (isWindows1256ArabicLetter(byte)) arabic++;
    } else if (byte === 0x20) spaces++;
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  if (controls > 0) return `${controls} control bytes`;
  if (high === 0) return 'no Arabic letters';
  if (arabic < high * 0.7) return `only ${Math.round((arabic / high) * 100)}% of the non-ASCII bytes are Arabic letters in Windows-1256`;
  if (spaces < bytes.length * 0.03) return 'no spaces between words';
  return undefined;
}

/** Latin letters Windows-1256 keeps for French: à â ç è é ê ë î ï ô ù û ü. */
const WINDOWS_1256_LATIN = new Set([0xe0, 0xe2, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xee, 0xef, 0xf4, 0xf9, 0xfb, 0xfc]);

function isWindows1256ArabicLetter(byte: number): boolean {
  return byte >= 0xc1 && byte <= 0xfe && byte !== 0xd7 && byte !== 0xf7 && !WINDOWS_1256_LATIN.has(byte);
}

/** C0 and C1 control characters other than tab, line ends and form feed, plus U+FFFD from a lossy decode. */
function countControlCharacters(text: string): number {
  return text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/gu)?.length ?? 0;
}

// ── Front matter ────────────────────────────────────────────────────────────

interface SplitSeed {
  frontMatter: SeedFrontMatter;
  body: string;
  bodyStartLine: number;
}

/**
 * Separates a leading `---` … `---` YAML block from the body. The block must
 * open on line 1; its closing `---` must be on a line of its own.
 */
function splitFrontMatter(text: string, file: string): SplitSeed {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { frontMatter: {}, body: text, bodyStartLine: 1 };
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close === -1) throw new SeedError(file, 'front matter opened with `---` is never closed: add a `---` line after the last field', 1);
  const yaml = lines.slice(1, close).join('\n');
  return {
    frontMatter: parseFrontMatter(yaml, file),
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine: close + 2,
  };
}

/** Parses and validates the YAML between the fences; line numbers count from the file's line 1. */
function parseFrontMatter(yaml: string, file: string): SeedFrontMatter {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  const fileLine = (offset: number): number => lineCounter.linePos(offset).line + 1;
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) throw new SeedError(file, `front matter is not valid YAML: ${problem.message.split('\n')[0]}`, fileLine(problem.pos[0]));
  if (document.contents === null) return {};
  if (!isMap(document.contents)) throw new SeedError(file, 'front matter must be `field: value` lines', 2);

  const keyLines = new Map<string, number>();
  for (const pair of document.contents.items) {
    if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), fileLine(pair.key.range[0]));
  }
  const result = seedFrontMatterSchema.safeParse(document.toJS({ maxAliasCount: 10 }));
  if (result.success) return stripUndefined(result.data);

  const issue = result.error.issues[0];
  const field = issue?.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : String(issue?.path[0] ?? '');
  const known = Object.keys(seedFrontMatterSchema.shape).join(', ');
  const message =
    issue?.code === 'unrecognized_keys'
      ? `front matter field "${field}" is not known (allowed: ${known})`
      : `front matter field "${field}" ${issue?.code === 'invalid_type' ? 'must be text' : (issue?.message ?? 'is invalid')}`;
  throw new SeedError(file, message, keyLines.get(field) ?? 2);
}

function stripUndefined(data: z.infer<typeof seedFrontMatterSchema>): SeedFrontMatter {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as SeedFrontMatter;
}
