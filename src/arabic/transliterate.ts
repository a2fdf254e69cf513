/**
 * Arabic → Latin, for stable slugs and for a readable fallback English name
 * of people nobody has curated yet.
 *
 * Arabic script leaves short vowels out, so a letter-for-letter mapping of
 * `سلمان` gives the unreadable `slman`. This module guesses the missing
 * vowels with one syllable rule that fits most names: a consonant at the
 * start of a syllable that is followed by another consonant gets an `a`
 * (`سلمان` → `salman`, `أشرف` → `ashraf`), a consonant closing a syllable
 * does not (`كرمون` → `karmoun`, `الشودري` → `al-shoudri`). و and ي between
 * consonants are the long vowels `ou` and `i`, and consonants before a vowel
 * (`نواز` → `nawaz`, `لوديي` → `loudyi`). Common name words have fixed
 * spellings from a small dictionary (`محمد` → `mohammed`, `عبد` → `abd`),
 * which callers may extend (the first-name lexicon does).
 *
 * The output is deterministic and ASCII: `transliterate` gives words in
 * `[a-z0-9-]` separated by spaces, `slugify` joins them with `-`. It is a
 * guess, never a romanisation standard: curated names in the registry
 * override it.
 */

import { normalizeArabic } from './normalize.ts';

/** Consonants with their Latin spelling. ع, ء and the hamza seats are silent. */
const CONSONANTS: Readonly<Record<string, string>> = {
  'ب': 'b',
  'ت': 't',
  'ث': 'th',
  'ج': 'j',
  'ح': 'h',
  'خ': 'kh',
  'د': 'd',
  'ذ': 'dh',
  'ر': 'r',
  'ز': 'z',
  'س': 's',
  'ش': 'sh',
  'ص': 's',
  'ض': 'd',
  'ط': 't',
  'ظ': 'z',
  'ع': '',
  'غ': 'gh',
  'ف': 'f',
  'ق': 'q',
  'ك': 'k',
  'ل': 'l',
  'م': 'm',
  'ن': 'n',
  'ه': 'h',
  'ء': '',
  'پ': 'p',
  'چ': 'ch',
  'ژ': 'zh',
  'گ': 'g',
  'ڤ': 'v',
  'ڨ': 'g',
};

/** Name words whose usual Latin spelling the vowel rule would not find. */
const BUILT_IN: Readonly<Record<string, string>> = {
  'محمد': 'mohammed',
  'احمد': 'ahmed',
  'محمود': 'mahmoud',
  'عبد': 'abd',
  'الله': 'allah',
  'الرحمن': 'al-rahman',
  'الدين': 'al-din',
  'بن': 'ben',
  'ابن': 'ibn',
  'ابو': 'abu',
  'علي': 'ali',
  'عمر': 'omar',
  'عثمان': 'othman',
  'يوسف': 'youssef',
  'مصطفي': 'mustafa',
  'موسي': 'moussa',
  'عيسي': 'issa',
  'يحيي': 'yahya',
};

/** Which letters are long vowels or semi-vowels after folding (آ/أ/إ → ا, ى → ي, ة → ه). */
const VOWEL_LETTERS = new Set(['ا', 'و', 'ي']);

/** Options for `transliterate`. */
export interface TransliterateOptions {
  /** Extra fixed spellings, keyed by `normalizeArabic` of one word; they win over the built-in table. */
  dictionary?: ReadonlyMap<string, string>;
}

/**
 * Latin spelling of one folded Arabic word (no spaces).
 */
function transliterateWord(word: string, dictionary: ReadonlyMap<string, string> | undefined): string {
  const fixed = dictionary?.get(word) ?? BUILT_IN[word];
  if (fixed !== undefined) return fixed;
  if (word.startsWith('ال') && word.length > 3) {
    const rest = word.slice(2);
    const restFixed = dictionary?.get(rest) ?? BUILT_IN[rest];
    return `al-${restFixed ?? spell(rest)}`;
  }
  return spell(word);
}

/** True for a letter the vowel rule treats as a consonant at index `i`. */
function isConsonantAt(letters: string[], i: number): boolean {
  const ch = letters[i];
  if (ch === undefined) return false;
  if (!VOWEL_LETTERS.has(ch)) return true;
  // و and ي are consonants at the start of a word and before a vowel.
  if (ch === 'ا') return false;
  return i === 0 || VOWEL_LETTERS.has(letters[i + 1] ?? '');
}

/**
 * The vowel rule over letters without a dictionary entry.
 */
function spell(word: string): string {
  const letters = [...word];
  // The فاعل pattern (خالد، راشد، عاصم، صالح): consonant, ا, consonant, consonant.
  const [c1, c2, c3, c4] = letters;
  if (letters.length === 4 && c2 === 'ا' && [c1, c3, c4].every((c) => c !== undefined && !VOWEL_LETTERS.has(c) && c !== 'ه')) {
    return `${CONSONANTS[c1 as string] ?? ''}a${CONSONANTS[c3 as string] ?? ''}i${CONSONANTS[c4 as string] ?? ''}`;
  }
  let out = '';
  // The vowel of the current syllable: none yet, short (inserted `a`,
  // initial alef) or long (ا، و، ي inside the word). A consonant after a
  // vowel closes the syllable; the next one opens a new one.
  let vowel: 'none' | 'short' | 'long' = 'none';
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i] as string;
    const next = letters[i + 1];
    const remaining = letters.length - i - 1;
    if (/[a-z0-9]/.test(ch)) {
      out += ch;
      vowel = 'short';
      continue;
    }
    if (ch === 'ه' && remaining === 0 && i > 0) {
      // ة (folded to ه) is the feminine ending: a vowel.
      out += 'a';
      continue;
    }
    if (ch === 'ي' && remaining === 1 && next === 'ه' && i > 0) {
      // -ية is `-iya` (باكستانية، الملكية).
      out += 'iya';
      break;
    }
    if (ch === 'ا') {
      out += 'a';
      vowel = i === 0 ? 'short' : 'long';
      continue;
    }
    if ((ch === 'و' || ch === 'ي') && !isConsonantAt(letters, i)) {
      out += ch === 'و' ? 'ou' : 'i';
      vowel = 'long';
      continue;
    }
    const latin = ch === 'و' ? 'w' : ch === 'ي' ? 'y' : CONSONANTS[ch];
    if (latin === undefined) continue;
    out += latin;
    const nextIsConsonant = next !== undefined && isConsonantAt(letters, i + 1) && !(next === 'ه' && remaining === 1);
    if (!nextIsConsonant) {
      vowel = 'none';
    } else if (vowel === 'none' || (remaining === 1 && vowel === 'short')) {
      // An onset before a consonant, or a final cluster after a short
      // vowel (رجب → rajab, الأسد → al-asad): insert the missing `a`.
      out += 'a';
      vowel = 'short';
    } else {
      vowel = 'none';
    }
  }
  return out;
}

/**
 * Latin spelling of Arabic (or mixed) text, word by word, lower-case ASCII.
 * Latin words pass through lower-cased with accents removed; punctuation is
 * dropped; the article is written `al-`.
 *
 * @param text any text; tashkeel, tatweel and hamza forms are folded first
 * @param options an extra dictionary of fixed spellings
 * @returns words in `[a-z0-9-]` separated by single spaces; '' when nothing is spellable
 * @example transliterate('سلمان الشودري') === 'salman al-shoudri'
 */
export function transliterate(text: string, options: TransliterateOptions = {}): string {
  const key = normalizeArabic(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const words: string[] = [];
  for (const raw of key.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue;
    const word = /^[a-z0-9]+$/.test(raw) ? raw : transliterateWord(raw, options.dictionary);
    const clean = word.replace(/[^a-z0-9-]/g, '');
    if (clean) words.push(clean);
  }
  return words.join(' ');
}

/**
 * A URL slug for a name: its transliteration with `-` between words.
 *
 * @param text the name, Arabic or Latin
 * @param options an extra dictionary of fixed spellings
 * @returns `[a-z0-9]+(-[a-z0-9]+)*`, or `'x'` when nothing is spellable (never empty)
 * @example slugify('سلمان الشودري') === 'salman-al-shoudri'
 */
export function slugify(text: string, options: TransliterateOptions = {}): string {
  const slug = transliterate(text, options)
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'x';
}

/**
 * A readable Latin name: the transliteration with each word capitalised and
 * the article kept lower-case (`Salman al-Shoudri`).
 *
 * @param text the Arabic name
 * @param options an extra dictionary of fixed spellings
 * @returns the display form, '' when nothing is spellable
 */
export function latinName(text: string, options: TransliterateOptions = {}): string {
  return transliterate(text, options)
    .split(' ')
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part, i) => (i === 0 && part === 'al' ? part : part.charAt(0).toUpperCase() + part.slice(1)))
        .join('-'),
    )
    .join(' ');
}
