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
  key: string;
  /**
   * `offsets[i]` is the UTF-16 offset in the original of the character that
   * produced `key[i]`; `offsets[key.length]` is the original's length, so a key
   * range `[s, e)` maps to the original range `[offsets[s], offsets[e - 1] + 1)`
   * or, more simply, `originalRange(s, e)`.
   */
  offsets: number[];
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
 * Builds the matching key of `text` and the map from key characters back to
 * original offsets. Whitespace runs collapse to one space so that keys of
 * multi-word names compare equal however they were spaced.
 *
 * @param text original text, any normalisation form
 * @returns the key and its offset map
 */
export function normalizeWithOffsets(text: string): NormalizedText {
  let key = '';
  const offsets: number[] = [];
  let previousWasSpace = false;
  let index = 0;
  for (const ch of text) {
    const width = ch.length;
    // Fast path: Arabic base letters and ASCII letters/digits are their own
    // NFKC form, never whitespace, tashkeel or invisible; only FOLD and
    // lower-casing apply. Same result as the general path, without its cost.
    const code = ch.charCodeAt(0);
    if ((code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      key += FOLD[ch] ?? ch;
      offsets.push(index);
      previousWasSpace = false;
      index += width;
      continue;
    }
    if (code === 0x20) {
      if (!previousWasSpace) {
        key += ' ';
        offsets.push(index);
        previousWasSpace = true;
      }
      index += width;
      continue;
    }
    // NFKC per character folds presentation forms (ﻻ, ﷲ) and full-width Latin.
    const compat = ch.normalize('NFKC');
    for (const part of compat) {
      const folded = /\s/u.test(part) ? ' ' : foldChar(part);
      for (const out of folded) {
        if (out === ' ') {
          if (previousWasSpace) continue;
          previousWasSpace = true;
        } else {
          previousWasSpace = false;
        }
        key += out;
        offsets.push(index);
      }
    }
    index += width;
  }
  offsets.push(text.length);
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
  const { offsets } = normalized;
  const from = offsets[start] ?? 0;
  // The original range ends where the next key character starts, which keeps
  // tashkeel that followed the last letter inside the link.
  const to = offsets[end] ?? offsets[offsets.length - 1] ?? 0;
  return [from, to];
}

/** True for a letter or combining mark in any script: the word characters of Arabic text. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
}
