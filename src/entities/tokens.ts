/**
 * A paragraph as the entity modules see it: matching keys of its words, each
 * with its clitic readings and its place in the original text.
 *
 * Both the gazetteer (`match.ts`) and discovery (`discover.ts`) walk words,
 * never characters, and both need the same three things per word: its key,
 * the stems it may hide behind proclitics, and whether punctuation separates
 * it from its neighbours. Computing them once per paragraph keeps matching
 * linear in the paragraph's length.
 *
 * A word is a run of letters, marks and digits, with inner `-` or `'` kept
 * (`Shield-2023`, `إس-400`, `جنوب-جنوب`). `عبدالله` written without its
 * space is split into `عبد` + `الله`, so that both spellings of compound
 * names compare equal.
 */

import { normalizeWithOffsets, originalEnd, originalStart, type NormalizedText } from '../arabic/normalize.ts';
import { cliticReadings, type CliticReading } from '../arabic/clitics.ts';

/** One word of a paragraph. Offsets are into the paragraph's key. */
export interface Token {
  /** The word's matching key. */
  key: string;
  /** Key offsets `[start, end)`. */
  start: number;
  end: number;
  /** The word and its proclitic readings, whole word first. */
  readings: CliticReading[];
}

/** A paragraph broken into tokens, with the way back to its original text. */
export interface TokenizedText {
  /** The original text. */
  text: string;
  normalized: NormalizedText;
  tokens: Token[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** `عبد` glued to a name that starts with the article: `عبدالله`, `عبداللطيف`. */
const GLUED_ABD = /^عبد(ال.{2,})$/u;

/** True for a letter, mark or digit: Arabic letters and ASCII without a regex, the rest with one. */
function isWordCode(key: string, i: number): boolean {
  const c = key.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0x0621 && c <= 0x064a) return true;
  if (c === 0x20 || c === 0x060c || c === 0x061f || c === 0x061b) return false;
  return WORD_CHAR.test(key[i] as string);
}

/**
 * Splits a text into tokens on its matching key.
 *
 * @param text one paragraph (or any text), original form
 * @returns the tokens in order, with clitic readings
 */
export function tokenize(text: string): TokenizedText {
  const normalized = normalizeWithOffsets(text);
  const { key: source } = normalized;
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    if (!isWordCode(source, i)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < source.length && isWordCode(source, i)) i++;
      // `Shield-2023`, `إس-400`, `d'Ivoire`: an inner hyphen or apostrophe joins.
      const joiner = source[i];
      if ((joiner === '-' || joiner === "'" || joiner === '’') && i + 1 < source.length && isWordCode(source, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    const key = source.slice(start, i);
    const glued = key.startsWith('عبدال') ? GLUED_ABD.exec(key) : null;
    if (glued) {
      tokens.push(makeToken('عبد', start, start + 3));
      tokens.push(makeToken(glued[1] as string, start + 3, i));
      continue;
    }
    tokens.push(makeToken(key, start, i));
  }
  return { text, normalized, tokens };
}

/**
 * Readings by word key. Words repeat across paragraphs and articles, so
 * the readings are computed once per distinct word (and shared: they are
 * never mutated). Bounded so that a long run does not grow it forever.
 */
const READINGS = new Map<string, CliticReading[]>();
const READINGS_LIMIT = 200_000;

function makeToken(key: string, start: number, end: number): Token {
  let readings = READINGS.get(key);
  if (readings === undefined) {
    if (READINGS.size >= READINGS_LIMIT) READINGS.clear();
    readings = cliticReadings(key);
    READINGS.set(key, readings);
  }
  return { key, start, end, readings };
}

/**
 * The matching keys of a name's words, as `tokenize` would produce them.
 *
 * @param name a name or alias, original form
 * @returns its word keys; empty for text without letters
 */
export function nameKeys(name: string): string[] {
  return tokenize(name).tokens.map((token) => token.key);
}

/**
 * The key text between token `i` and the next one (spaces, punctuation,
 * quotes); '' after the last token.
 */
export function gapAfter(text: TokenizedText, i: number): string {
  const token = text.tokens[i];
  const next = text.tokens[i + 1];
  if (token === undefined || next === undefined) return '';
  return text.normalized.key.slice(token.end, next.start);
}

/** An opening quotation mark, spaces at most after it; RTL text often writes `”` and `‟` to open. */
const OPENING_QUOTE = /[“”«"„‟]\s*$/u;

/** True when an opening quotation mark stands right before token `i` (`«القاعدة»`, `“السلطان …”`). */
export function quoteOpensAt(text: TokenizedText, i: number): boolean {
  const previous = text.tokens[i - 1];
  return OPENING_QUOTE.test(text.normalized.key.slice(previous?.end ?? 0, text.tokens[i]?.start ?? 0));
}

/** True when a comma, and spaces at most, separates token `i` from the next (`سعيد خان، وزير`). */
export function commaAfter(text: TokenizedText, i: number): boolean {
  return /^\s*[،,]\s*$/u.test(gapAfter(text, i));
}

/** True when only whitespace (or nothing) separates token `i` from the next. */
export function joinedToNext(text: TokenizedText, i: number): boolean {
  const token = text.tokens[i];
  const next = text.tokens[i + 1];
  if (token === undefined || next === undefined) return false;
  // Asked about nearly every pair of words, and keys collapse whitespace to one
  // space: the usual gaps, none or one space, are answered without a slice.
  const gap = next.start - token.end;
  if (gap === 0 || (gap === 1 && text.normalized.key.charCodeAt(token.end) === 0x20)) return true;
  const between = text.normalized.key.slice(token.end, next.start);
  if (/^\s*$/u.test(between)) return true;
  // An abbreviation's letters (`أ.ح`, `و.م.ع`) are one phrase across their dots.
  return token.key.length === 1 && next.key.length === 1 && /^\s*\.\s*$/u.test(between);
}

/**
 * Original `[start, end)` offsets of tokens `[first, last)`, skipping the
 * first `prefix` key characters of the first token (its proclitics).
 */
export function tokenSpan(text: TokenizedText, first: number, last: number, prefix = 0): [number, number] {
  const a = text.tokens[first];
  const b = text.tokens[last - 1];
  if (a === undefined || b === undefined) return [0, 0];
  return [originalStart(text.normalized, a.start + prefix), originalEnd(text.normalized, b.end)];
}

/**
 * The original text of tokens `[first, last)` (after `prefix` clitic characters).
 */
export function tokenText(text: TokenizedText, first: number, last: number, prefix = 0): string {
  const [start, end] = tokenSpan(text, first, last, prefix);
  return text.text.slice(start, end);
}
