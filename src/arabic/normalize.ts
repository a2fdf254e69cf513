/**
 * Arabic matching keys.
 *
 * The press spells the same name many ways: `إسلام آباد`, `إسلام أباد`,
 * `اسلام اباد`; `الإفريقي` and `الافريقي`; `القاهرة` and `القاهره`; with or
 * without tashkeel and tatweel; digits in Arabic-Indic or Western form. The
 * dossier matches on a *key* that folds all of these together and always
 * displays the original text. The key is never shown to a reader.
 *
 * Folding is done character by character and never changes the number of
 * words, so a key can be mapped back to the original text: `normalizeWithOffsets`
 * returns, for every key character, the offset of the original character it
 * came from. That is how a match found in the key becomes a link around the
 * exact original words.
 */

/** Tashkeel (harakat, tanween, shadda, sukun), Quranic marks and the superscript alef. */
const DIACRITIC = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/u;
const TATWEEL = '\u0640';
/** Invisible format characters that copy-paste leaves inside words. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/u;

/** Single-character folds; everything not listed maps to itself (after NFKC). */
const FOLD: Readonly<Record<string, string>> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ٲ': 'ا',
  'ٳ': 'ا',
  'ة': 'ه',
  'ى': 'ي',
  'ی': 'ي', // Persian yeh
  'ي': 'ي',
  'ک': 'ك', // Persian keheh
  // Letters for sounds standard Arabic lacks, as the Maghreb and Persian or
  // Urdu names write them; standard spelling uses the nearest Arabic letter:
  // `شنڨريحة` is `شنقريحة`, `ڤزام` `فزام`, `پرويز` `برويز`, `گلميم` `كلميم`.
  'ڨ': 'ق', // qaf with three dots (Algeria, Tunisia: g)
  'ڤ': 'ف', // veh (v)
  'پ': 'ب', // peh (p)
  'گ': 'ك', // gaf (g)
  'ؤ': 'و',
  'ئ': 'ي',
  'ٮ': 'ب',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
  '۰': '0',
  '۱': '1',
  '۲': '2',
  '۳': '3',
  '۴': '4',
  '۵': '5',
  '۶': '6',
  '۷': '7',
  '۸': '8',
  '۹': '9',
};

/** A matching key together with the way back to the original text. */
export interface NormalizedText {
  /** The folded text; same words in the same order as the original. */
  readonly key: string;
  /**
   * `offsets[i]` is the UTF-16 offset in the original of the character that
   * produced `key[i]`; `offsets[key.length]` is the original's length, so a key
   * range `[s, e)` maps to the original range `[offsets[s], offsets[e - 1] + 1)`
   * or, more simply, `originalRange(s, e)`.
   */
  readonly offsets: readonly number[];
}

/**
 * Folds one character (already NFKC) to its key form; returns '' for
 * characters that vanish from the key (tashkeel, tatweel, invisible marks).
 */
function foldChar(ch: string): string {
  if (ch === TATWEEL || DIACRITIC.test(ch) || INVISIBLE.test(ch)) return '';
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  return ch.toLowerCase();
}

/**
 * What one character of the original becomes in the key: its NFKC form
 * (which folds presentation forms such as ﻻ and ﷲ and full-width Latin),
 * each part folded by `foldChar`, whitespace as one space; listed as the
 * code points the key receives, each of which is mapped back to the
 * character. Pure in the character, so `normalizeWithOffsets` computes it
 * once per distinct character (see `FAST_CLASS` and `KEY_PARTS`).
 */
function keyParts(ch: string): readonly string[] {
  const parts: string[] = [];
  for (const part of ch.normalize('NFKC')) {
    const folded = /\s/u.test(part) ? ' ' : foldChar(part);
    for (const out of folded) parts.push(out);
  }
  return parts;
}

/**
 * `keyParts` by code point, for the characters `FAST_CLASS` leaves out
 * (tashkeel and other vanishing marks, whitespace other than the space,
 * compatibility forms, other scripts). Articles use few distinct ones, so
 * NFKC and the fold tests run once per character rather than once per
 * occurrence. Bounded so that hostile text cannot grow it without limit.
 */
const KEY_PARTS = new Map<number, readonly string[]>();
const KEY_PARTS_LIMIT = 10_000;

/** How a code unit below `FAST_LIMIT` is keyed (see `FAST_CLASS`). */
const OTHER = 0;
/** Its own key (`keyParts` is the character itself): letters, digits, most punctuation. */
const VERBATIM = 1;
/** One other key character (`FAST_FOLD`): hamza carriers, ة, ى, Arabic-Indic digits, capitals. */
const FOLDED = 2;
/** The ASCII space. */
const SPACE = 3;
/** The Basic Latin, Latin-1 and Arabic blocks: nearly every character of Arabic press text. */
const FAST_LIMIT = 0x0700;

/**
 * `keyParts` of every code unit below `FAST_LIMIT`, precomputed as a class
 * (and, for `FOLDED`, the key character in `FAST_FOLD`), so that the common
 * characters need neither `normalize`, a regex nor a map lookup. Characters
 * that vanish from the key, become a space or several characters, or are
 * outside the table go through `keyParts` (memoised in `KEY_PARTS`).
 */
const FAST_CLASS = new Uint8Array(FAST_LIMIT);
const FAST_FOLD: string[] = [];
for (let code = 0; code < FAST_LIMIT; code++) {
  const ch = String.fromCharCode(code);
  const [part, ...more] = keyParts(ch);
  if (ch === ' ') FAST_CLASS[code] = SPACE;
  else if (part === undefined || more.length > 0 || part === ' ') FAST_CLASS[code] = OTHER;
  else if (part === ch) FAST_CLASS[code] = VERBATIM;
  else {
    FAST_CLASS[code] = FOLDED;
    FAST_FOLD[code] = part;
  }
}

/**
 * Keys of the texts normalised most recently, shared by the stages that key
 * the same paragraph one after the other (furniture rules, dates, tokens).
 * The results are never modified (`NormalizedText` is read-only), so one
 * object can serve every caller. Cleared when full: it only has to span one
 * article, and a larger one keeps thousands of offset arrays alive, which
 * costs the garbage collector more than normalising again.
 */
const RECENT = new Map<string, NormalizedText>();
const RECENT_LIMIT = 256;

/**
 * Builds the matching key of `text` and the map from key characters back to
 * original offsets. Whitespace runs collapse to one space so that keys of
 * multi-word names compare equal however they were spaced.
 *
 * @param text original text, any normalisation form
 * @returns the key and its offset map; the same object for the same text
 *   while it is in `RECENT`, so it must not be modified
 */
export function normalizeWithOffsets(text: string): NormalizedText {
  let normalized = RECENT.get(text);
  if (normalized === undefined) {
    normalized = fold(text);
    if (RECENT.size >= RECENT_LIMIT) RECENT.clear();
    RECENT.set(text, normalized);
  }
  return normalized;
}

/**
 * `normalizeWithOffsets` without the memo.
 *
 * The text is read code point by code point. Runs of characters that are
 * their own key (single spaces included), most of an Arabic or Latin text,
 * are copied with one `slice`; every other character is looked up in
 * `FAST_CLASS` or `KEY_PARTS`. Each code point the key receives gets one
 * entry in `offsets` (so a key character outside the BMP, two code units,
 * has one).
 */
function fold(text: string): NormalizedText {
  let key = '';
  // Sized for the common case (one key character per original one) and
  // trimmed at the end: filling a preallocated array is several times
  // cheaper than growing it one push at a time.
  const offsets: number[] = new Array<number>(text.length + 1);
  let count = 0;
  let previousWasSpace = false;
  /** Start of the pending run of characters that are their own key, or -1. */
  let run = -1;
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const kind = code < FAST_LIMIT ? (FAST_CLASS[code] as number) : OTHER;
    // A space is its own key too, unless it follows one: the run goes on.
    if (kind === VERBATIM || (kind === SPACE && !previousWasSpace)) {
      if (run < 0) run = index;
      offsets[count++] = index;
      previousWasSpace = kind === SPACE;
      index++;
      continue;
    }
    if (run >= 0) {
      key += text.slice(run, index);
      run = -1;
    }
    if (kind === SPACE) {
      // A space after a space: collapsed.
      index++;
      continue;
    }
    if (kind === FOLDED) {
      key += FAST_FOLD[code] as string;
      offsets[count++] = index;
      previousWasSpace = false;
      index++;
      continue;
    }
    const point = text.codePointAt(index) as number;
    let parts = KEY_PARTS.get(point);
    if (parts === undefined) {
      if (KEY_PARTS.size >= KEY_PARTS_LIMIT) KEY_PARTS.clear();
      parts = keyParts(String.fromCodePoint(point));
      KEY_PARTS.set(point, parts);
    }
    for (const out of parts) {
      if (out === ' ') {
        if (previousWasSpace) continue;
        previousWasSpace = true;
      } else {
        previousWasSpace = false;
      }
      key += out;
      offsets[count++] = index;
    }
    index += point > 0xffff ? 2 : 1;
  }
  if (run >= 0) key += text.slice(run);
  offsets[count++] = text.length;
  offsets.length = count;
  return { key, offsets };
}

/**
 * The matching key of `text`: hamza forms of alef to ا, ة to ه, ى to ي,
 * tashkeel and tatweel removed, Arabic-Indic digits to ASCII, NFKC, Latin
 * lower-cased, whitespace collapsed and trimmed.
 *
 * @example normalizeArabic('إسلام آباد') === normalizeArabic('اسلام اباد')
 */
export function normalizeArabic(text: string): string {
  return normalizeWithOffsets(text).key.trim();
}

/**
 * Maps a key range back to the original text.
 *
 * @param normalized the result of `normalizeWithOffsets(original)`
 * @param start key offset where the range starts
 * @param end key offset just past the range
 * @returns original `[start, end)` offsets covering every original character
 *   that produced the key range, including trailing marks that folded away
 */
export function originalRange(normalized: NormalizedText, start: number, end: number): [number, number] {
  return [originalStart(normalized, start), originalEnd(normalized, end)];
}

/** `originalRange(normalized, start, end)[0]`, for callers that need one end only. */
export function originalStart(normalized: NormalizedText, start: number): number {
  return normalized.offsets[start] ?? 0;
}

/** `originalRange(normalized, start, end)[1]`, for callers that need one end only. */
export function originalEnd(normalized: NormalizedText, end: number): number {
  const { offsets } = normalized;
  // The original range ends where the next key character starts, which keeps
  // tashkeel that followed the last letter inside the link.
  return offsets[end] ?? offsets[offsets.length - 1] ?? 0;
}

/** True for a letter or combining mark in any script: the word characters of Arabic text. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
}
