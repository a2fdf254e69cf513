/**
 * Search keys: the one normalisation that both the index and the query go
 * through, so that what a reader types meets what the press wrote.
 *
 * Pagefind already folds some variation on both sides (tashkeel and hamza
 * forms, through Unicode decomposition) and its Arabic stemmer strips some
 * clitics, but not all: the stemmer leaves `والمغرب` whole (it never strips
 * و before ا), keeps the article on five-letter words (`الأمن`), and does not
 * reduce `للقوات` or `لإسلام` to what `القوات` and `إسلام` reduce to, so
 * `المغرب`, `الامن`, `القوات` and `اسلام` miss pages that only have those
 * forms (measured with Pagefind 1.5.2 on the seeds). Its folding of ة/ه and ى/ي depends on the
 * stemmer's length rules. Pagefind cannot be given a custom analyser, so the
 * dossier closes the gap on both sides itself:
 *
 * - **Query side** (`normalizeQuery`): every word becomes its *search key*:
 *   `normalizeArabic` (ة→ه, ى→ي, hamza forms → bare letter, tashkeel and
 *   tatweel gone, digits ASCII, Latin lower case), then the definite article
 *   and the clitics glued before it are removed (`وال`, `بال`, `لل`, `فال`,
 *   `وبال` …). Only article combinations are stripped from queries: they are
 *   unambiguous, whereas a leading و or ب is as often a root letter (`وزير`,
 *   `باكستان`) as a clitic.
 * - **Index side** (`indexKeys`): every word of an indexed page whose key is
 *   not already what Pagefind would index gets its key written next to it,
 *   in a hidden span, between the markers `⟦ ⟧`. So `للقوات` carries `قوات`,
 *   `القاهرة` carries `قاهره`. A word that starts with a clitic the stemmer
 *   leaves alone (ل; و, ف, ب before a hamza alef) also carries the form
 *   without it (`لإسلام` → `اسلام`), so a query for the bare word finds it.
 *
 * Because the query key of any spelling of a word equals the index key of any
 * other spelling, Pagefind's own matching (stemming and prefix matching apply
 * identically to both) does the rest. The markers let the result excerpts
 * drop the keys again (`excerpt.ts`): a key is never shown to a reader.
 *
 * Limits: a query that glues ل onto a word (`لباكستان`) is first searched
 * as typed (`looseQuery` is the search page's second try); ك as a clitic
 * (`كرئيس`) is left to the stemmer. The keys sit between the words of the
 * text, so Pagefind's exact phrase search (`"…"`) cannot be used; see
 * `exactPhrase`.
 */
import { normalizeArabic } from '../arabic/normalize.ts';

/** Opens the hidden run of search keys written after a word. */
export const KEY_OPEN = '⟦';
/** Closes it. The pair never occurs in the press text the dossier reads. */
export const KEY_CLOSE = '⟧';

/** Shortest stem a clitic may leave: shorter remainders are more likely whole words. */
const MIN_STEM = 3;

/** The article with the clitics that can precede it, longest first. */
const ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)/u;

/**
 * Clitics Pagefind's stemmer does not strip and that are not part of an
 * article combination: ل (with و/ف before it), and و, ف, ب before a hamza
 * alef (the stemmer refuses `وا`, `فا`, `با`). Matched on the word as written,
 * hamza kept: before a bare alef these letters are as often part of the word
 * (`باكستان`, `واشنطن`, `فاس`).
 */
const LOOSE_CLITIC = /^(?:[وف]?ل|[وف]?ب(?=[أإآ])|[وف](?=[أإآ]))/u;

/** Tashkeel and tatweel, removed before matching clitics on the written word. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;

/** The part of a word after a clitic only the index side strips, or undefined. */
function afterLooseClitic(word: string): string | undefined {
  const written = word.normalize('NFC').replace(MARKS, '');
  const clitic = LOOSE_CLITIC.exec(written);
  if (!clitic) return undefined;
  const rest = written.slice(clitic[0].length);
  return [...rest].length >= MIN_STEM && searchKey(rest) !== searchKey(written) ? rest : undefined;
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;

/** Words remembered per memoised function before the memo starts over. */
const MEMO_WORDS = 50_000;

/**
 * A pure function of one word, remembered. Every page of a build writes keys
 * for its words, and press text repeats a small vocabulary: at 10,000
 * articles the same words were folded millions of times. The memo is
 * bounded (it starts over when full), so a long build's memory stays flat.
 */
function memoByWord<T>(compute: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) {
      if (memo.size >= MEMO_WORDS) memo.clear();
      value = compute(word);
      memo.set(word, value);
    }
    return value;
  };
}

/** What Pagefind itself indexes for a word: lower case, combining marks removed. */
export function pagefindForm(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The search key of one word: folded with `normalizeArabic`, then stripped of
 * the article and the clitics before it when at least three letters remain.
 *
 * @example searchKey('والمغرب') === 'مغرب'
 * @example searchKey('القاهرة') === 'قاهره'
 * @example searchKey('وزير') === 'وزير'
 */
export const searchKey = memoByWord((word: string): string => {
  const folded = normalizeArabic(word);
  if (!ARABIC_LETTER.test(folded)) return folded;
  const article = ARTICLE.exec(folded);
  if (article && [...folded.slice(article[0].length)].length >= MIN_STEM) return folded.slice(article[0].length);
  return folded;
});

/**
 * The keys to write next to a word of an indexed page: its search key and,
 * when it starts with a clitic the stemmer keeps, its key without that clitic.
 * Forms Pagefind already indexes for the word itself are left out, so a word
 * that needs no help costs nothing.
 *
 * @param word one word of page text (letters and marks, no spaces)
 * @returns zero, one or two keys, distinct
 */
export const indexKeys = memoByWord((word: string): readonly string[] => {
  const own = pagefindForm(word);
  const key = searchKey(word);
  const keys = new Set<string>();
  if (key !== own) keys.add(key);
  const rest = ARTICLE.test(normalizeArabic(word)) ? undefined : afterLooseClitic(word);
  if (rest !== undefined) keys.add(searchKey(rest));
  keys.delete(own);
  return Object.freeze([...keys]);
});

/** Words of a text: runs of letters, marks and digits (tatweel included). */
export const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu;

/**
 * Formats keys as the hidden run written into pages: ` ⟦ key key … ⟧`, or ''
 * for none.
 *
 * The markers stand apart, as words of their own. Pagefind indexes a word
 * with a character that is neither a letter nor a digit twice: once without
 * it (`قوات`), and once as written (`⟦قوات⟧`) when that is not an ASCII
 * punctuation mark. Glued markers therefore put a second, useless word in
 * the index for the first and last key of every run. Standing alone, a
 * marker holds no letter and is not indexed at all: over the articles of a
 * 1,000-article site the index chunks took 26 % fewer bytes (1.71 MB →
 * 1.27 MB), and indexing them 2.6–3.4 s instead of 3.5–3.8 s.
 */
export function keyRun(keys: Iterable<string>): string {
  const unique = [...new Set(keys)].filter(Boolean);
  return unique.length > 0 ? ` ${KEY_OPEN} ${unique.join(' ')} ${KEY_CLOSE}` : '';
}

/**
 * The keys that make a name findable from any spelling of it: the search key
 * of each of its words, whether or not the word itself needs one, because the
 * name is not otherwise in the page text (an entity's canonical and English
 * names, written next to a mention that may read `والمغرب` or `حموشي`).
 */
export function nameKeys(names: Iterable<string | null | undefined>): string[] {
  const keys: string[] = [];
  for (const name of names) {
    if (!name) continue;
    for (const [word] of name.matchAll(WORD)) keys.push(searchKey(word));
  }
  return [...new Set(keys)];
}

/** The keys of every word of a text that needs one (a headline), in order, without repeats. */
export function textKeys(text: string): string[] {
  const keys: string[] = [];
  for (const [word] of text.matchAll(WORD)) keys.push(...indexKeys(word));
  return [...new Set(keys)];
}

/**
 * The phrase of a query wrapped in double quotes (`"الأمن السيبراني"`), or
 * null. Pagefind's own exact search cannot be used: it needs the words at
 * consecutive positions, and the keys written between them break that. The
 * search page searches the words instead and keeps the pages whose text
 * holds the phrase (`runSearch`); the header search finds pages with all the
 * words.
 */
export function exactPhrase(query: string): string | null {
  const quoted = /^\s*["«“](.+)["»”]\s*$/su.exec(query);
  return quoted?.[1]?.trim() || null;
}

/**
 * Normalises what a reader typed into what the index holds: each word becomes
 * its search key; punctuation between words (and quotes around a phrase)
 * becomes a space.
 *
 * @example normalizeQuery('اسلام آباد') === 'اسلام اباد'
 * @example normalizeQuery('الأمن السيبراني') === 'امن سيبراني'
 * @example normalizeQuery('Hammouchi') === 'hammouchi'
 */
export function normalizeQuery(query: string): string {
  return [...query.matchAll(WORD)].map(([word]) => searchKey(word)).join(' ');
}

/**
 * True when `text` holds `phrase` as a run of whole words, compared on their
 * `normalizeArabic` keys with punctuation ignored; the first word may carry
 * clitics (`والأمن السيبراني` holds `الأمن السيبراني`).
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const words = (value: string): string[] => [...normalizeArabic(value).matchAll(WORD)].map(([word]) => word);
  const wanted = words(phrase);
  const [first, ...rest] = wanted;
  if (first === undefined) return false;
  const have = words(text);
  return have.some(
    (word, i) =>
      (word === first || (word.endsWith(first) && /^[وفبلك]{1,3}$/u.test(word.slice(0, word.length - first.length)))) &&
      rest.every((next, j) => have[i + 1 + j] === next),
  );
}

/**
 * The query once more, with the clitics only the index side strips removed
 * from each word as well (`لباكستان` → `باكستان`): the second try of a search
 * that found nothing. Stripping these from every query would turn root
 * letters into clitics (`لقاء`), so it is never the first try.
 */
export function looseQuery(query: string): string {
  return [...query.matchAll(WORD)]
    .map(([word]) => {
      const rest = ARTICLE.test(normalizeArabic(word)) ? undefined : afterLooseClitic(word);
      return searchKey(rest ?? word);
    })
    .join(' ');
}
